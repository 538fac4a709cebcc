/// Brackets, quotes, numbering or a price emptied by a filter.
///
/// Lint: `杭政办函〔〕75号`, `《》`, `“”`, `（）`, `第章`, `共页`, `定价: 元`, `、、`.
/// Format: none unless a strip lexicon or an intact copy says what was there.
public struct EmptySlotRule: Rule {
    public static let description = RuleDescription(
        id: "stripped-term.empty-slot",
        category: .strippedTerm,
        summary: "Brackets, quotes, numbering or a price with nothing in them",
        rationale: """
            Filters that delete names, numbers and units leave their frame behind: a document
            number without its year (`〔〕75号`), a title mark with no title (`《》`), a chapter
            without its number (`第章`), a price without the amount (`定价: 元`), an empty item
            in a list (`、、`). Well-formed text never has them.
            """,
        fixSafety: "No fix in general: names and numbers cannot be guessed. With a strip lexicon, terms that fit are suggested.",
        severity: .warning,
        fixability: .sometimes,
        nonTriggeringExamples: [
            Example("杭政办函〔2021〕75号,《关于进一步加强工作的意见》。"),
            Example("第三章 总则。共5页。定价:25元。单位:元。"),
            Example("Call foo() and bar(x) from code; the array [] is empty."),
            Example("SQL functions:\n    now ( ) \u{2192} timestamp\n    random ( ) \u{2192} double precision"),
            Example(". ^ $ * + ? { } [ ] \\ | ( )"),
        ],
        triggeringExamples: [
            Example("杭政办函⟦〔〕⟧75号。"),
            Example("…授课教案⟦第章⟧暴力求解法。⟦定价: 元⟧。"),
            Example("学习⟦《》⟧的精神,抓好⟦“”⟧工程。"),
        ],
        corrections: [
            Correction("认真学习《》的精神。", "认真学习《党章》的精神。", unsafe: true,
                       options: StrippedExamples.terms(["党章"])),
        ]
    )

    public init() {}

    public func check(_ document: Document, _ context: RuleContext) -> [Finding] {
        context.shared(StrippedScan.self, document).gaps(.emptySlot).map { gap in
            finding("empty \u{201C}\(gap.label)\u{201D}: what it held was removed\(gap.fitsClause)", gap.span,
                    fix: gap.fix(), suggestions: gap.suggestions)
        }
    }
}
