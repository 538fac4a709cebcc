/// Text an intact copy of the passage in the same document still has.
///
/// Lint: the summary block repeats the opening as `按照市委《关于…` where the body reads
/// `按照《关于…`: the body lost `市委`.
/// Format: inserts what the copy has.
public struct MissingFromCopyRule: Rule {
    public static let description = RuleDescription(
        id: "stripped-term.missing-from-copy",
        category: .strippedTerm,
        summary: "Words the document's own intact copy of the passage still has",
        rationale: """
            Scraped pages often carry a second copy of the opening (a `内容摘要` or abstract
            block) that the site's keyword filter did not touch. Aligned with the body character
            by character (blanks skipped, ASCII and full-width marks equal), the text the copy
            has where the body has nothing, between stretches of at least four agreeing
            characters, is what the filter deleted. It also tells which terms this source deletes,
            which then rank the candidates for the document's other gaps.
            """,
        fixSafety: "Safe: the document itself shows the missing text.",
        severity: .warning,
        fixability: .safe,
        nonTriggeringExamples: [
            Example("某局工作总结\n\n按照市委的要求,今天我们召开局党委上半年工作总结会,总结上半年工作开展情况。\n"),
        ],
        triggeringExamples: [
            Example(StrippedExamples.echoed(body: "按⟦照《⟧关于加强工作的意见》的要求,今天我们在这里召开⟦局上⟧半年工作总结会"), prefixable: false),
        ],
        corrections: [
            Correction(StrippedExamples.echoed(body: "按照《关于加强工作的意见》的要求,今天我们在这里召开局上半年工作总结会"),
                       StrippedExamples.echoed(body: "按照市委《关于加强工作的意见》的要求,今天我们在这里召开局党委上半年工作总结会"),
                       prefixable: false),
        ]
    )

    public init() {}

    public func check(_ document: Document, _ context: RuleContext) -> [Finding] {
        context.shared(StrippedScan.self, document).gaps(.copy).map { gap in
            finding("the document's intact copy has \u{201C}\(gap.candidates.first ?? "")\u{201D} here", gap.span,
                    fix: gap.fix(), suggestions: gap.suggestions)
        }
    }
}
