/// A page stored as its raw source (HTML, XML, a diagram's code) instead of its text: a
/// verdict on the whole document.
///
/// Lint: tags take a fifth of the text or more (ten tags at least), or the text opens with
/// `<!DOCTYPE`, `<html`, `<?xml` or `<rss` and holds five tags; or it opens with a Mermaid
/// header (`graph TD`) and draws three arrows (`-->`).
/// Format: none (re-extract the page; stripping tags would keep scripts and menus).
public struct SourceDumpRule: Rule {
    public static let description = RuleDescription(
        id: "boilerplate.source-dump",
        category: .boilerplate,
        summary: "The page is raw HTML, XML or diagram source, not extracted text",
        rationale: """
            When extraction fails, some pipelines store the page's source: `<!DOCTYPE html>
            <html class="no-js"…`, an RSS feed (`<?xml version="1.0"…><rss`), or the code of a
            diagram (`graph TD A[Expression] --> B[Term]`). Stray tags inside a text are
            `markup` damage; a document that is mostly tags is no text at all. Manuals that
            show a few lines of XML stay far below a fifth of tags.
            """,
        fixSafety: "No fix: stripping the tags would keep scripts, styles and menus. Re-extract the page.",
        severity: .warning,
        fixability: .none,
        nonTriggeringExamples: [
            Example("To enable the module, add this line to the configuration:\n\n    <Directory /var/www>\n\nThen restart the server and check the log for errors. The rest of this chapter explains each option in turn."),
            Example("HTML 用 <p> 表示段落,用 <br> 表示换行。"),
            Example("The graph TD shows a fall in sales."),
            // A tutorial whose markup sits in a code fence shows it on purpose.
            Example("HTML basics\n\nA minimal page:\n\n```html\n<html>\n<head>\n  <title>Hello</title>\n</head>\n<body>\n  <h1>Hello</h1>\n  <p>Welcome.</p>\n</body>\n</html>\n```\n\nSave it as index.html."),
        ],
        triggeringExamples: [
            Example("⟦<!DOCTYPE html><html class=\"no-js\"><head><meta charset=\"utf-8\"><title>News</title></head><body><div id=\"main\"><p>Hello</p></div></body></html>⟧", prefixable: false),
            Example("⟦graph TD\n A[Expression] --> B[Term]\n B --> C[Factor]\n C --> D[Number]⟧", prefixable: false),
            Example("⟦<div><span>a</span><span>b</span><span>c</span><span>d</span><span>e</span><span>f</span></div>⟧", prefixable: false),
        ],
        corrections: []
    )

    public init() {}

    public func check(_ document: Document, _ context: RuleContext) -> [Finding] {
        guard let verdict = context.shared(Verdict.self, document).verdict else { return [] }
        return [finding(verdict.message, verdict.span)]
    }

    /// The rule's verdict on a document, shared: markup.stray-tag stays silent on a page
    /// this rule reports whole, so both read it (made once per document).
    struct Verdict: SharedAnalysis {
        /// The text's span and the message, when the page is source.
        let verdict: (span: Range<Int>, message: String)?

        init(document: Document, context: RuleContext) {
            verdict = SourceDumpRule().judge(document, context)
        }
    }

    /// The span to report and the message, when the document is markup or diagram source.
    func judge(_ document: Document, _ context: RuleContext) -> (span: Range<Int>, message: String)? {
        let layout = context.shared(Layout.self, document)
        guard let first = layout.paragraphs.first, let last = layout.paragraphs.last else { return nil }
        let span = layout.trim(first.content.lowerBound..<last.content.upperBound)
        let opening = document.string(span.lowerBound..<min(span.upperBound, span.lowerBound + 16)).lowercased()
        let declared = ["<!doctype", "<html", "<?xml", "<rss"].contains { opening.hasPrefix($0) }
        let diagram = Self.mermaidHeaders.contains(where: { opening.hasPrefix($0) })
        // A tag spans at most 300 bytes, so tags covering a fifth of the text need at least
        // one `<` per 1,500 text bytes: count them first (cheap) before measuring tags.
        if !declared {
            let needed = max(10, document.bytes.count / 3000)
            if Self.angleBrackets(document, context, upTo: needed) < needed {
                return diagram && arrows(document.bytes) >= 3 ? (span, Self.diagramMessage) : nil
            }
        }
        let (tags, tagBytes, textBytes) = countTags(document.bytes)
        if (tags >= 10 && tagBytes * 5 >= textBytes) || (declared && tags >= 5) {
            return (span, Self.message)
        }
        if diagram, arrows(document.bytes) >= 3 {
            return (span, Self.diagramMessage)
        }
        return nil
    }

