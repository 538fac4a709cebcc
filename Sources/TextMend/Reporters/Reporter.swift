/// The findings of one checked file, with the document they point into.
public struct FileReport: Sendable {
    /// The path as given or relative to where the walk started; `-` for standard input.
    public var path: String
    /// The decoded document (findings hold byte ranges into it).
    public var document: Document
    /// The findings, in document order.
    public var findings: [Finding]

    /// Makes a report.
    public init(path: String, document: Document, findings: [Finding]) {
        self.path = path
        self.document = document
        self.findings = findings
    }
}

/// Renders reports in one output format; a pure function from reports to text.
public protocol Reporter: Sendable {
    /// The whole output for these reports.
    func render(_ reports: [FileReport]) -> String
}

/// The formats of `check --format`.
public enum ReportFormat: String, CaseIterable, Sendable {
    /// For people: locations, marked excerpts, fixes, a summary.
    case text
    /// One JSON document (the contract's report).
    case json
    /// One JSON object per finding, one per line.
    case jsonl
    /// SARIF 2.1.0, for code hosts and editors.
    case sarif
    /// One self-contained web page: damaged passages beside their repairs, totals.
    case html
}

/// The reporter for a format; `color` applies to the text format only.
public func makeReporter(_ format: ReportFormat, color: Bool) -> any Reporter {
    switch format {
    case .text: TextReporter(color: color)
    case .json: JSONReporter()
    case .jsonl: JSONLinesReporter()
    case .sarif: SARIFReporter()
    case .html: HTMLReporter()
    }
}

/// Counts shared by the summaries of every format (kept as counts, so a streamed report of
/// any size holds no findings).
struct ReportSummary: Sendable {
    /// Files reported.
    var files = 0
    /// Files with at least one finding.
    var filesWithFindings = 0
    /// All findings.
    var findings = 0
    /// Findings `textmend fix` repairs (a safe fix).
    var fixable = 0
    /// Findings repaired only with `--unsafe-fixes` (a suggested fix).
    var suggested = 0
    /// Findings per category.
    var byCategory: [Category: Int] = [:]

    /// No files yet.
    init() {}

    init(_ reports: [FileReport]) {
        for report in reports { add(report.findings) }
    }

    /// Counts one file's findings.
    mutating func add(_ fileFindings: [Finding]) {
        files += 1
        if !fileFindings.isEmpty { filesWithFindings += 1 }
        findings += fileFindings.count
        for finding in fileFindings {
            byCategory[finding.category, default: 0] += 1
            switch finding.fix?.applicability {
            case .safe?: fixable += 1
            case .suggested?: suggested += 1
            case nil: break
            }
        }
    }
}
