/// Lines and paragraphs of a document, as rules see them.
///
/// A paragraph is a run of non-blank lines; blank lines hold only spaces, tabs,
/// ideographic spaces or a carriage return.
public struct Layout: SharedAnalysis {
    /// One paragraph: its lines and the byte range of its text.
    public struct Paragraph: Sendable, Hashable {
        /// Line indexes (0-based).
        public var lines: Range<Int>
        /// From the first line's start to the last line's end, without the final line break.
        public var content: Range<Int>
    }

    /// Whether each line is blank.
    public let isBlank: [Bool]
    /// The paragraphs in order.
    public let paragraphs: [Paragraph]
    private let document: Document

    /// Analyses a document's layout. After a round of `fix` the untouched lines keep their
    /// earlier blankness and only the touched ones are read (`EarlierRound`; RoundUpdateTests).
    public init(document: Document, context: RuleContext) {
        let count = document.lineCount
        if let round = context.earlierRound, let earlier = round.context.cached(Layout.self) {
            var blank: [Bool] = []
            blank.reserveCapacity(count)
            // Line ranges may reach a final empty line that `lineCount` leaves out: clamped.
            round.lines.walkLines(from: round.document, to: document) { old, _ in
                blank += earlier.isBlank[old.clamped(to: 0..<earlier.isBlank.count)]
            } rescan: { lines in
                for line in lines.clamped(to: 0..<count) { blank.append(Self.isBlank(document, document.lineContent(line))) }
            }
            if blank.count == count {
                self.init(document, blank)
                return
            }
        }
        self.init(document)
    }

    /// Analyses a document's layout.
    public init(_ document: Document) {
        let count = document.lineCount
        var blank: [Bool] = []
        blank.reserveCapacity(count)
        for line in 0..<count { blank.append(Self.isBlank(document, document.lineContent(line))) }
        self.init(document, blank)
    }

    /// The layout of a document whose blank lines are known.
    private init(_ document: Document, _ blank: [Bool]) {
        self.document = document
        var paragraphs: [Paragraph] = []
        var open: Int? = nil
        let count = blank.count
        // At most every other line opens one. Reserved pages that stay unwritten cost nothing;
        // growing by doubling would write the array ~twice over (page faults on long texts).
        paragraphs.reserveCapacity((count + 1) / 2)
        for line in 0..<count {
            let isBlank = blank[line]
            if isBlank, let start = open {
                paragraphs.append(Paragraph(lines: start..<line, content: document.lineStarts[start]..<document.lineContent(line - 1).upperBound))
                open = nil
            } else if !isBlank && open == nil {
                open = line
            }
        }
        if let start = open {
            paragraphs.append(Paragraph(lines: start..<count, content: document.lineStarts[start]..<document.lineContent(count - 1).upperBound))
        }
        self.isBlank = blank
        self.paragraphs = paragraphs
    }

    private static func isBlank(_ document: Document, _ range: Range<Int>) -> Bool {
        var index = range.lowerBound
        while index < range.upperBound {
            let (scalar, length) = document.scalar(at: index)
            if !CharacterClass.isBlank(scalar) { return false }
            index += length
        }
        return true
    }

    /// The non-blank lines in order.
    public var nonBlankLines: [Int] { isBlank.indices.filter { !isBlank[$0] } }

    /// A line's content with surrounding blanks trimmed.
    public func trimmedLine(_ line: Int) -> Range<Int> {
        trim(document.lineContent(line))
    }

    /// A byte range without leading and trailing blanks.
    public func trim(_ range: Range<Int>) -> Range<Int> {
        var start = range.lowerBound, end = range.upperBound
        while start < end {
            let (scalar, length) = document.scalar(at: start)
            guard CharacterClass.isBlank(scalar) || scalar == "\n" else { break }
            start += length
        }
        while end > start {
            let (scalar, length) = document.scalar(before: end)
            guard CharacterClass.isBlank(scalar) || scalar == "\n" else { break }
            end -= length
        }
        return start..<end
    }

    /// Which blank lines a removal takes with it.
    public enum Absorb: Sendable { case blankLinesBefore, blankLinesAfter }

    /// The byte range that removes `lines` (with their line breaks) and the blank lines on
    /// one side, so no double gap is left behind.
    public func removal(of lines: Range<Int>, absorbing side: Absorb) -> Range<Int> {
        var first = lines.lowerBound, last = lines.upperBound - 1
        switch side {
        case .blankLinesBefore: while first > 0 && isBlank[first - 1] { first -= 1 }
        case .blankLinesAfter: while last + 1 < isBlank.count && isBlank[last + 1] { last += 1 }
        }
        let start = document.lineStarts[first]
        var end = document.lineWithBreak(last).upperBound
        // Nothing but blank lines follows: take the trailing blanks as well.
        if (last + 1..<isBlank.count).allSatisfy({ isBlank[$0] }) { end = document.bytes.count }
        return start..<end
    }
}
