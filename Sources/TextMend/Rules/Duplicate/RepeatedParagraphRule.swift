/// A paragraph or line repeated back to back, or a line whose text is doubled.
///
/// Lint: two consecutive paragraphs, or two consecutive lines of a paragraph, with the same
/// text once whitespace is normalised; a line made of one text twice (a doubled text layer).
/// Format: removes the repeat (safe); removes the second half of a doubled line (suggested).
public struct RepeatedParagraphRule: Rule {
    public static let description = RuleDescription(
        id: "duplicate.repeated-paragraph",
        category: .duplicate,
        summary: "Paragraph or line repeated back to back",
        rationale: """
            Scrapers that join a page's blocks twice, and PDF extraction that reads a text layer
            twice, leave a paragraph or line followed by an exact copy of itself
            (`热字当头…` then `热字当头…` again), or one line holding the same text twice
            (`怎么这么热了今年夏天怎么这么热了今年夏天`). Copies are compared with runs of
            spaces and line breaks counted as one space. Pieces shorter than eight characters
            (`——`, `* * *`, `二、`) are ignored, and so are short lines among short lines (a
            refrain in a poem or a song repeats on purpose) and lines that read like code,
            markup or a table (tabs, indentation without CJK text, dense `{}<>=;|*/`), where a
            repeated line means something. Title copies at the top are left to
            `duplicate.repeated-title`.
            """,
        fixSafety: """
            Removing an exact repeat is safe. Removing the second half of a doubled line is
            only suggested: a line may repeat a phrase on purpose.
            """,
        severity: .warning,
        fixability: .sometimes,
        nonTriggeringExamples: [
            Example("学习贯彻会议精神。\n\n——\n\n——\n\n认真落实各项工作。"),
            Example("Chapter one.\n\n* * *\n\n* * *\n\nChapter two."),
            Example("Happy birthday to you\nHappy birthday to you\nHappy birthday dear Anna\nHappy birthday to you"),
            Example("我爱你中国亲爱的母亲\n\n我爱你中国亲爱的母亲\n\n我为你流泪也为你自豪\n\n我爱你秋日金黄的硕果"),
            Example("The meeting opened at nine. The meeting opened at nine sharp, said the clerk."),
            Example("会议指出,要加强学习。会议强调,要加强学习。"),
            Example("哈哈哈哈哈哈哈哈哈哈哈哈哈哈哈哈"),
            Example("for i in 0..<3 {\n    x += 1\n    x += 1\n}"),
            Example("Add these lines:\n\n\tmachine HOSTNAME login USERID password PASSWORD\n\tmachine HOSTNAME login USERID password PASSWORD\n"),
            Example("<div align=\"justify\"/>\n<div align=\"justify\"/>\n\n  /* comment */\t\t/* comment */"),
            Example("New York New York 🗽 is a song.\n\n一、二、三。一、二、三。"),
            Example("第一段写的是春天的故事,内容很长。\n\n第二段写的是夏天的故事,内容很长。\n\n第一段写的是春天的故事,内容很长。"),
        ],
        triggeringExamples: [
            Example("开头。\n\n热字当头,今年夏天格外炎热,各地纷纷发布高温预警。\n\n⟦热字当头,今年夏天格外炎热,各地纷纷发布高温预警。⟧\n\n结尾。"),
            Example("Minutes\n\nThe committee met on Tuesday to review the budget for next year.\n⟦The committee  met on Tuesday to review the budget for next year.⟧"),
            Example("第一段。\n\n第二段内容同样很长,也讲了很多很多的事情。\n⟦第二段内容同样很长,也讲了很多很多的事情。⟧\n⟦第二段内容同样很长,也讲了很多很多的事情。⟧"),
            Example("标题很短\n\n怎么这么热了今年夏天⟦怎么这么热了今年夏天⟧\n\n正文继续。"),
            Example("Tuesday, 4 June\nSign up for our newsletter today. ⟦Sign up for our newsletter today.⟧"),
        ],
        corrections: [
            Correction("开头。\n\n热字当头,今年夏天格外炎热,各地纷纷发布高温预警。\n\n热字当头,今年夏天格外炎热,各地纷纷发布高温预警。\n\n结尾。",
                       "开头。\n\n热字当头,今年夏天格外炎热,各地纷纷发布高温预警。\n\n结尾。"),
            Correction("开头。\n\n段落重复出现在文档的末尾,而且这一段相当长。\n\n段落重复出现在文档的末尾,而且这一段相当长。", "开头。\n\n段落重复出现在文档的末尾,而且这一段相当长。"),
            Correction("开头。\n\n段落重复出现在文档的末尾,而且这一段相当长。\n\n段落重复出现在文档的末尾,而且这一段相当长。\n", "开头。\n\n段落重复出现在文档的末尾,而且这一段相当长。\n"),
            Correction("Story\nA line that was copied twice by the scraper.\nA line that was copied twice by the scraper.\nA line that was copied twice by the scraper.\nEnd.",
                       "Story\nA line that was copied twice by the scraper.\nEnd."),
            Correction("标题很短\n\n怎么这么热了今年夏天怎么这么热了今年夏天\n\n正文继续。", "标题很短\n\n怎么这么热了今年夏天\n\n正文继续。", unsafe: true),
        ]
    )

