/// A rule: a static description plus a pure check.
public protocol Rule: Sendable {
    /// Documentation and examples.
    static var description: RuleDescription { get }
    /// Makes the rule.
    init()
    /// Finds damage; never mutates anything.
    func check(_ document: Document, _ context: RuleContext) -> [Finding]
    /// How far the text a finding depends on reaches (`fix` re-checks only what an edit touched).
    static var scope: RuleScope { get }
}

/// The text a rule's findings depend on. `fix` re-runs a `.line` or `.paragraph` rule only on
/// the lines or paragraphs its edits touched (Engine/IncrementalCheck.swift), so a rule may
/// claim a narrow scope only when it holds exactly: the same lines give the same findings
/// wherever they stand in any document.
public enum RuleScope: Sendable {
    /// Anything in the document (the default).
    case document
    /// A finding lies within one line (its line break included) and the findings in a line
    /// depend only on that line's bytes.
    case line
    /// A finding lies within one paragraph (`Layout`), and the findings in a paragraph depend
    /// only on it and the paragraphs right before and after it.
    case paragraph
}

extension Rule {
    /// Rules depend on the whole document unless they say otherwise.
    public static var scope: RuleScope { .document }
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
