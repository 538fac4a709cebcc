/// A first line stuffed with search keywords, as hijacked and spam domains title their pages
/// (…真实实拍_久久…视频_亚洲第一视频区-亚洲第一视频网-在线观看).
///
/// Lint: the document's first line is four or more short segments joined by `_`, `-` or `|`,
/// two of which open with the same three characters or more (the same keyword, varied).
/// Format: removes the line (suggested: the page under it is suspect as a whole).
public struct KeywordStuffedTitleRule: Rule {
    public static let description = RuleDescription(
        id: "boilerplate.keyword-stuffed-title",
        category: .boilerplate,
        summary: "First line stuffed with search keywords (A视频区-A视频网-在线观看), a spam page's title",
        rationale: """
            Pages on hijacked domains, and content farms, carry an HTML title that strings a
            keyword together in variants for search engines: `亚洲第一视频区-亚洲第一视频网-
            在线观看`, `Python教程_Python基础教程_Python入门_编程网`. Extracted, it becomes
            the document's first line. A real title is one phrase, or a title and a site name;
            four segments or more, two of them variants of one keyword, are stuffing. The
            page under such a title deserves a look as a whole: the finding is a warning
            about the document, and removing the line is only suggested.
            """,
        fixSafety: "Suggested: the line is no title, but a spam page is better dropped than cleaned.",
        severity: .warning,
        fixability: .suggested,
        nonTriggeringExamples: [
            Example("第一章 总则 - 第一条 - 第二条 - 第三条\n\n正文。", prefixable: false),
            Example("Home - News - Local - Sports\n\nThe council met on Monday.", prefixable: false),
            Example("关于印发《某某办法》的通知_某某局_政务公开\n\n各单位:现将办法印发给你们。", prefixable: false),
            Example("正文第一段。\n\nPython教程_Python基础教程_Python入门_编程网", prefixable: false),
        ],
        triggeringExamples: [
            Example("⟦国产精品99真实实拍_久久不雅视频_亚洲第一视频区-亚洲第一视频网-在线观看⟧\n?\n\n正文。", prefixable: false),
            Example("⟦Python教程_Python基础教程_Python入门_编程网⟧\n\nPython 是一种解释型语言。", prefixable: false),
        ],
        corrections: [
            Correction("Python教程_Python基础教程_Python入门_编程网\n\nPython 是一种解释型语言。", "Python 是一种解释型语言。",
                       unsafe: true, prefixable: false),
        ]
    )

    public init() {}

    /// Longest first line looked at, in bytes.
    static let maximumLine = 300

    public func check(_ document: Document, _ context: RuleContext) -> [Finding] {
        let layout = context.shared(Layout.self, document)
        guard let first = layout.isBlank.firstIndex(of: false) else { return [] }
        let line = layout.trimmedLine(first)
        guard line.count <= Self.maximumLine, isStuffed(document.string(line)) else { return [] }
        let removal = layout.removal(of: first..<first + 1, absorbing: .blankLinesAfter)
        return [finding(Self.message, line, fix: Fix(.suggested, Self.fixTitle, [Edit(removal, "")]))]
    }

    /// Four or more short segments, two of them variants of one keyword.
    func isStuffed(_ text: String) -> Bool {
        let separators: Set<Character> = ["_", "-", "|", "\u{FF5C}", "\u{FF3F}", "—", "–"]
        let segments = text.split(whereSeparator: { separators.contains($0) })
            .map { $0.trimmingCharacters(in: " ") }.filter { !$0.isEmpty }
        guard segments.count >= 4,
              segments.allSatisfy({ $0.count <= 24 && !$0.contains(where: { "。,;:!?\u{FF0C}\u{FF1B}\u{FF1A}".contains($0) }) }) else { return false }
        for (index, segment) in segments.enumerated() {
            for other in segments[(index + 1)...] where commonPrefix(segment, other) >= 3 && segment != other {
                return true
            }
        }
        return false
    }

    func commonPrefix(_ a: String, _ b: String) -> Int {
        zip(a, b).prefix { $0 == $1 }.count
    }

    static let message = "first line stuffed with search keywords, like a spam page's title"
    static let fixTitle = "remove the keyword line"
}

extension StringProtocol {
    /// Without leading and trailing characters from `set` (no Foundation needed).
    fileprivate func trimmingCharacters(in set: String) -> String {
        var characters = Substring(self)
        while let first = characters.first, set.contains(first) { characters = characters.dropFirst() }
        while let last = characters.last, set.contains(last) { characters = characters.dropLast() }
        return String(characters)
    }
}
