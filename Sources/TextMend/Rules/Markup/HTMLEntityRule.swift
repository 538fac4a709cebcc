/// HTML character references left undecoded in plain text (`&amp;`, `&nbsp;`, `&#8211;`).
///
/// Lint: named references from the HTML standard's table and numeric ones, outside code
/// spans, quotes and lines that talk about entities or HTML.
/// Format: decodes each reference once; a double-encoded one (`&amp;lt;`) is reported only.
public struct HTMLEntityRule: Rule {
    public static let description = RuleDescription(
        id: "markup.html-entity",
        category: .markup,
        summary: "HTML entity left undecoded in plain text",
        rationale: """
            A scraper that copies an HTML page's source text without decoding it leaves
            character references behind: `Tom &amp; Jerry`, `10&nbsp;km`, `1990&#8211;1995`,
            `it&#x2019;s`. Named references are recognised only from the HTML standard's table
            and only with their final `;`, so `AT&T`, `R&D` and `?a=1&copy=2` are not entities.
            A run of adjacent references is one finding. Entities inside `code` spans or fenced
            blocks, between quote marks (`"&amp;"`), and on lines that mention entities, escaping
            or HTML are text about markup and are left alone.
            """,
        fixSafety: """
            Safe: each reference is decoded exactly once (`&nbsp;` becomes a plain space). A
            double-encoded reference (`&amp;lt;`, which a browser shows as `&lt;`) is reported
            without a fix: decoding it once would leave a new entity that a second pass would
            decode again. A numeric reference to no character (`&#0;`, `&#9999999;`) and an escaped
            tag (`&lt;p&gt;`, shown to readers as `<p>`) are reported without a fix too.
            """,
        severity: .warning,
        fixability: .sometimes,
        nonTriggeringExamples: [
            Example("AT&T and R&D merged; see ?a=1&copy=2 and Q&A; in Smith & Co."),
            Example("学习贯彻会议精神。Plain English, 10:30, 1,024 & more."),
            Example("Use `&amp;` in source; the entity \"&nbsp;\" is a space."),
            Example("In HTML, write &lt; for a less-than sign."),
            Example("Emoji 👍🏽 & José & Zoë; a & b; x&y;"),
            Example("He typed “&amp;” there, and 「&nbsp;」 too."),
            Example("```\nprint(\"&lt;b&gt;\")\n```", prefixable: false),
        ],
        triggeringExamples: [
            Example("Tom ⟦&amp;⟧ Jerry, 10⟦&nbsp;⟧km"),
            Example("1990⟦&#8211;⟧1995 and it⟦&#x2019;⟧s ⟦&#150;⟧ fine"),
            Example("段落⟦&nbsp;&nbsp;⟧开始⟦&ldquo;⟧引用⟦&rdquo;⟧。"),
            Example("twice over: ⟦&amp;lt;⟧ and ⟦&#9999999;⟧"),
            Example("shown as markup: ⟦&lt;p&gt;⟧ here"),
        ],
        corrections: [
            Correction("Tom &amp; Jerry &amp;amp; 10&nbsp;km", "Tom & Jerry &amp;amp; 10 km"),
            Correction("1990&#8211;1995 it&#x2019;s &#150; a &lt; b", "1990–1995 it’s – a < b"),
            Correction("他说&ldquo;好&rdquo;&hellip;", "他说“好”…"),
        ]
    )

    public init() {}

    public func check(_ document: Document, _ context: RuleContext) -> [Finding] {
        let bytes = document.bytes
        var findings: [Finding] = []
        var index = 0
        var aboutMarkup = MentionScanner(Self.markupWords)
        while let amp = Self.nextAmpersand(bytes, from: index) {
            index = amp + 1
            guard let first = HTMLEntities.parse(bytes, at: amp), !aboutMarkup.mentions(document, at: amp) else { continue }
            let code = context.shared(CodeSpans.self, document)
            // Escaped tags and double encoding: reported, never decoded.
            if let special = Self.special(bytes, amp, first) {
                index = special.end
                if !code.overlaps(amp..<special.end), !ProseContext.isQuoted(document, amp..<special.end) {
                    findings.append(finding(special.message, amp..<special.end))
                }
                continue
            }
            // A run of adjacent decodable references is one finding.
            var end = first.end
            var replacement = ""
            var invalid = false
            var parts = 0
            var current: (end: Int, reference: HTMLEntities.Reference)? = first
            while let part = current {
                if case .text(let text) = part.reference { replacement += text } else { invalid = true }
                parts += 1
                end = part.end
                current = end < bytes.count && bytes[end] == 0x26 && Self.special(bytes, end, nil) == nil
                    ? HTMLEntities.parse(bytes, at: end) : nil
            }
            index = end
            let range = amp..<end
            guard !code.overlaps(range), !ProseContext.isQuoted(document, range) else { continue }
            let shown = document.string(range)
            if invalid {
                findings.append(finding(Self.invalidMessage(shown), range))
            } else {
                findings.append(finding(Self.message(shown, parts), range,
                                        fix: Fix(.safe, parts == 1 ? "decode the entity" : "decode the entities", [Edit(range, replacement)])))
            }
        }
        return findings
    }

    static func nextAmpersand(_ bytes: [UInt8], from start: Int) -> Int? {
        ByteSearch.next(0x26, in: bytes, from: start)
    }

    /// A double-encoded reference (`&amp;lt;`) or an escaped tag (`&lt;p&gt;`) at `start`.
    static func special(_ bytes: [UInt8], _ start: Int, _ parsed: (end: Int, reference: HTMLEntities.Reference)?) -> (end: Int, message: String)? {
        guard let parsed = parsed ?? HTMLEntities.parse(bytes, at: start) else { return nil }
        let name = String(decoding: bytes[start..<parsed.end], as: UTF8.self)
        if name == "&amp;", let inner = HTMLEntities.parse(bytes, at: parsed.end - 1) {
            let text = String(decoding: bytes[start..<inner.end], as: UTF8.self)
            let once = "&" + String(decoding: bytes[parsed.end..<inner.end], as: UTF8.self)
            return (inner.end, "double-encoded entity \(text) (decoded once it reads \(once))")
        }
        if name == "&lt;", let close = StrayTags.escapedTagEnd(bytes, after: parsed.end) {
            return (close, "escaped HTML tag \(String(decoding: bytes[start..<close], as: UTF8.self)) left in the text")
        }
        return nil
    }

    static let markupWords: [[UInt8]] = ["entity", "entities", "escap*", "unescap*", "html", "实体", "转义"].map { Array($0.utf8) }

    static func message(_ shown: String, _ parts: Int) -> String {
        parts == 1 ? "HTML entity \(shown) left in the text" : "HTML entities \(shown) left in the text"
    }

    static func invalidMessage(_ shown: String) -> String {
        "character reference \(shown) names no character"
    }
}
