/// A word removed from a Latin-script sentence, leaving its spaces behind.
///
/// Lint: `see  for details` (two spaces between lower-case words), `the CEO , said` (a space
/// before a comma), `( )`, in lines of running prose.
/// Format: with Latin-script strip terms, suggests inserting the first (all are listed).
public struct LatinGapRule: Rule {
    public static let description = RuleDescription(
        id: "stripped-term.latin-gap",
        category: .strippedTerm,
        summary: "Double space or space before a comma where a word was removed",
        rationale: """
            An English filter that deletes a name or a word leaves the spaces on both sides:
            `see  for details`, `the  of`, `the CEO , said`, `( )`. Common cleaners collapse the
            double space and destroy the evidence. Only lines of running prose are checked (at
            least eight words, mostly letters, not indented, few other double spaces), since
            columns, code and two spaces after a full stop are normal.
            """,
        fixSafety: "Suggested only, when the strip lexicon has Latin-script terms: the first is inserted, all are listed as suggestions.",
        severity: .warning,
        fixability: .suggested,
        nonTriggeringExamples: [
            Example("See the manual for details. Two spaces after a full stop.  Like this one here."),
            Example("    indented  code  block  with  columns  that  are  aligned  on  purpose"),
            Example("A list, with commas, and a parenthesis (like this) in running prose text."),
        ],
        triggeringExamples: [
            Example("Notes\nFor more information about the package, se⟦e  f⟧or details in the manual."),
            Example("Notes\nThe company said its chief executive officer, the CE⟦O ,⟧ said the plan was sound."),
        ],
        corrections: [
            Correction("Notes\nFor more information about the package, see  for details in the manual.",
                       "Notes\nFor more information about the package, see the Debian FAQ for details in the manual.", unsafe: true,
                       options: { var o = RuleOptions(); o.stripTerms = ["the Debian FAQ"]; return o }()),
        ]
    )

    public init() {}

    public func check(_ document: Document, _ context: RuleContext) -> [Finding] {
        context.shared(StrippedScan.self, document).gaps(.latinGap).map { gap in
            finding("\(gap.label) inside a sentence: a word was removed\(gap.fitsClause)", gap.span,
                    fix: gap.fix(), suggestions: gap.suggestions)
        }
    }
}
