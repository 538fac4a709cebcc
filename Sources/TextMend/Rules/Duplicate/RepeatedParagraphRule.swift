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
        var findings: [Finding] = []
        var repeated: Set<Int> = []  // paragraphs reported as repeats
        let paragraphs = layout.paragraphs
        var firstOfRun = 0
        for index in paragraphs.indices.dropFirst() {
            let previous = paragraphs[index - 1], paragraph = paragraphs[index]
            guard TextComparison.sameAfterWhitespace(document, previous.content, paragraph.content) else {
                firstOfRun = index
                continue
            }
            guard !titleCopies.contains(paragraph.lines.lowerBound),
                  qualifies(document, layout, paragraph.content, lines: paragraph.lines,
                            before: paragraphs[firstOfRun].lines.lowerBound, after: paragraph.lines.upperBound) else { continue }
            repeated.insert(index)
            let removal = Removal.lines(paragraph.lines, in: document, layout, absorbing: .blankLinesBefore)
            findings.append(finding(Self.paragraphRepeated(paragraphs[firstOfRun].lines.lowerBound),
                                    layout.trim(paragraph.content), fix: Fix(.safe, Self.removeParagraph, [Edit(removal, "")])))
        }
        for (index, paragraph) in paragraphs.enumerated() where !repeated.contains(index) {
            findings += lineFindings(document, layout, paragraph, skipping: titleCopies)
        }
        return findings
    }

    /// Lines repeated inside a paragraph, and lines holding their text twice.
    func lineFindings(_ document: Document, _ layout: Layout, _ paragraph: Layout.Paragraph, skipping titleCopies: Set<Int>) -> [Finding] {
        var findings: [Finding] = []
        var firstOfRun = paragraph.lines.lowerBound
        for line in paragraph.lines {
            let content = layout.trimmedLine(line)
            if line > paragraph.lines.lowerBound, TextComparison.sameAfterWhitespace(document, layout.trimmedLine(line - 1), content) {
                if !titleCopies.contains(line), qualifies(document, layout, content, lines: line..<line + 1, before: firstOfRun, after: line + 1) {
                    let removal = Removal.lines(line..<line + 1, in: document, layout, absorbing: .blankLinesBefore)
                    findings.append(finding(Self.lineRepeated(firstOfRun), content, fix: Fix(.safe, Self.removeLine, [Edit(removal, "")])))
                }
                continue
            }
            firstOfRun = line
            if TextComparison.hasDistinctScalars(document, content, atLeast: 4),
               let doubled = TextComparison.doubledHalf(document, content),
               TextComparison.hasDistinctScalars(document, doubled.second, atLeast: 4),
               TextComparison.measure(document, doubled.second).scalars >= Self.minimumScalars,
               !TextComparison.looksLikeCode(document, line: document.lineContent(line)) {
                findings.append(finding(Self.textDoubled, doubled.second,
                                        fix: Fix(.suggested, Self.removeSecondCopy, [Edit(doubled.separator..<content.upperBound, "")])))
            }
        }
        return findings
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
