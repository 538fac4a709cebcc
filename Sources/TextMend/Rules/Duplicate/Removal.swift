/// Byte ranges that delete whole lines without leaving a gap or changing how the text ends.
enum Removal {
    /// Removes `lines` and the blank lines on one side (`Layout.removal`). When that reaches
    /// the end of the text, the line break before it goes too, unless the text ended with a
    /// line break, so `A\n\nA` becomes `A` and `A\n\nA\n` becomes `A\n`.
    static func lines(_ lines: Range<Int>, in document: Document, _ layout: Layout,
                      absorbing side: Layout.Absorb) -> Range<Int> {
        let range = layout.removal(of: lines, absorbing: side)
        guard range.upperBound == document.bytes.count, range.lowerBound > 0 else { return range }
        var previous = document.lineIndex(ofByte: range.lowerBound - 1)
        while previous > 0, layout.isBlank[previous] { previous -= 1 }
        guard !layout.isBlank[previous] else { return range }
        let endsWithBreak = document.bytes.last == 0x0A
        let start = endsWithBreak ? document.lineWithBreak(previous).upperBound : document.lineContent(previous).upperBound
        return min(start, range.lowerBound)..<range.upperBound
    }
}
