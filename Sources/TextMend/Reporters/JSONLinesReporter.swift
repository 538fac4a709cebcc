/// JSON Lines: one compact object per finding, `{"path": …}` followed by the finding's fields.
public struct JSONLinesReporter: Reporter {
    /// Makes the reporter.
    public init() {}

    public func render(_ reports: [FileReport]) -> String {
        var output = ""
        for report in reports {
            for finding in report.findings {
                let members = [("path", JSONValue.string(report.path))]
                    + ReportJSON.findingMembers(finding, in: report.document)
                output += JSONValue.object(members).compact + "\n"
            }
        }
        return output
    }
}
