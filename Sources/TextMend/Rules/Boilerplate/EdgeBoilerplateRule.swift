/// A boilerplate rule that reports the `EdgeBoilerplate` blocks of one pattern family.
protocol EdgeBoilerplateRule: Rule {
    /// The family: a section of `boilerplate-patterns.txt`, and the rule id's second part.
    static var family: String { get }
    /// What the damage is called in messages ("preview notice").
    static var damage: String { get }
    /// What the fix does ("remove the preview notice").
    static var fixTitle: String { get }
}

extension EdgeBoilerplateRule {
    /// One finding per block of the family: the span, and its removal as the fix.
    func edgeFindings(_ document: Document, _ context: RuleContext) -> [Finding] {
        context.shared(EdgeBoilerplate.self, document).blocks(of: Self.family).map { block in
            finding("\(Self.damage) \(block.edge == .top ? "before" : "after") the text", block.span,
                    fix: Fix(block.applicability, Self.fixTitle, [Edit(block.removal, "")]))
        }
    }
}

/// The fix-safety paragraph every pattern-family rule shares.
let edgePatternFixSafety = """
    Safe for the patterns marked `safe` in boilerplate-patterns.txt: they only match at the
    document's top or bottom edge, on short lines or on long lines that open with the
    notice. Patterns marked `suggested` (bare contact lines, generic separators) need
    `--unsafe-fixes`. The removal takes the blank lines on the side away from the text, so
    no double gap is left behind.
    """
