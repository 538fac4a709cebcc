/// Renders `check` reports as files are checked, so a large folder is never held in memory:
/// every format is written file by file (the JSON report too: its frame is printed around
/// the files). Each file's share is rendered by `piece(_:)`, a pure function that may run
/// on any thread; `add` and `finish` put the pieces in order. The output is exactly what
/// the format's reporter renders for all the reports at once (a test holds them together).
public struct ReportStream: Sendable {
    /// One file's share of the output, and its findings for the summary.
    public struct Piece: Sendable {
        /// Text to write for the file (for JSON, the file's object, indented to its place).
        let text: String
        /// The report without its document (the summary needs only the findings).
        let summary: FileReport
        /// Size of the document's text in bytes (for progress and speed).
        public let bytes: Int

        /// The file's findings.
        public var findings: [Finding] { summary.findings }
    }

    /// The format being written.
    public let format: ReportFormat
    private let color: Bool
    private var summary = ReportSummary()
    /// Files with findings, for the HTML page's table.
    private var rows: [HTMLReporter.Row] = []
    /// Whether the part before the first file has been written.
    private var started = false
    private static let empty = Document(text: "")
    /// A member no report contains; JSON frames are rendered around it.
    private static let placeholder = JSONValue.object([("\u{0}textmend-items", .null)])

    /// Starts a report.
    public init(format: ReportFormat, color: Bool) {
        self.format = format
        self.color = color
    }

    /// Renders one file's share (pure, thread-safe); with `render` false only the findings
    /// are kept (for `--statistics`).
    public static func piece(_ report: FileReport, format: ReportFormat, color: Bool, render: Bool = true) -> Piece {
        let text: String
        switch format {
        case _ where !render:
            text = ""
        case .text:
            let reporter = TextReporter(color: color)
            text = report.findings.map { reporter.block($0, report) + "\n" }.joined()
        case .json:
            text = ReportJSON.file(report).pretty(level: jsonFrame.indent.count / 2)
        case .jsonl:
            text = JSONLinesReporter().render([report])
        case .sarif:
            text = SARIFReporter.results(report).map { $0.pretty(level: sarifFrame.indent.count / 2) }
                .joined(separator: ",\n" + sarifFrame.indent)
        case .html:
            text = HTMLReporter.section(report)
        }
        return Piece(text: text, summary: FileReport(path: report.path, document: empty, findings: report.findings),
                     bytes: report.document.bytes.count)
    }

    /// Takes one file's report; returns what can be written now.
    public mutating func add(_ report: FileReport) -> String {
        add(Self.piece(report, format: format, color: color))
    }

    /// Takes one file's piece; returns what can be written now.
    public mutating func add(_ piece: Piece) -> String {
        summary.add(piece.findings)
        switch format {
        case .text, .jsonl:
            return piece.text
        case .json, .sarif:
            // Files without results add nothing to SARIF's flat list.
            if format == .sarif && piece.text.isEmpty { return "" }
            let frame = format == .json ? Self.jsonFrame : Self.sarifFrame
            defer { started = true }
            return (started ? ",\n" + frame.indent : frame.before) + piece.text
        case .html:
            if let row = HTMLReporter.Row(piece.summary.path, piece.findings) { rows.append(row) }
            defer { started = true }
            return (started ? "" : HTMLReporter.head) + piece.text
        }
    }

    /// What is written after the last file (the summary, or the end of the report).
    public func finish() -> String {
        switch format {
        case .text:
            TextReporter(color: color).summary(summary) + "\n"
        case .json:
            started ? Self.jsonFrame.after(summary) : JSONReporter().render([])
        case .jsonl:
            ""
        case .sarif:
            started ? Self.sarifFrame.after(summary) : SARIFReporter().render([])
        case .html:
            (started ? "" : HTMLReporter.head) + HTMLReporter.tail(rows, summary)
        }
    }

    /// Findings so far.
    public var findingCount: Int { summary.findings }

    /// A report split at the place of its list of items, so items can be written between.
    struct Frame: Sendable {
        /// Up to the first item.
        var before: String
        /// The indentation of an item.
        var indent: String
        /// After the last item, given the counts.
        var after: @Sendable (ReportSummary) -> String
    }

    /// The JSON report (as `JSONReporter` writes it) around its files.
    static let jsonFrame = frame { items, summary in
        .object([("version", .string(ReportJSON.version)), ("files", .array(items)), ("summary", ReportJSON.summary(summary))])
    }

    /// The SARIF log (as `SARIFReporter` writes it) around its results.
    static let sarifFrame = frame { items, summary in SARIFReporter.log(results: items, summary: summary) }

    private static func frame(_ whole: @escaping @Sendable ([JSONValue], ReportSummary) -> JSONValue) -> Frame {
        @Sendable func split(_ summary: ReportSummary) -> (String, String) {
            let text = whole([placeholder], summary).pretty + "\n"
            let mark = text.range(of: placeholder.pretty)!
            return (String(text[..<mark.lowerBound]), String(text[mark.upperBound...]))
        }
        let before = split(ReportSummary()).0
        let indent = String(before.reversed().prefix { $0 == " " })
        return Frame(before: before, indent: indent, after: { split($0).1 })
    }
}
