/// The contract's JSON report, pretty-printed with two-space indents.
public struct JSONReporter: Reporter {
    /// Makes the reporter.
    public init() {}

    public func render(_ reports: [FileReport]) -> String {
        JSONValue.object([
            ("version", .string(ReportJSON.version)),
            ("files", .array(reports.map(ReportJSON.file))),
            ("summary", ReportJSON.summary(reports)),
        ]).pretty + "\n"
    }
}
