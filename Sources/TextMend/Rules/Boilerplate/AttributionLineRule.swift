/// Source, author, editor and repost lines of the page a text was copied from (来源:学习时报,
/// 文/鄭傳海, 责编 | 郑丽媛, 原标题:…, 原文地址:…, By Jane Doe).
///
/// Lint: a short line near the top (first twelve lines of text) or the bottom (last six) that
/// is one attribution field and its value. Lines with two fields or more are
/// `boilerplate.meta-line`'s.
/// Format: removes the line, unless configuration keeps that field; the value can be put in
/// the JSON report as `metadata`.
public struct AttributionLineRule: ConfigurableRule {
    public static let description = RuleDescription(
        id: "boilerplate.attribution-line",
        category: .boilerplate,
        summary: "Source, author, editor or repost line of the hosting page (来源:…, 文/…, 原标题:…)",
        rationale: """
            News and repost sites print where an article came from and who handled it:
            `来源:学习时报`, `文/鄭傳海`, `责编 | 郑丽媛`, `原标题:…`, `原文地址:…`, `By Jane
            Doe`. In a corpus these lines are not part of the text, but their values are
            worth keeping. The rule flags one-field lines at the edges of the text; with
            `metadata = true` each finding carries the field and its value in the JSON report
            (`"metadata": {"source": "学习时报"}`), and `keep` lists fields whose lines stay
            in the text. By default that is the author: a byline under a headline is part of
            the article (`keep = []` strips bylines too). A colon inside a sentence (`资金来源:市财政`) is not a field: the key
            must open the line and the value be short. `编者按` and `【…按】` introduce an
            editor's note, which is text, and are left alone.
            """,
        fixSafety: """
            Safe: the line holds nothing but the field and its value. Lines of fields listed
            in `keep` stay: they are not reported, or, with `metadata = true`, reported
            without a fix so that their values reach the report.
            """,
        severity: .warning,
        fixability: .safe,
        nonTriggeringExamples: [
            Example("田野调查\n\n来源\u{FF1A}本文数据来自作者2022年的实地调查\u{FF0C}样本量为1200户。\n\n结论\u{FF1A}农村家庭的教育支出逐年上升。"),
            Example("关于补贴的通知\n\n本次补贴的资金来源:市财政专项资金。\n\n特此通知。"),
            Example("论语选读\n\n原文:学而时习之,不亦说乎?\n\n译文:学了又时常温习,不也很愉快吗?"),
            Example("正文第一段。\n\n来源:学习时报", options: keeping(["source"])),
            Example("By the river we sat down and wept, remembering the old days.", options: keeping([])),
            Example("Budget passes\n\nBy Jane Doe\n\nThe council approved the budget on Monday."),
        ],
        triggeringExamples: [
            Example("学习贯彻会议精神\n⟦来源:学习时报⟧\n\n会议强调,要加强学习。"),
            Example("秋天的怀念\n\n⟦文/鄭傳海⟧\n\n那年秋天,母亲走了。", options: keeping([])),
            Example("正文第一段,内容完整。\n\n⟦责编 | 郑丽媛⟧"),
            Example("Budget passes\n\n⟦By Jane Doe⟧\n\nThe council approved the budget on Monday.", options: keeping([])),
            Example("某市召开工作会议\n\n⟦原标题:某市召开2023年工作会议⟧\n\n会议强调,要加强学习。"),
        ],
        corrections: [
            Correction("学习贯彻会议精神\n来源:学习时报\n\n会议强调,要加强学习。", "学习贯彻会议精神\n\n会议强调,要加强学习。"),
            Correction("正文第一段。\n\n原文地址:https://example.com/a/1.html", "正文第一段。"),
            Correction("秋天的怀念\n\n文/鄭傳海\n\n那年秋天,母亲走了。\n\n来源:某报", "秋天的怀念\n\n文/鄭傳海\n\n那年秋天,母亲走了。", options: keeping(["author"])),
        ]
    )

    /// `keep` (fields whose lines stay) and `metadata` (values in the JSON report).
    public static let settings: [RuleSetting] = [
        RuleSetting("keep", .strings, "fields whose lines stay in the text: source, author, editor, original-title, original-url (default: author)"),
        RuleSetting("metadata", .boolean, "report each field's value as `metadata` in the JSON report"),
    ]

    public init() {}

    /// A byline is part of an article (`By Jane Doe` under a headline): kept unless
    /// configuration says otherwise.
    static let keptByDefault: Set<String> = ["author"]

    /// Lines looked at from the top and from the bottom.
    static let topLines = 12, bottomLines = 6
    /// Longest line, in bytes.
    static let maximumLine = 240