    /// The `<` bytes of the document, counted up to `limit`; in a context that serves `fix`,
    /// all of them, read off the byte-pair census (which a round of fix updates from the
    /// touched lines instead of reading the whole text again).
    static func angleBrackets(_ document: Document, _ context: RuleContext, upTo limit: Int) -> Int {
        guard context.servesFix, let counts = context.shared(BytePairs.self, document).counts else {
            return ByteSearch.count(0x3C, in: document.bytes, upTo: limit)
        }
        return counts[0x3C << 8..<0x3D << 8].reduce(0) { $0 + Int($1) }  // the pairs that end in `<`
    }

    /// Tags (`<` + a letter, `/`, `!` or `?`, then `>` within the line and 300 bytes), the
    /// bytes they cover, and the non-blank bytes of the text.
    func countTags(_ bytes: [UInt8]) -> (Int, Int, Int) {
        var tags = 0, tagBytes = 0, textBytes = 0
        var index = 0, fenced = false
        while index < bytes.count {
            let byte = bytes[index]
            // Markup inside a Markdown code fence is an example the text shows, not the page.
            if (index == 0 || bytes[index - 1] == 0x0A), isFence(bytes, index) { fenced.toggle() }
            if byte != 0x20 && byte != 0x0A && byte != 0x0D && byte != 0x09 { textBytes += 1 }
            if !fenced, byte == 0x3C, index + 1 < bytes.count, isTagStart(bytes[index + 1]) {
                var end = index + 1
                while end < min(bytes.count, index + 300), bytes[end] != 0x3E, bytes[end] != 0x0A, bytes[end] != 0x3C { end += 1 }
                if end < bytes.count, bytes[end] == 0x3E {
                    tags += 1
                    tagBytes += end + 1 - index
                    textBytes += end - index
                    index = end + 1
                    continue
                }
            }
            index += 1
        }
        return (tags, tagBytes, textBytes)
    }

    /// A line opening with ```` ``` ```` or `~~~`.
    func isFence(_ bytes: [UInt8], _ start: Int) -> Bool {
        guard start + 2 < bytes.count, bytes[start] == 0x60 || bytes[start] == 0x7E else { return false }
        return bytes[start + 1] == bytes[start] && bytes[start + 2] == bytes[start]
    }

    func isTagStart(_ byte: UInt8) -> Bool {
        (0x41...0x5A).contains(byte) || (0x61...0x7A).contains(byte) || byte == 0x2F || byte == 0x21 || byte == 0x3F
    }

    /// Mermaid arrows (`-->`, `==>`, `-.->`), counted up to three.
    func arrows(_ bytes: [UInt8]) -> Int {
        var count = 0, index = 2
        while index < bytes.count, count < 3 {
            if bytes[index] == 0x3E, bytes[index - 1] == 0x2D || bytes[index - 1] == 0x3D, bytes[index - 2] == bytes[index - 1] { count += 1 }
            index += 1
        }
        return count
    }

    static let mermaidHeaders = ["graph td", "graph tb", "graph lr", "graph rl", "graph bt", "flowchart td", "flowchart tb", "flowchart lr", "flowchart rl", "flowchart bt", "sequencediagram", "classdiagram"]

    static let message = "the page is raw markup source, not extracted text"
    static let diagramMessage = "the page is diagram source code, not extracted text"
}
