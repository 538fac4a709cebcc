/// A rule: a static description plus a pure check.
public protocol Rule: Sendable {
    /// Documentation and examples.
    static var description: RuleDescription { get }
    /// Makes the rule.
    init()
    /// Finds damage; never mutates anything.
    func check(_ document: Document, _ context: RuleContext) -> [Finding]
}

extension Rule {
    /// The rule's id.
    public static var id: String { description.id }

    /// A finding of this rule with its default severity (the linter applies configuration).
    public func finding(_ message: String, _ range: Range<Int>, fix: Fix? = nil,
                        suggestions: [String] = []) -> Finding {
        Finding(ruleID: Self.description.id, category: Self.description.category,
                severity: Self.description.severity, message: message, range: range,
                fix: fix, suggestions: suggestions)
    }
}