    public init() {}

    /// Repeats shorter than this many non-blank scalars are ignored.
    static let minimumScalars = 8
    /// Pieces narrower than this (in columns) count as verse lines.
    static let verseWidth = 40

    public func check(_ document: Document, _ context: RuleContext) -> [Finding] {
        let layout = context.shared(Layout.self, document)
        let titleCopies = Set(context.shared(RepeatedTitles.self, document).copies.map(\.line))
        let repeats = context.keptForFix(Repeats.self, document)
        var findings: [Finding] = []
        var repeated: [Range<Int>] = []  // lines of the paragraphs reported as repeats
        let paragraphs = layout.paragraphs
        var firstOfRun = 0
        var nextSame = 0  // into repeats.sameAsPrevious
        for index in paragraphs.indices.dropFirst() {
            let paragraph = paragraphs[index]
            while nextSame < repeats.sameAsPrevious.count, repeats.sameAsPrevious[nextSame] < paragraph.lines.lowerBound { nextSame += 1 }
            guard nextSame < repeats.sameAsPrevious.count, repeats.sameAsPrevious[nextSame] == paragraph.lines.lowerBound else {
                firstOfRun = index
                continue
            }
            guard !titleCopies.contains(paragraph.lines.lowerBound),
                  qualifies(document, layout, paragraph.content, lines: paragraph.lines,
                            before: paragraphs[firstOfRun].lines.lowerBound, after: paragraph.lines.upperBound) else { continue }
            repeated.append(paragraph.lines)
            let removal = Removal.lines(paragraph.lines, in: document, layout, absorbing: .blankLinesBefore)
            findings.append(finding(Self.paragraphRepeated(paragraphs[firstOfRun].lines.lowerBound),
                                    layout.trim(paragraph.content), fix: Fix(.safe, Self.removeParagraph, [Edit(removal, "")])))
        }
        // Lines inside a paragraph reported as a whole are not reported again.
        var nextRepeated = 0
        for candidate in repeats.lines {
            while nextRepeated < repeated.count, repeated[nextRepeated].upperBound <= candidate.line { nextRepeated += 1 }
            if nextRepeated < repeated.count, repeated[nextRepeated].contains(candidate.line) { continue }
            if let firstOfRun = candidate.firstOfRun {
                guard !titleCopies.contains(candidate.line) else { continue }
                findings.append(finding(Self.lineRepeated(firstOfRun), candidate.range, fix: Fix(.safe, Self.removeLine, [Edit(candidate.removal, "")])))
            } else {
                findings.append(finding(Self.textDoubled, candidate.range, fix: Fix(.suggested, Self.removeSecondCopy, [Edit(candidate.removal, "")])))
            }
        }
        return findings
    }

