/// Renders `check` reports as files are checked, so a large folder is never held in memory:
/// text and JSON Lines are written file by file, the JSON report keeps only each file's
/// rendered entry. The output is exactly what the format's reporter renders for all the
/// reports at once (a test holds them together).
public struct ReportStream: Sendable {
    /// The format being written.
    public let format: ReportFormat
    private let color: Bool
    /// Reports reduced to their findings, for the summaries (documents are dropped).
    private var summaries: [FileReport] = []
    private var files: [JSONValue] = []
    private static let empty = Document(text: "")

    /// Starts a report.
    public init(format: ReportFormat, color: Bool) {
        self.format = format
        self.color = color
    }

    /// Takes one file's report; returns what can be written now.
    public mutating func add(_ report: FileReport) -> String {
        summaries.append(FileReport(path: report.path, document: Self.empty, findings: report.findings))
        switch format {
        case .text:
            let reporter = TextReporter(color: color)
            return report.findings.map { reporter.block($0, report) + "\n" }.joined()
        case .json:
            files.append(ReportJSON.file(report))
            return ""
        case .jsonl:
            return JSONLinesReporter().render([report])
        }
    }

    /// What is written after the last file (the summary, or the whole JSON report).
    public func finish() -> String {
        switch format {
        case .text:
            TextReporter(color: color).summary(ReportSummary(summaries)) + "\n"
        case .json:
            JSONValue.object([
                ("version", .string(ReportJSON.version)),
                ("files", .array(files)),
                ("summary", ReportJSON.summary(summaries)),
            ]).pretty + "\n"
        case .jsonl:
            ""
        }
    }

    /// Findings so far.
    public var findingCount: Int { summaries.reduce(0) { $0 + $1.findings.count } }
}
