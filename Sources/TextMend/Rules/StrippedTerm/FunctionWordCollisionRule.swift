/// Function words pushed together where the word between them was cut.
///
/// Lint: `在的坚强领导下`, `以为指导`, `对和上级`, `与、业务`, `(二)加强,筑牢`, `的性、`: a frame
/// from `Resources/stripped-frames.txt` that well-formed Chinese never shows.
/// Format: suggests the strip lexicon's terms that fit, best first; inserts the text an
/// intact copy in the document has there.
public struct FunctionWordCollisionRule: Rule {
    public static let description = RuleDescription(
        id: "stripped-term.function-word-collision",
        category: .strippedTerm,
        summary: "Function words that cannot stand together: the word between them was cut",
        rationale: """
            When a filter deletes the object of a preposition or the noun between two function
            words, the survivors collide: `在的坚强领导下` (在…的领导下 lost its subject),
            `坚持以为指导` (the frame 以…为指导 is empty), `对和上级`, `与、业务`, a heading that
            is only a verb (`(二)加强,筑牢思想基础`). The frames, with the contexts in which
            the same characters are correct (`存在的`, `有作为的`, `对和错`, `确保和平`), are data
            in `Resources/stripped-frames.txt`: general knowledge of Chinese grammar and of the
            formulas of official prose, not any source's term list.
            """,
        fixSafety: """
            Safe only with the text an intact copy in the same document has at that place.
            With a strip lexicon, the terms that improve the text most are suggested.
            """,
        severity: .warning,
        fixability: .sometimes,
        nonTriggeringExamples: [
            Example("现在的情况很好,存在的问题不少,所在的单位,潜在的风险。"),
            Example("\u{5728}\u{7684}\u{FF0C}\u{600E}\u{4E48}\u{4E86}\u{FF1F}\n\u{5728}\u{7684}\u{5728}\u{7684}, \u{9A6C}\u{4E0A}\u{6765}\u{3002}\n\u{5728}\u{7684}\u{5440}!"),
            Example("他是有作为的干部。对和错要分清。确保和平稳定。"),
            Example("我以为指导老师会来。所以为指导工作提供依据。"),
            Example("文化阵地建设有待加强,一些基层单位设施简陋。"),
            Example("在党的坚强领导下,坚持以人民为中心,与党建、业务同部署。"),
            Example("Function words in English: in the end, of the people."),
            Example("正是随着用户的不断参与,这些途径越来越多;目的性、针对性更强。"),
        ],
        triggeringExamples: [
            Example("今年以来,⟦在的⟧坚强领导下,坚持⟦以为⟧指导。"),
            Example("理解不够透彻,⟦对和⟧上级的部署。工作⟦与、⟧业务同部署。"),
            Example("(二)加⟦强,⟧筑牢思想基础"),
            Example("不断增强生活⟦的性⟧、时代性、原则性。"),
            Example("紧密团结在⟦以同⟧志为核心⟦的周⟧围。"),
        ],
        corrections: [
            Correction("今年以来,在的坚强领导下,工作顺利。", "今年以来,在党委的坚强领导下,工作顺利。", unsafe: true,
                       options: StrippedExamples.terms(["党委"])),
        ]
    )

    public init() {}

    public func check(_ document: Document, _ context: RuleContext) -> [Finding] {
        context.shared(StrippedScan.self, document).gaps(.collision).map { gap in
            finding("\u{201C}\(gap.label)\u{201D} cannot stand together: a word was cut between them\(gap.fitsClause)",
                    gap.span, fix: gap.fix(), suggestions: gap.suggestions)
        }
    }
}