    /// What the rule compares, paragraph by paragraph. A paragraph's entries depend only on it
    /// and the paragraphs right before and after it, so after a round of `fix` only the
    /// paragraphs near the touched lines are compared again (`EarlierRound`; RoundUpdateTests).
    struct Repeats: SharedAnalysis {
        /// A line that repeats the line before it in its paragraph (and qualifies as a repeat), or
        /// holds its text twice.
        struct LineRepeat: Sendable, Equatable {
            var line: Int
            /// The first line of the run of copies; nil for a line holding its text twice.
            var firstOfRun: Int?
            /// The repeat, or the second copy.
            var range: Range<Int>
            /// What the fix removes.
            var removal: Range<Int>

            /// Moved by `lines` lines and `bytes` bytes (an untouched stretch after a round).
            func shifted(lines: Int, bytes: Int) -> LineRepeat {
                LineRepeat(line: line + lines, firstOfRun: firstOfRun.map { $0 + lines },
                           range: range.shifted(by: bytes), removal: removal.shifted(by: bytes))
            }
        }

        /// The first lines of the paragraphs whose text equals the paragraph before's, in order.
        let sameAsPrevious: [Int]
        /// The line repeats in line order (in every paragraph, those of repeated paragraphs too).
        let lines: [LineRepeat]

        init(document: Document, context: RuleContext) {
            let layout = context.shared(Layout.self, document)
            let paragraphs = layout.paragraphs
            guard let round = context.earlierRound, let earlier = round.context.cached(Repeats.self), !paragraphs.isEmpty else {
                (sameAsPrevious, lines) = Self.scan(document, layout, paragraphs.indices)
                return
            }
            // Entries kept from the earlier round, moved into the edited document.
            var keptSame: [Int] = [], keptLines: [LineRepeat] = []
            round.lines.walkLines(from: round.document, to: document) { old, shift in
                guard !old.isEmpty else { return }
                let bytes = document.lineStarts[old.lowerBound + shift] - round.document.lineStarts[old.lowerBound]
                keptSame += earlier.sameAsPrevious.slice(positionsIn: old) { $0 }.lazy.map { $0 + shift }
                keptLines += earlier.lines.slice(positionsIn: old) { $0.line }.lazy.map { $0.shifted(lines: shift, bytes: bytes) }
            } rescan: { _ in }
            // Compared again: the paragraphs from the one before a touched region to the one
            // after it, and their neighbours.
            let last = paragraphs.count - 1
            var spans: [ClosedRange<Int>] = []
            for region in round.lines.new {
                let first = max(paragraphs.partitioningIndex { $0.lines.lowerBound > region.lowerBound } - 1, 0)
                let end = min(paragraphs[first...].partitioningIndex { $0.lines.upperBound >= region.upperBound }, last)
                let wide = max(first - 1, 0)...min(end + 1, last)
                if let previous = spans.last, wide.lowerBound <= previous.upperBound + 1 {
                    spans[spans.count - 1] = previous.lowerBound...max(previous.upperBound, wide.upperBound)
                } else {
                    spans.append(wide)
                }
            }
            var same: [Int] = [], lines: [LineRepeat] = []
            var nextSame = 0, nextLine = 0
            for span in spans {
                let start = paragraphs[span.lowerBound].lines.lowerBound, end = paragraphs[span.upperBound].lines.upperBound
                while nextSame < keptSame.count, keptSame[nextSame] < start { same.append(keptSame[nextSame]); nextSame += 1 }
                while nextSame < keptSame.count, keptSame[nextSame] < end { nextSame += 1 }
                while nextLine < keptLines.count, keptLines[nextLine].line < start { lines.append(keptLines[nextLine]); nextLine += 1 }
                while nextLine < keptLines.count, keptLines[nextLine].line < end { nextLine += 1 }
                let fresh = Self.scan(document, layout, span.lowerBound..<span.upperBound + 1)
                same += fresh.same
                lines += fresh.lines
            }
            same += keptSame[nextSame...]
            lines += keptLines[nextLine...]
            sameAsPrevious = same
            self.lines = lines
        }

