/// Runs a set of rules over documents.
public struct Linter: Sendable {
    /// The rules that run, in registry order.
    public let rules: [any Rule]
    /// Severity overrides by rule id.
    public let severities: [String: Severity]
    /// Options handed to rules.
    public let options: RuleOptions

    /// Makes a linter.
    public init(rules: [any Rule], severities: [String: Severity] = [:], options: RuleOptions = RuleOptions()) {
        self.rules = rules
        self.severities = severities
        self.options = options
    }

    /// Every finding in the document, in document order.
    public func check(_ document: Document) -> [Finding] {
        let context = RuleContext(options: options)
        var findings: [Finding] = []
        for rule in rules {
            for var finding in rule.check(document, context) {
                if let severity = severities[finding.ruleID] { finding.severity = severity }
                findings.append(finding)
            }
        }
        return findings.sorted {
            ($0.range.lowerBound, $0.range.upperBound, $0.ruleID) < ($1.range.lowerBound, $1.range.upperBound, $1.ruleID)
        }
    }
}
