/// A character left standing alone where a filter cut the word it belonged to.
///
/// Lint: `组织员干部` (党员), `开展理论学。` (学习): a character the lexicon rarely sees alone,
/// with document-level evidence that its partner was deleted, or next to a place where a
/// term the source deletes makes a word again.
/// Format: inserts the term when one clearly wins; otherwise suggests the candidates.
public struct OrphanMorphemeRule: Rule {
    public static let description = RuleDescription(
        id: "stripped-term.orphan-morpheme",
        category: .strippedTerm,
        summary: "Character left alone where a word was cut",
        rationale: """
            Keyword filters delete terms everywhere, also inside longer words: 党员干部 becomes
            员干部, 学习 becomes 学. The character left over almost never stands alone in
            well-formed Chinese (jieba's dictionary, built into textmend, says how often each
            character does). One such character proves little, since names and technical terms
            the lexicon lacks leave some too, so without configured terms the rule reports an
            orphan only when the document shows that its partner was removed: a character
            that never occurs in the body would join orphans of several different characters
            into words and clearly repairs three places or more (the filter's character,
            learned from the document); or a very bound character is orphaned in most of its
            occurrences, in five or more contexts, one of its usual partners never occurs in
            the body (学 for 学习), and the document shows other traces of a filter (a
            collision, an empty slot): alone, such a character may have a sense the lexicon
            does not know (域 for a network domain). With a
            strip lexicon (`[strip] terms`, a profile, or terms learned from an intact summary),
            each place where inserting a term makes the text more word-like is checked.
            """,
        fixSafety: """
            Safe only when the restoration comes from an intact copy of the passage in the same
            document, or when one term wins clearly and forms a dictionary word; otherwise a
            suggested fix with the ranked candidates as suggestions.
            """,
        severity: .warning,
        fixability: .sometimes,
        nonTriggeringExamples: [
            Example("组织党员干部深入学习党的基本理论。", options: StrippedExamples.party),
            Example("我们在这里召开交通运输局上半年工作总结会,学习会议精神。"),
            Example("This line is English prose; it has no Han characters at all."),
            Example("网络评论员队伍建设,进一步加强。", options: StrippedExamples.party),
            Example(StrippedExamples.domains),
        ],
        triggeringExamples: [
            Example("会议要求,组⟦织员⟧干部深入学习。帮⟦助员⟧干部深化理解。", options: StrippedExamples.party),
            Example("认真开展理论⟦学。⟧", options: StrippedExamples.party),
        ],
        corrections: [
            Correction("会议要求,引导广大员干部铭记历史。", "会议要求,引导广大党员干部铭记历史。", options: StrippedExamples.party),
            Correction("认真开展理论学。", "认真开展理论学习。", unsafe: true, options: StrippedExamples.party),
        ]
    )

    public init() {}

    public func check(_ document: Document, _ context: RuleContext) -> [Finding] {
        context.shared(StrippedScan.self, document).gaps(.orphan).map { gap in
            // Without a strip lexicon the partner is a guess among several: name them all.
            let fits = gap.applicability == nil && gap.words.count > 1
                ? " (" + gap.words.map { "\u{201C}\($0)\u{201D}" }.joined(separator: ", ") + " would fit)" : gap.fitsClause
            return finding("\u{201C}\(gap.label)\u{201D} stands alone where a word was cut\(fits)", gap.span,
                           fix: gap.fix(), suggestions: gap.suggestions)
        }
    }
}