        /// The entries of the paragraphs `indexes`.
        static func scan(_ document: Document, _ layout: Layout, _ indexes: Range<Int>) -> (same: [Int], lines: [LineRepeat]) {
            let rule = RepeatedParagraphRule()
            let paragraphs = layout.paragraphs
            var same: [Int] = [], lines: [LineRepeat] = []
            for index in indexes {
                let paragraph = paragraphs[index]
                if index > 0, TextComparison.sameAfterWhitespace(document, paragraphs[index - 1].content, paragraph.content) {
                    same.append(paragraph.lines.lowerBound)
                }
                lines += rule.lineRepeats(document, layout, paragraph)
            }
            return (same, lines)
        }
    }

    /// Lines repeated inside a paragraph, and lines holding their text twice.
    func lineRepeats(_ document: Document, _ layout: Layout, _ paragraph: Layout.Paragraph) -> [Repeats.LineRepeat] {
        var found: [Repeats.LineRepeat] = []
        var firstOfRun = paragraph.lines.lowerBound
        for line in paragraph.lines {
            let content = layout.trimmedLine(line)
            if line > paragraph.lines.lowerBound, TextComparison.sameAfterWhitespace(document, layout.trimmedLine(line - 1), content) {
                if qualifies(document, layout, content, lines: line..<line + 1, before: firstOfRun, after: line + 1) {
                    let removal = Removal.lines(line..<line + 1, in: document, layout, absorbing: .blankLinesBefore)
                    found.append(Repeats.LineRepeat(line: line, firstOfRun: firstOfRun, range: content, removal: removal))
                }
                continue
            }
            firstOfRun = line
            if TextComparison.hasDistinctScalars(document, content, atLeast: 4),
               let doubled = TextComparison.doubledHalf(document, content),
               TextComparison.hasDistinctScalars(document, doubled.second, atLeast: 4),
               TextComparison.measure(document, doubled.second).scalars >= Self.minimumScalars,
               !TextComparison.looksLikeCode(document, line: document.lineContent(line)) {
                found.append(Repeats.LineRepeat(line: line, firstOfRun: nil, range: doubled.second, removal: doubled.separator..<content.upperBound))
            }
        }
        return found
    }

    /// Long enough to matter, and not a verse line among verse lines: `lines` is the repeat,
    /// `before` the first line of the first copy, `after` the line after the repeat.
    func qualifies(_ document: Document, _ layout: Layout, _ range: Range<Int>, lines: Range<Int>, before: Int, after: Int) -> Bool {
        let measure = TextComparison.measure(document, range)
        guard measure.scalars >= Self.minimumScalars, measure.letters >= 4,
              !lines.contains(where: { TextComparison.looksLikeCode(document, line: document.lineContent($0)) }) else { return false }
        // A stanza (several lines, all short) repeated is a refrain.
        if lines.count > 1 {
            return !lines.allSatisfy { TextComparison.measure(document, layout.trimmedLine($0)).width < Self.verseWidth }
        }
        guard measure.width < Self.verseWidth else { return true }
        return !isShortLine(document, layout, nonBlank(layout, from: before - 1, step: -1))
            && !isShortLine(document, layout, nonBlank(layout, from: after, step: 1))
    }

    func nonBlank(_ layout: Layout, from line: Int, step: Int) -> Int? {
        var line = line
        while line >= 0 && line < layout.isBlank.count {
            if !layout.isBlank[line] { return line }
            line += step
        }
        return nil
    }

    func isShortLine(_ document: Document, _ layout: Layout, _ line: Int?) -> Bool {
        guard let line else { return false }
        return TextComparison.measure(document, layout.trimmedLine(line)).width < Self.verseWidth
    }

    static func paragraphRepeated(_ line: Int) -> String { "paragraph repeated from line \(line + 1)" }
    static func lineRepeated(_ line: Int) -> String { "line repeated from line \(line + 1)" }
    static let textDoubled = "text doubled within the line"
    static let removeParagraph = "remove the repeated paragraph"
    static let removeLine = "remove the repeated line"
    static let removeSecondCopy = "remove the second copy"
}
