/// Byte ranges that delete a piece of injected noise (a jammer run, a watermark, a stray file
/// name) without leaving a double space, an empty line or a double gap behind.
enum NoiseRemoval {
    /// The range that removes `span` from its line: the whole line (and the blank lines after
    /// it) when nothing else is on the line, otherwise the span and one space next to it when
    /// it sits between a space and the line's edge or another space.
    static func range(of span: Range<Int>, in document: Document, _ layout: Layout) -> Range<Int> {
        let line = document.lineIndex(ofByte: span.lowerBound)
        let content = layout.trimmedLine(line)
        if content.lowerBound >= span.lowerBound && content.upperBound <= span.upperBound {
            return wholeLine(line, in: document, layout)
        }
        let bytes = document.bytes
        let lineRange = document.lineContent(line)
        let spaceBefore = span.lowerBound > lineRange.lowerBound && bytes[span.lowerBound - 1] == 0x20
        let spaceAfter = span.upperBound < lineRange.upperBound && bytes[span.upperBound] == 0x20
        let atEnd = layout.trim(span.upperBound..<lineRange.upperBound).isEmpty
        let atStart = layout.trim(lineRange.lowerBound..<span.lowerBound).isEmpty
        if spaceBefore && (spaceAfter || atEnd) { return span.lowerBound - 1..<span.upperBound }
        if spaceAfter && atStart { return span.lowerBound..<span.upperBound + 1 }
        return span
    }

    /// The range that removes line `line`: with the blank lines after it when it is a
    /// paragraph of its own, otherwise just the line and its break.
    static func wholeLine(_ line: Int, in document: Document, _ layout: Layout) -> Range<Int> {
        let alone = (line == 0 || layout.isBlank[line - 1]) && (line + 1 >= layout.isBlank.count || layout.isBlank[line + 1])
        if alone {
            let hasTextBefore = (0..<line).contains { !layout.isBlank[$0] }
            return Removal.lines(line..<line + 1, in: document, layout, absorbing: hasTextBefore ? .blankLinesBefore : .blankLinesAfter)
        }
        let withBreak = document.lineWithBreak(line)
        // The last line of the text without a break of its own: take the break before it.
        if withBreak.upperBound == document.bytes.count, document.bytes.last != 0x0A, line > 0 {
            return document.lineContent(line - 1).upperBound..<withBreak.upperBound
        }
        return withBreak
    }
}