    public func check(_ document: Document, _ context: RuleContext) -> [Finding] {
        let layout = context.shared(Layout.self, document)
        let settings = context.options.ruleSettings[Self.description.id] ?? [:]
        var kept = Self.keptByDefault
        if case .array(let values)? = settings["keep"] {
            kept = []
            for case .string(let field) in values { kept.insert(field) }
        }
        var withMetadata = false
        if case .boolean(let flag)? = settings["metadata"] { withMetadata = flag }
        let text = layout.nonBlankLines
        let edges = Set(text.prefix(Self.topLines) + text.suffix(Self.bottomLines))
        guard text.count >= 2 else { return [] }
        var findings: [Finding] = []
        for line in edges.sorted() {
            let content = layout.trimmedLine(line)
            guard content.count <= Self.maximumLine, let (field, value) = field(of: document.string(content)) else { continue }
            // A kept field is no damage: reported only to carry its value.
            if kept.contains(field) && !withMetadata { continue }
            let fix = kept.contains(field) ? nil : Fix(.safe, Self.fixTitle, [Edit(NoiseRemoval.wholeLine(line, in: document, layout), "")])
            var found = finding(Self.message(field), content, fix: fix)
            if withMetadata { found.metadata = [field: value] }
            findings.append(found)
        }
        return findings
    }

    /// The field a line names and its value.
    func field(of text: String) -> (String, String)? {
        guard let first = text.unicodeScalars.first, Self.openers.contains(where: { $0.unicodeScalars.first == first || $0 == String(first).lowercased() }) else { return nil }
        for (field, pattern) in Self.patterns {
            guard pattern.firstMatch(in: text) != nil else { continue }
            let value = Self.value(of: text)
            // Two fields on one line belong to the meta-line rule.
            if value.isEmpty || (field != "original-url" && (value.contains(":") || value.contains("\u{FF1A}"))) { return nil }
            return (field, value)
        }
        return nil
    }

    /// The value: what follows the first separator (`:`, `|`, `/`), or the name after `By`.
    static func value(of text: String) -> String {
        let scalars = Array(text.unicodeScalars)
        let separators: Set<Unicode.Scalar> = [":", "\u{FF1A}", "|", "\u{FF5C}", "/"]
        var index = scalars.firstIndex(where: { separators.contains($0) }).map { $0 + 1 }
        if index == nil, text.lowercased().hasPrefix("by ") { index = 3 }
        guard let start = index else { return "" }
        return String(String.UnicodeScalarView(scalars[start...])).trimmingBlanks
    }

    static let openers = ["来", "來", "稿", "出", "转", "轉", "文", "本", "作", "撰", "责", "責", "编", "編", "校", "审", "審", "原", "s", "a", "w", "e", "b", "o"]

    // swiftlint:disable force_try
    // A source value that runs on as a sentence (a full-width comma, then a final 。) is the
    // writer's own note on the data: `来源：本文数据来自作者2022年的实地调查，样本量为1200户。`
    static let patterns: [(String, ICURegex)] = [
        ("source", try! ICURegex(#"^(?:来源|來源|稿源|出处|出處|转自|轉自|转载自|轉載自|文章来源|文章來源|本文来源|本文來源|source)\s*[:\uFF1A]\s*(?!.*\uFF0C.*。$)\S.{0,40}$"#)),
        ("author", try! ICURegex(#"^(?:作者|作\s+者|撰文|撰稿|author|written by)\s*[:\uFF1A]\s*\S.{0,30}$"#)),
        ("author", try! ICURegex(#"^文\s*[/|\uFF5C]\s*\S.{0,12}$"#)),
        ("author", try! ICURegex(#"^[Bb][Yy]\s+\p{Lu}[\p{L}.'\-]+(?:\s+\p{Lu}[\p{L}.'\-]+){0,3}$"#, caseInsensitive: false)),
        ("editor", try! ICURegex(#"^(?:责任编辑|責任編輯|责编|責編|编辑|編輯|校对|校對|审核|審核|审校|審校|editor|edited by)\s*[:\uFF1A|\uFF5C]\s*\S.{0,20}$"#)),
        ("original-title", try! ICURegex(#"^(?:原标题|原標題|original title)\s*[:\uFF1A]\s*\S.{0,80}$"#)),
        ("original-url", try! ICURegex(#"^(?:原文地址|原文链接|原文鏈接|本文链接|本文鏈接|本文地址|文章链接|original (?:article|link|url|post))\s*[:\uFF1A]\s*\S.{0,200}$"#)),
    ]
    // swiftlint:enable force_try

    static func message(_ field: String) -> String { "\(field.split(separator: "-").joined(separator: " ")) line of the hosting page" }
    static let fixTitle = "remove the attribution line"
}

/// Options that keep some fields of `boilerplate.attribution-line` (for its examples).
private func keeping(_ fields: [String]) -> RuleOptions {
    var options = RuleOptions()
    options.ruleSettings["boilerplate.attribution-line"] = ["keep": .array(fields.map { .string($0) })]
    return options
}

extension String {
    /// Without leading and trailing spaces, tabs and ideographic spaces.
    fileprivate var trimmingBlanks: String {
        var scalars = Substring(self).unicodeScalars[...]
        while let first = scalars.first, CharacterClass.isBlank(first) { scalars = scalars.dropFirst() }
        while let last = scalars.last, CharacterClass.isBlank(last) { scalars = scalars.dropLast() }
        return String(String.UnicodeScalarView(scalars))
    }
}
