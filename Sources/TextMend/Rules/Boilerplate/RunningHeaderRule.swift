/// Page furniture of an extracted PDF or Word file: page numbers and running headers left
/// between the lines of the body.
///
/// Lint: a page-number line inside the text (`- 3 -`, `第3页 共10页`, `1/2页`, `Page 3 of 10`,
/// or two `3/10`-style lines with one total); a short line repeated three times or more, at
/// least twice next to a page number (`权 利 要 求 书` above `1/2页`).
/// Format: removes the lines.
public struct RunningHeaderRule: Rule {
    public static let description = RuleDescription(
        id: "boilerplate.running-header",
        category: .boilerplate,
        summary: "Page number or running header left inside the text (- 3 -, 第3页 共10页, 1/2页)",
        rationale: """
            Text extracted from PDF or Word pages keeps each page's header and footer where
            the page broke, often in the middle of a sentence: `权 利 要 求 书` and `1/2页`
            in a patent, `- 3 -` in a government document, `Page 3 of 10` in a report.
            Page-number lines are recognised by shape. A running header is a short line that
            comes back at least three times and sits next to a page number at least twice, so
            headings and refrains that repeat on purpose stay silent. Page captions at the
            document's top and bottom edges are left to `boilerplate.document-store-chrome`.
            """,
        fixSafety: """
            Safe: the lines carry no text of the document. A bare `3/10` needs a second
            line with the same total before it counts as a page number.
            """,
        severity: .warning,
        fixability: .safe,
        nonTriggeringExamples: [
            Example("比分定格在 3/10。\n\n第二天继续比赛。"),
            Example("Chapter 1\n\nText one.\n\nChapter 1\n\nText two.\n\nChapter 1\n\nText three."),
            Example("请翻到第3页,\n阅读第一段。"),
            Example("Steps:\n1/3\nDownload the file.\n2/4\nInstall it."),
            // `- 1 -` under the title numbers sections, not pages.
            // A list of scores in the dash form: no text between them, so not page footers.
            Example("Scores for the quiz:\n\nAlice\n- 3 -\nBob\n- 5 -\n- 4 -\n- 4 -\nCarol got the highest."),
            Example("Three small poems\n\n- 1 -\n\nRain on the roof,\nrain on the road.\n\n- 2 -\n\nSnow on the hill,\nsnow in the cold.\n\n- 3 -\n\nSun on the sea."),
        ],
        triggeringExamples: [
            Example("本发明涉及一种终端系统,特别是\n⟦- 2 -⟧\n涉及一种数据处理方法。"),
            Example("""
                开头。\n⟦权 利 要 求 书⟧\n⟦1/3页⟧\n1.一种装置,其特征在于,包括\n⟦权 利 要 求 书⟧\n⟦2/3页⟧\n壳体和盖板。\n\
                ⟦权 利 要 求 书⟧\n⟦3/3页⟧\n2.根据权利要求1所述的装置。
                """),
            Example("The results were clear.\n\n⟦Page 3 of 10⟧\n\nWe then tested the second design."),
        ],
        corrections: [
            Correction("本发明涉及一种终端系统,特别是\n- 2 -\n涉及一种数据处理方法。", "本发明涉及一种终端系统,特别是\n涉及一种数据处理方法。"),
            Correction("""
                开头。\n权 利 要 求 书\n1/3页\n1.一种装置,其特征在于,包括\n权 利 要 求 书\n2/3页\n壳体和盖板。\n\
                权 利 要 求 书\n3/3页\n2.根据权利要求1所述的装置。
                """, "开头。\n1.一种装置,其特征在于,包括\n壳体和盖板。\n2.根据权利要求1所述的装置。"),
            Correction("The results were clear.\n\nPage 3 of 10\n\nWe then tested it.", "The results were clear.\n\nWe then tested it."),
        ]
    )

    public init() {}

    /// Longest running header, in bytes.
    static let maximumHeader = 90
    /// Longest page-number line, in bytes.
    static let maximumPageNumber = 32

    public func check(_ document: Document, _ context: RuleContext) -> [Finding] {
        let layout = context.shared(Layout.self, document)
        var pageLines: [Int] = []
        var fractions: [Int: [Int]] = [:]  // bare `n/m` lines by total m
        for line in 0..<document.lineCount where !layout.isBlank[line] {
            let content = layout.trimmedLine(line)
            guard content.count <= Self.maximumPageNumber, document.bytes[content].contains(where: { (0x30...0x39).contains($0) }) else { continue }
            let text = document.string(content)
            if let total = bareFraction(text) {
                fractions[total, default: []].append(line)
            } else if isPageNumber(text) {
                pageLines.append(line)
            }
        }
        pageLines = withoutNumberLists(document, layout, withoutSectionNumbers(document, layout, pageLines))
        pageLines += fractions.values.filter { $0.count >= 2 }.flatMap { $0 }
        guard !pageLines.isEmpty else { return [] }
        // Captions at the edges belong to the document-store chrome rule.
        let edges = context.shared(EdgeBoilerplate.self, document)
        let edgeLines = edges.blockLines
        let pages = Set(pageLines).subtracting(edgeLines)
        var flagged = pages
        for lines in repeatedShortLines(document, layout, skipping: pages).values where lines.count >= 3 {
            let besidePages = lines.filter { line in (-2...2).contains { pages.contains(line + $0) } }
            if besidePages.count >= 2 { flagged.formUnion(lines.filter { !edgeLines.contains($0) }) }
        }
        return flagged.sorted().map { line in
            let message = pages.contains(line) ? Self.pageMessage : Self.headerMessage
            return finding(message, layout.trimmedLine(line), fix: Fix(.safe, Self.fixTitle, [Edit(NoiseRemoval.wholeLine(line, in: document, layout), "")]))
        }
    }

