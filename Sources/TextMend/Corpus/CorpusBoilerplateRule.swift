/// Lines and blocks that recur across many documents of a corpus: site chrome, promo
/// footers, watermark strings that no pattern list knows.
///
/// Lint: runs of lines whose `LineKey` occurs in at least `minimumFiles` documents and in
/// at least `minimumShare` of the documents of the `CorpusModel` (blank lines between them
/// join the run).
/// Format: removes the run with the blank lines on one side; safe at the top or bottom edge
/// of a document, suggested inside it, for a lone digit-masked line, or when most of the
/// document recurs.
public struct CorpusBoilerplateRule: Rule {
    public static let description = RuleDescription(
        id: "boilerplate.corpus-recurring",
        category: .boilerplate,
        summary: "Line or block that recurs across many documents of the corpus (reports only with --model FILE)",
        rationale: """
            Scraped corpora carry site chrome, promo footers and watermark strings that no
            pattern list can know in advance, but that give themselves away by recurring in
            many documents of one batch. `textmend learn` counts, for every line (blanks
            collapsed, digit runs masked so changing counters and dates still match), the
            documents it occurs in; `--model` then reports runs of lines that occur in at
            least 5 documents and 5 % of the corpus, with their document frequency. Without
            `--model` the rule has nothing to compare with and reports nothing.
            """,
        fixSafety: """
            Safe when the run sits at the top or bottom edge of the document (only blank
            lines or other recurring runs between it and the edge), recurring lines make up
            at most three quarters of the document, and the run is not a single line whose
            digits vary (a templated heading such as 第3章 总则); otherwise suggested, since a
            heading or a formula that many documents share can be real text.
            """,
        severity: .warning,
        fixability: .sometimes,
        nonTriggeringExamples: [
            Example(CorpusExamples.article("秋天", footer: false), options: CorpusExamples.options),
            Example("关于秋天的短文\n\n秋天的景色很美\u{FF0C}" + CorpusExamples.footer + "\u{3002}\n", options: CorpusExamples.options),
            Example(CorpusExamples.article("秋天")),
        ],
        triggeringExamples: [
            Example(CorpusExamples.article("秋天", footer: false) + "\n⟦" + CorpusExamples.footer + "⟧\n", options: CorpusExamples.options),
        ],
        corrections: [
            Correction(CorpusExamples.article("秋天"), CorpusExamples.article("秋天", footer: false), options: CorpusExamples.options),
        ]
    )

    /// The learned counts (when empty, `RuleOptions.corpusModel` is used, if any).
    public let model: CorpusModel
    /// Fewest documents a line must occur in.
    public let minimumFiles: Int
    /// Smallest share of the corpus's documents a line must occur in (0…1).
    public let minimumShare: Double

    /// Default `minimumFiles`.
    public static let defaultMinimumFiles = 5
    /// Default `minimumShare`.
    public static let defaultMinimumShare = 0.05

    /// A rule with an empty model (reports nothing).
    public init() {
        self.init(model: CorpusModel())
    }

    /// A rule applying `model`.
    public init(model: CorpusModel, minimumFiles: Int = defaultMinimumFiles, minimumShare: Double = defaultMinimumShare) {
        self.model = model
        self.minimumFiles = max(1, minimumFiles)
        self.minimumShare = minimumShare
    }

    /// The document count from which a line counts as recurring.
    public var threshold: Int { threshold(model) }

    private func threshold(_ model: CorpusModel) -> Int {
        max(minimumFiles, Int((minimumShare * Double(model.documents)).rounded(.up)))
    }

    public func check(_ document: Document, _ context: RuleContext) -> [Finding] {
        let model = model.documents > 0 ? model : context.options.corpusModel ?? model
        guard !model.lines.isEmpty else { return [] }
        let layout = context.shared(Layout.self, document)
        let threshold = threshold(model)
        var frequency = [Int?](repeating: nil, count: document.lineCount)
        var masked = [Bool](repeating: false, count: document.lineCount)
        var recurring = 0, nonBlank = 0
        for line in 0..<document.lineCount where !layout.isBlank[line] {
            nonBlank += 1
            if let key = LineKey.key(document, line: line), let count = model.lines[key], count >= threshold {
                frequency[line] = count
                masked[line] = key.utf8.contains(UInt8(ascii: "#"))
                recurring += 1
            }
        }
        guard recurring > 0 else { return [] }
        // Runs of recurring lines; blank lines between two recurring lines join them.
        var runs: [(lines: Range<Int>, least: Int)] = []
        var line = 0
        while line < document.lineCount {
            guard let count = frequency[line] else { line += 1; continue }
            var last = line, least = count, next = line + 1
            while next < document.lineCount {
                if let more = frequency[next] { last = next; least = min(least, more); next += 1 }
                else if layout.isBlank[next] { next += 1 }
                else { break }
            }
            runs.append((line..<last + 1, least))
            line = last + 1
        }
        let mostlyRecurring = recurring * 4 > nonBlank * 3
        return runs.map { run in
            // At an edge: nothing but blank lines and other runs between the run and it.
            let atTop = onlyBlankOrRecurring(0..<run.lines.lowerBound, layout, frequency)
            let atBottom = onlyBlankOrRecurring(run.lines.upperBound..<document.lineCount, layout, frequency)
            let removal = layout.removal(of: run.lines, absorbing: atTop && !atBottom ? .blankLinesAfter : .blankLinesBefore)
            let count = run.lines.filter { frequency[$0] != nil }.count
            // One line whose digits vary may be a templated heading (第#章 总则), not chrome.
            let template = count == 1 && masked[run.lines.lowerBound]
            let applicability: Applicability = (atTop || atBottom) && !mostlyRecurring && !template ? .safe : .suggested
            let share = "\(Self.grouped(run.least)) of \(Self.grouped(model.documents)) files"
            let message = count == 1 ? "line recurs across the corpus: in \(share)"
                : "\(count) lines recur across the corpus: each in at least \(share)"
            let span = layout.trim(document.lineStarts[run.lines.lowerBound]..<document.lineContent(run.lines.upperBound - 1).upperBound)
            return finding(message, span, fix: Fix(applicability, count == 1 ? "remove the recurring line" : "remove the recurring lines",
                                                   [Edit(removal, "")]))
        }
    }

    private func onlyBlankOrRecurring(_ lines: Range<Int>, _ layout: Layout, _ frequency: [Int?]) -> Bool {
        lines.allSatisfy { layout.isBlank[$0] || frequency[$0] != nil }
    }

    /// `1,000`.
    static func grouped(_ number: Int) -> String { HTMLReporter.grouped(number) }
}
