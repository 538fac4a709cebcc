/// Promo and site chrome at the top and bottom edges of a document, found once for all
/// boilerplate rules, and the range of body lines between them for other rules.
///
/// The walk looks at lines, never at the whole text: from the top it classifies each
/// non-blank line against `boilerplate-patterns.txt`, steps over short title-like lines and
/// up to two short sentences no pattern knows (the sentences stay; safe whole-line matches
/// below them count only when a title line follows: a page opens with chrome and title,
/// never with its body), and stops at the first long line of prose, at a third sentence,
/// or after 15 lines. From the bottom it walks up likewise, stepping over at most
/// three short unmatched lines (a date, a signature), or a short list under a related-links
/// heading. At either edge, a labelled summary or a cut-off snippet that repeats the title
/// and opening is a summary echo. Only lines of bounded length are matched, so a huge
/// single-line file costs nothing.
/// A removal takes the blank lines on the side away from the remaining text (none when the
/// block is glued to the line above it and text follows).
public struct EdgeBoilerplate: SharedAnalysis {
    /// Which edge a block belongs to.
    public enum Edge: Sendable { case top, bottom }

    /// Boilerplate found at an edge: whole lines, or one sentence inside a line.
    public struct Block: Sendable, Hashable {
        /// The pattern family (the rule is `boilerplate.<family>`).
        public var family: String
        /// The lines it covers.
        public var lines: Range<Int>
        /// Byte range to report: the trimmed lines, or the sentence.
        public var span: Range<Int>
        /// Byte range that removes it cleanly (with the blank lines on one side).
        public var removal: Range<Int>
        /// How safe the removal is.
        public var applicability: Applicability
        /// Top or bottom of the document.
        public var edge: Edge
        /// Whether it says the text goes on elsewhere (还剩N页未读, Continue reading).
        public var continues: Bool
        /// Whether it removes whole lines (not one sentence inside a line).
        public var isWholeLines: Bool
    }

    /// A summary block that repeats the title or the body's opening.
    public struct SummaryEcho: Sendable, Hashable {
        /// Its line.
        public var line: Int
        /// The block's text without its label (`内容摘要:` …): later rules restore words
        /// the body lost from it.
        public var content: String
        /// Share of its character (or word) pairs found in the title and body opening.
        public var overlap: Double
        /// Whether a summary label introduced it.
        public var hasMarker: Bool
    }

    /// Every block, in document order.
    public let blocks: [Block]
    /// Lines between the top and the bottom boilerplate.
    public let bodyLines: Range<Int>
    /// Lines that whole-line blocks remove (rules judging the body skip them).
    public let removedLines: Set<Int>
    /// Lines any block touches, whole or in part.
    public let blockLines: Set<Int>
    /// Summary echoes among the blocks.
    public let echoes: [SummaryEcho]

    /// The first continuation notice (还剩N页未读, Continue reading …; not a bare Read more
    /// link) after the body.
    public var continuationNotice: Block? { blocks.first { $0.edge == .bottom && $0.continues } }

    /// Whether a continuation notice follows the body.
    public var continuationFollows: Bool { continuationNotice != nil }

    /// The blocks of one family.
    public func blocks(of family: String) -> [Block] { blocks.filter { $0.family == family } }

    /// Walks the document's edges.
    public init(document: Document, context: RuleContext) {
        let layout = context.shared(Layout.self, document)
        let custom = EdgePatterns.custom(context.options.boilerplatePatterns)
        let walk = document.bytes.withUnsafeBufferPointer { buffer in
            var walker = EdgeWalker(document: document, layout: layout, buffer: buffer, custom: custom)
            walker.run()
            return (hits: walker.hits.values.sorted { $0.lines.lowerBound < $1.lines.lowerBound }, echoes: walker.echoes)
        }
        let flagged = Set(walk.hits.filter { !$0.partial }.flatMap { Array($0.lines) })
        let lastContent = layout.isBlank.indices.last { !layout.isBlank[$0] && !flagged.contains($0) }
        guard let lastContent else {
            // Never empty a document: if everything looks like boilerplate, trust nothing.
            blocks = []; echoes = []; bodyLines = 0..<document.lineCount
            removedLines = []; blockLines = []
            return
        }
        var blocks: [Block] = []
        for hit in walk.hits {
            let contentAfter = lastContent >= hit.lines.upperBound
            let edge: Edge = hit.fromBottom || !contentAfter ? .bottom : .top
            let removal: Range<Int>
            if hit.partial {
                removal = hit.removal
            } else if !contentAfter {
                removal = layout.removal(of: hit.lines, absorbing: .blankLinesBefore)
            } else if hit.lines.lowerBound == 0 || layout.isBlank[hit.lines.lowerBound - 1] {
                removal = layout.removal(of: hit.lines, absorbing: .blankLinesAfter)
            } else {
                // Glued to the line above: the blank lines after it still separate that line
                // from what follows, so only the lines go.
                removal = document.lineStarts[hit.lines.lowerBound]..<document.lineWithBreak(hit.lines.upperBound - 1).upperBound
            }
            blocks.append(Block(family: hit.family, lines: hit.lines, span: hit.span, removal: removal,
                                applicability: hit.applicability, edge: edge, continues: hit.continues,
                                isWholeLines: !hit.partial))
        }
        let whole = zip(walk.hits, blocks).filter { !$0.0.partial }.map(\.1)
        let start = whole.filter { $0.edge == .top }.map(\.lines.upperBound).max() ?? 0
        let end = whole.filter { $0.edge == .bottom }.map(\.lines.lowerBound).min() ?? document.lineCount
        self.blocks = blocks
        self.bodyLines = start..<max(start, end)
        self.removedLines = flagged
        self.blockLines = Set(blocks.flatMap { Array($0.lines) })
        self.echoes = walk.echoes.filter { echo in blocks.contains { $0.lines.contains(echo.line) } }
    }
}