    /// `- 1 -` before any text but a title numbers the sections that follow (three poems under
    /// `- 1 -`, `- 2 -`, `- 3 -`); a page footer `- 1 -` comes after page 1's text.
    func withoutSectionNumbers(_ document: Document, _ layout: Layout, _ pageLines: [Int]) -> [Int] {
        guard let first = pageLines.first,
              document.string(layout.trimmedLine(first)).unicodeScalars.filter({ ("0"..."9").contains($0) }).map(String.init) == ["1"],
              Self.dashNumber(document.string(layout.trimmedLine(first))),
              (0..<first).filter({ !layout.isBlank[$0] }).count <= 1 else { return pageLines }
        return pageLines.filter { !Self.dashNumber(document.string(layout.trimmedLine($0))) }
    }

    /// Page numbers stand a page of text apart: two page-number lines with nothing but blanks
    /// between them are a list of numbers (scores `- 3 -`, `- 5 -`, `- 4 -`), not two footers,
    /// and the document's other numbers of that form (dash or not) are its content too.
    func withoutNumberLists(_ document: Document, _ layout: Layout, _ pageLines: [Int]) -> [Int] {
        let isDash = { (line: Int) in Self.dashNumber(document.string(layout.trimmedLine(line))) }
        let listedForms = Set(zip(pageLines, pageLines.dropFirst())
            .filter { !layout.isBlank[($0.0 + 1)..<$0.1].contains(false) }
            .flatMap { [isDash($0.0), isDash($0.1)] })
        return listedForms.isEmpty ? pageLines : pageLines.filter { !listedForms.contains(isDash($0)) }
    }

    /// `- 3 -`, `— 3 —`: the dash form of a page number.
    static func dashNumber(_ text: String) -> Bool {
        guard let first = text.unicodeScalars.first else { return false }
        return "-\u{2014}\u{2013}".unicodeScalars.contains(first)
    }

    /// Short lines that do not end a sentence, by text (only asked when page numbers exist).
    func repeatedShortLines(_ document: Document, _ layout: Layout, skipping pages: Set<Int>) -> [String: [Int]] {
        var short: [String: [Int]] = [:]
        for line in 0..<document.lineCount where !layout.isBlank[line] && !pages.contains(line) {
            let content = layout.trimmedLine(line)
            guard content.count <= Self.maximumHeader else { continue }
            let text = document.string(content)
            if !endsSentence(text) { short[text, default: []].append(line) }
        }
        return short
    }

    /// The total of a bare `3/10` line.
    func bareFraction(_ text: String) -> Int? {
        let parts = text.split(separator: "/", omittingEmptySubsequences: false).map { $0.trimmingSpaces }
        guard parts.count == 2, let page = Int(parts[0]), let total = Int(parts[1]),
              parts.allSatisfy({ $0.count <= 4 && $0.allSatisfy(\.isASCII) }), page >= 1, page <= total else { return nil }
        return total
    }

    func isPageNumber(_ text: String) -> Bool {
        guard text.unicodeScalars.contains(where: { ("0"..."9").contains($0) }) else { return false }
        return Self.pagePattern.firstMatch(in: text) != nil
    }

    func endsSentence(_ text: String) -> Bool {
        guard let last = text.unicodeScalars.last else { return true }
        return "。.!?;:,\u{FF01}\u{FF1F}\u{FF1B}\u{FF1A}\u{FF0C}".unicodeScalars.contains(last)
    }

    // swiftlint:disable:next force_try
    static let pagePattern = try! ICURegex(#"""
        ^(?:[-—–]\s*\d{1,4}\s*[-—–]|第\s*\d{1,4}\s*[页頁](?:\s*[,\uFF0C/]?\s*共\s*\d{1,4}\s*[页頁])?|共\s*\d{1,4}\s*[页頁]\s*[,\uFF0C]?\s*第\s*\d{1,4}\s*[页頁]|\d{1,4}\s*/\s*\d{1,4}\s*[页頁]|page\s+\d{1,4}(?:\s*(?:of|/)\s*\d{1,4})?)$
        """#)

    static let pageMessage = "page number left inside the text"
    static let headerMessage = "running page header left inside the text"
    static let fixTitle = "remove the page furniture"
}

extension Substring {
    /// Without leading and trailing spaces.
    fileprivate var trimmingSpaces: Substring {
        var result = self
        while result.first == " " { result = result.dropFirst() }
        while result.last == " " { result = result.dropLast() }
        return result
    }
}
