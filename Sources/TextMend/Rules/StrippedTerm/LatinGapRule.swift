/// A word removed from a Latin-script sentence, leaving its spaces behind.
///
/// Lint: `see  for details` (two spaces between lower-case words), `the CEO , said`, `the .`
/// (a space before a comma, full stop or closing parenthesis), `( )`, in lines of running prose.
/// Format: with Latin-script strip terms, suggests the one that fits best between the
/// neighbouring words under the English model (all are listed, best first).
public struct LatinGapRule: Rule {
    public static let description = RuleDescription(
        id: "stripped-term.latin-gap",
        category: .strippedTerm,
        summary: "Double space or space before a mark where a word was removed",
        rationale: """
            An English filter that deletes a name or a word leaves the spaces on both sides:
            `see  for details`, `the  of`, `the CEO , said`, `the .`, `( )`. Common cleaners
            collapse the double space and destroy the evidence. Only lines of running prose are
            checked (at least eight words, mostly letters, not indented, few other double
            spaces), since columns, code and two spaces after a full stop are normal.
            """,
        fixSafety: "Suggested only, when the strip lexicon has Latin-script terms: the one that fits best between the neighbouring words (an English word-pair model) is inserted, all are listed as suggestions.",
        severity: .warning,
        fixability: .suggested,
        nonTriggeringExamples: [
            Example("See the manual for details. Two spaces after a full stop.  Like this one here."),
            Example("    indented  code  block  with  columns  that  are  aligned  on  purpose"),
            Example("A list, with commas, and a parenthesis (like this) in running prose text."),
            Example("An ellipsis at the end of the sentence . . . and a file name like .bashrc stay as they are."),
            Example("Citation: J. Goh. Technical Memorandum. University of California. Berkeley, CA 94720 (1990)."),
        ],
        triggeringExamples: [
            Example("Notes\nFor more information about the package, se⟦e  f⟧or details in the manual."),
            Example("Notes\nThe company said its chief executive officer, the CE⟦O ,⟧ said the plan was sound."),
            Example("Notes\nThe build scripts of the package are kept in the debia⟦n .⟧ Take a look at them first."),
            Example("Notes\nIt ships with many tools⟦, ,⟧ and other resources that help you maintain the system."),
            Example("Notes\nArchive the contents of the folder \"source⟦\"  d⟧ifferent tools are described below."),
        ],
        corrections: [
            Correction("Notes\nFor more information about the package, see  for details in the manual.",
                       "Notes\nFor more information about the package, see the Debian FAQ for details in the manual.", unsafe: true,
                       options: { var o = RuleOptions(); o.stripTerms = ["the Debian FAQ"]; return o }()),
            Correction("Notes\nThe build scripts of the package are kept in the debian . Take a look at the  first.",
                       "Notes\nThe build scripts of the package are kept in the debian directory. Take a look at the directory first.", unsafe: true,
                       options: { var o = RuleOptions(); o.stripTerms = ["success", "directory"]; return o }()),
            Correction("Notes\nThe company said its chief executive officer, the CEO , said the plan was sound.",
                       "Notes\nThe company said its chief executive officer, the CEO Smith, said the plan was sound.", unsafe: true,
                       options: { var o = RuleOptions(); o.stripTerms = ["Smith"]; return o }()),
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
