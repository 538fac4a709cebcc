/// A page that holds only a title (and chrome): the body was never captured.
///
/// Lint: once the boilerplate at the edges is set aside, at most three short lines and fewer
/// than 40 letters remain, none of them ends a sentence, and something shows it was a page:
/// chrome was set aside, or a page caption, widget word or label remains
/// (`售前工程师工作说明书 第4页`, `首页 标签:定义及形成原因`), or one word repeats.
/// Format: none (there is no text to repair; drop the page).
public struct TitleOnlyRule: Rule {
    public static let description = RuleDescription(
        id: "truncation.title-only",
        category: .truncation,
        summary: "The page holds only a title or a label, no text",
        rationale: """
            Tag pages, document-store stubs and pages whose body loads by script are stored as
            their title alone, perhaps with a widget word or a page caption: `值班报告制度规定`,
            `展开 标准作业书分为几大类`, `Article Author: Amy Saunders`. In a corpus they pass
            for documents. A short text that finishes a sentence (`今天天气很好。`,
            `Thanks!`) is a text, not a title; a single word or number (a version string,
            a name) is too little to judge. A bare title with nothing around it cannot be
            told from a record of a corpus of titles or captions, so the rule also wants a
            sign of a page: chrome at the edges, a page caption (第4页), a widget or field
            word (首页, 标签, 展开, Author:), or one word repeated.
            """,
        fixSafety: "No fix: nothing can restore the missing body. The finding covers what remains.",
        severity: .warning,
        fixability: .none,
        nonTriggeringExamples: [
            Example("今天天气很好。", prefixable: false),
            Example("Thanks!", prefixable: false),
            Example("1.0.3", prefixable: false),
            Example("README", prefixable: false),
            Example("值班报告制度规定\n\n一、为加强值班管理,特制定本规定。\n\n二、值班人员应当坚守岗位。", prefixable: false),
            Example("值班报告制度规定", prefixable: false),
            Example("Riverside Library reopens", prefixable: false),
        ],
        triggeringExamples: [
            Example("⟦售前工程师工作说明书 第4页⟧", prefixable: false),
            Example("⟦值班报告制度规定⟧\n\n点击排行榜", prefixable: false),
            Example("⟦introduction introduction introduction⟧", prefixable: false),
            Example("⟦首页 标签:定义及形成原因⟧", prefixable: false),
            Example("⟦Article Author: Amy Saunders⟧\n", prefixable: false),
        ],
        corrections: []
    )

    public init() {}

    /// Most letters and lines a title-only page keeps.
    static let maximumLetters = 40, maximumLines = 3

    public func check(_ document: Document, _ context: RuleContext) -> [Finding] {
        let layout = context.shared(Layout.self, document)
        // Cheap exit for every real document: too many lines or bytes.
        let nonBlank = layout.isBlank.lazy.filter { !$0 }.count
        guard nonBlank <= 12, document.bytes.count <= 2048 else { return [] }
        let edges = context.shared(EdgeBoilerplate.self, document)
        let removed = edges.removedLines
        let lines = (0..<document.lineCount).filter { !layout.isBlank[$0] && !removed.contains($0) }
        guard !lines.isEmpty, lines.count <= Self.maximumLines else { return [] }
        var letters = 0, words = 0
        for line in lines {
            let content = layout.trimmedLine(line)
            let text = document.string(content)
            if let last = text.unicodeScalars.last, Self.sentenceEnds.contains(last) { return [] }
            letters += text.unicodeScalars.filter { CharacterClass.isCJK($0) || $0.properties.isAlphabetic }.count
            words += wordTokens(of: text).filter { $0.kind == .word || $0.kind == .ideographic }.count
        }
        // One word (README, a name, a version) is too little to call a title.
        guard letters >= 4, letters < Self.maximumLetters, words >= 2 || letters >= 6 && lines.count == 1 && hasCJK(document, lines[0], layout) else { return [] }
        // A short text alone may be a record of a corpus of titles: ask for a sign of a page.
        let text = lines.map { document.string(layout.trimmedLine($0)) }.joined(separator: "\n")
        guard !removed.isEmpty || hasPageMark(text) || isOneWordRepeated(text) else { return [] }
        let span = layout.trimmedLine(lines.first!).lowerBound..<layout.trimmedLine(lines.last!).upperBound
        return [finding(Self.message, span)]
    }

    /// A page caption, a widget word or a field label (第4页, 标签:, 展开, Author:).
    func hasPageMark(_ text: String) -> Bool {
        let lower = text.lowercased()
        return Self.pageMarks.contains { lower.contains($0) } || Self.pageNumber.firstMatch(in: text) != nil
    }

    /// The same word two or more times and nothing else (`introduction introduction`).
    func isOneWordRepeated(_ text: String) -> Bool {
        let words = text.lowercased().split(whereSeparator: { $0 == " " || $0 == "\n" })
        return words.count >= 2 && Set(words).count == 1
    }

    static let pageMarks: [String] = WordListResource.sections(PackageResources.noise_words_txt)["page-marks", default: []].map { $0.lowercased() }
    // swiftlint:disable:next force_try
    static let pageNumber = try! ICURegex(#"第\s*\d{1,4}\s*[页頁]"#)

    func hasCJK(_ document: Document, _ line: Int, _ layout: Layout) -> Bool {
        document.string(layout.trimmedLine(line)).unicodeScalars.contains(where: CharacterClass.isCJK)
    }

    static let sentenceEnds: Set<Unicode.Scalar> = ["。", ".", "!", "?", "\u{FF01}", "\u{FF1F}", "…", "”", "\"", ")", "\u{FF09}"]

    static let message = "the page holds only a title, no text"
}
