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

        /// The file's findings.
        public var findings: [Finding] { summary.findings }
    }

    /// The format being written.
    public let format: ReportFormat
    private let color: Bool
    private var summaries: [FileReport] = []
    private static let empty = Document(text: "")
    /// A member no report contains; the JSON frame is rendered around it.
    private static let placeholder = JSONValue.object([("\u{0}textmend-files", .null)])
    private static let fileIndent = "    "

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
            text = ReportJSON.file(report).pretty.replacing("\n", with: "\n" + fileIndent)
        case .jsonl:
            text = JSONLinesReporter().render([report])
        }
        return Piece(text: text, summary: FileReport(path: report.path, document: empty, findings: report.findings))
    }

    /// Takes one file's report; returns what can be written now.
    public mutating func add(_ report: FileReport) -> String {
        add(Self.piece(report, format: format, color: color))
    }

    /// Takes one file's piece; returns what can be written now.
    public mutating func add(_ piece: Piece) -> String {
        summaries.append(piece.summary)
        guard format == .json else { return piece.text }
        if summaries.count > 1 { return ",\n" + Self.fileIndent + piece.text }
        return Self.jsonFrame(files: [Self.placeholder], summaries: []).before + piece.text
    }

    /// What is written after the last file (the summary, or the end of the JSON report).
    public func finish() -> String {
        switch format {
        case .text:
            TextReporter(color: color).summary(ReportSummary(summaries)) + "\n"
        case .json:
            summaries.isEmpty ? Self.jsonFrame(files: [], summaries: []).before
                : Self.jsonFrame(files: [Self.placeholder], summaries: summaries).after
        case .jsonl:
            ""
        }
    }

    /// Findings so far.
    public var findingCount: Int { summaries.reduce(0) { $0 + $1.findings.count } }

    /// The JSON report (as `JSONReporter` writes it) split at the placeholder file.
    private static func jsonFrame(files: [JSONValue], summaries: [FileReport]) -> (before: String, after: String) {
        let whole = JSONValue.object([
            ("version", .string(ReportJSON.version)),
            ("files", .array(files)),
            ("summary", ReportJSON.summary(summaries)),
        ]).pretty + "\n"
        guard !files.isEmpty, let mark = whole.range(of: placeholder.pretty) else { return (whole, "") }
        return (String(whole[..<mark.lowerBound]), String(whole[mark.upperBound...]))
    }
}
