/// Brackets, quotes, numbering or a price emptied by a filter.
///
/// Lint: `杭政办函〔〕75号`, `《》`, `“”`, `（）`, `第章`, `共页`, `定价: 元`, `、、`, `。，如果`.
/// Format: none unless a strip lexicon or an intact copy says what was there.
public struct EmptySlotRule: Rule {
    public static let description = RuleDescription(
        id: "stripped-term.empty-slot",
        category: .strippedTerm,
        summary: "Brackets, quotes, numbering or a price with nothing in them, or a clause that opens with a comma",
        rationale: """
            Filters that delete names, numbers and units leave their frame behind: a document
            number without its year (`〔〕75号`), a title mark with no title (`《》`), a chapter
            without its number (`第章`), a price without the amount (`定价: 元`), an empty item
            in a list (`、、`), a sentence or paragraph that lost its first word and opens
            with a comma (`。，如果`). Well-formed text never has them.
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
            Example("\u{9017}\u{53F7}\u{5199}\u{4F5C}\u{201C}\u{FF0C}\u{201D}\u{3002}\u{FF08}\u{6CE8}\u{FF09}\u{3002}\n\n\u{FF0C}\u{3002}\u{FF1F}"),
            Example("\u{7406}\u{8BBA} > \u{6B63}\u{6587}\n\n\u{FF0C}\u{7279}\u{522B}\u{662F}\u{5728}\u{57FA}\u{5C42}\u{6CBB}\u{7406}\u{65B9}\u{9762}\u{3002}"),
            // A quotation's full stop before the comma, and an ASCII comma after a full stop.
            Example("\u{201C}\u{5B8C}\u{6210}\u{4E86}\u{3002}\u{201D}\u{FF0C}\u{4ED6}\u{8BF4}\u{3002}"),
            Example("\u{4ED6}\u{8D70}\u{4E86}\u{3002},\u{5982}\u{679C}\u{660E}\u{5929}\u{4E0B}\u{96E8}\u{3002}"),
        ],
        triggeringExamples: [
            Example("杭政办函⟦〔〕⟧75号。"),
            Example("…授课教案⟦第章⟧暴力求解法。⟦定价: 元⟧。"),
            Example("学习⟦《》⟧的精神,抓好⟦“”⟧工程。"),
            Example("\u{5B89}\u{88C5}\u{5B8C}\u{6BD5}\u{27E6}\u{3002}\u{FF0C}\u{27E7}\u{5982}\u{679C}\u{60A8}\u{60F3}\u{8981}\u{6784}\u{5EFA}\u{8F6F}\u{4EF6}\u{5305}\u{3002}"),
            Example("\u{5B89}\u{88C5}\u{5B8C}\u{6BD5}\u{3002}\n\n\u{27E6}\u{FF0C}\u{27E7}\u{5982}\u{679C}\u{60A8}\u{60F3}\u{8981}\u{6784}\u{5EFA}\u{8F6F}\u{4EF6}\u{5305}\u{3002}"),
            Example("\u{6784}\u{5EFA}\u{8F6F}\u{4EF6}\u{5305}\u{27E6}\u{FF08}\u{FF0C}\u{27E7}\u{4F8B}\u{5982}\u{5185}\u{6838}\u{6A21}\u{5757}\u{FF09}\u{9700}\u{8981}\u{7F16}\u{8BD1}\u{5668}\u{3002}"),
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
