/// Markdown image or link syntax whose target is empty (`![]()`), left where an image was.
///
/// Lint: `![…]()` with an empty target, outside code.
/// Format: deletes it.
public struct EmptyMarkdownImageRule: Rule {
    public static let description = RuleDescription(
        id: "markup.empty-markdown-image",
        category: .markup,
        summary: "Empty Markdown image placeholder left in the text",
        rationale: """
            Converters that turn pages into Markdown and lose the image address leave `![]()`
            or `![image]()` where a picture was. With no target it shows nothing in any
            renderer. An image with an address (`![](a.png)`) is real Markdown and is left alone.
            """,
        fixSafety: """
            Safe: an image with no address shows nothing. In a text that names Markdown, the
            placeholder may be an example of the syntax: the fix is only suggested there.
            """,
        severity: .warning,
        fixability: .sometimes,
        nonTriggeringExamples: [
            Example("See ![diagram](img/flow.png) and [the docs](https://example.org)."),
            Example("学习贯彻会议精神![重要]。Emoji 👍🏽 (José)."),
            Example("Write `![]()` for an empty image."),
            // Quoted, the syntax is being talked about.
            Example("An empty image, written “![]()” or \"![alt]()\", shows nothing."),
        ],
        triggeringExamples: [
            Example("如图所示⟦![]()⟧,数据增长。"),
            Example("Before ⟦![image]()⟧ after"),
        ],
        corrections: [
            Correction("如图所示![]()，数据增长。", "如图所示，数据增长。"),
            Correction("In Markdown an empty image is written ![]() and shows nothing.",
                       "In Markdown an empty image is written ![]() and shows nothing."),
            Correction("Before ![image]() after", "Before after"),
            Correction("First paragraph.\n\n![]()\n\nSecond paragraph.\n", "First paragraph.\n\nSecond paragraph.\n"),
        ]
    )

    public init() {}

    public func check(_ document: Document, _ context: RuleContext) -> [Finding] {
        let bytes = document.bytes
        var findings: [Finding] = []
        var aboutMarkdown: Bool?
        var index = 0
        while let next = ByteSearch.next(0x21, in: bytes, from: index), next + 4 < bytes.count {
            index = next
            guard bytes[index + 1] == 0x5B else { index += 1; continue }
            var close = index + 2
            while close < bytes.count, close - index < 200, bytes[close] != 0x5D, bytes[close] != 0x0A, bytes[close] != 0x5B { close += 1 }
            guard close + 2 < bytes.count, bytes[close] == 0x5D, bytes[close + 1] == 0x28, bytes[close + 2] == 0x29 else {
                index += 2
                continue
            }
            let range = index..<(close + 3)
            index = range.upperBound
            guard !context.shared(CodeSpans.self, document).overlaps(range), !Self.isQuoted(document, range) else { continue }
            // One space stays where the placeholder sat between two spaces.
            var edit = range
            let line = document.lineIndex(ofByte: range.lowerBound)
            if context.shared(Layout.self, document).trimmedLine(line) == range {
                // Alone on its line: the line goes, with the blank lines after it.
                edit = context.shared(Layout.self, document).removal(of: line..<(line + 1), absorbing: .blankLinesAfter)
            } else if range.lowerBound > 0, bytes[range.lowerBound - 1] == 0x20, range.upperBound < bytes.count, bytes[range.upperBound] == 0x20 {
                edit = range.lowerBound..<(range.upperBound + 1)
            }
            if aboutMarkdown == nil { aboutMarkdown = Self.namesMarkdown(bytes) }
            findings.append(finding("empty Markdown image \(document.string(range)) left in the text", range,
                                    fix: Fix(aboutMarkdown! ? .suggested : .safe, "remove the placeholder", [Edit(edit, "")])))
        }
        return findings
    }

    /// Whether the text says `Markdown` (any case): then it may be about the syntax.
    static func namesMarkdown(_ bytes: [UInt8]) -> Bool {
        let word = Array("markdown".utf8)
        var index = 0
        while let next = ByteSearch.next(UInt8(ascii: "k"), in: bytes, from: index) {
            index = next + 1
            guard next >= 3, next + 4 < bytes.count else { continue }
            if (0..<word.count).allSatisfy({ bytes[next - 3 + $0] | 0x20 == word[$0] }) { return true }
        }
        return false
    }

    /// `“![]()”`, `"![]()"`: a quoted placeholder is a mention of the syntax.
    static func isQuoted(_ document: Document, _ range: Range<Int>) -> Bool {
        guard range.lowerBound > 0, range.upperBound < document.bytes.count else { return false }
        let before = document.scalar(before: range.lowerBound).scalar, after = document.scalar(at: range.upperBound).scalar
        let pairs: [Unicode.Scalar: Unicode.Scalar] = ["\"": "\"", "'": "'", "\u{201C}": "\u{201D}", "\u{2018}": "\u{2019}", "\u{300C}": "\u{300D}"]
        return pairs[before] == after
    }
}
