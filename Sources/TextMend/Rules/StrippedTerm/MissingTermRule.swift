/// A place where a term the source is known to delete fits back in.
///
/// Lint: with a strip lexicon, each place where inserting one of its terms makes the text
/// clearly more word-like under the lexicon (`评议员` → `评议党员`).
/// Format: inserts the term when one clearly wins; otherwise suggests the candidates.
public struct MissingTermRule: Rule {
    public static let description = RuleDescription(
        id: "stripped-term.missing-term",
        category: .strippedTerm,
        summary: "A term the source deletes fits here",
        rationale: """
            With terms known to be deleted by a source (`[strip] terms`, `--strip-terms`, a
            built-in profile, or terms an intact summary shows deleted), every place in the body
            where inserting one forms a word with its neighbours is scored with the lexicon:
            how much more word-like the text becomes, less the cost of assuming a deletion.
            Terms that occur anywhere in the body's sentences are not deleted by this source and
            are not tried, so a profile does no harm on text it does not fit. Without terms, a
            character the document never uses but whose absence orphans several different
            characters is tried the same way, and kept when it clearly repairs three places.
            """,
        fixSafety: "Safe when one term wins by a wide margin; otherwise suggested, with the ranked candidates.",
        severity: .warning,
        fixability: .sometimes,
        nonTriggeringExamples: [
            Example("坚持全面从严治党,加强党的建设,学习贯彻会议精神。", options: StrippedExamples.party),
            Example("系统会自动安装软件包,用户和组名称不变。", options: StrippedExamples.party),
            // One phrase repeated is one place, however often it recurs.
            Example("这一类的录是索引。那一类的录是索引。第三类的录是索引。第四类的录是索引。", options: StrippedExamples.terms(["子目"])),
            // A long word (环境变量) completed in three places only.
            Example("程序由量确定。这些量通常会被自动设置。每个量确定了语言。", options: StrippedExamples.terms(["环境变"])),
        ],
        triggeringExamples: [
            Example("坚持从严⟦治,⟧加⟦强风⟧廉政建设。", options: StrippedExamples.party),
            // 子目录 cut in four places told apart by the characters next out (的|录是, 的|录存).
            Example("有三种类型⟦的录⟧是包含索引的。最后一类重要⟦的录⟧存放了安装文件,它所处⟦的录⟧树也很大。某某⟦某录⟧,都有说明。",
                    options: StrippedExamples.terms(["子目"])),
            // 环境变量 cut in four places: a long word, though the lexicon prices it as rare.
            Example("程序⟦由量⟧确定。这⟦些量⟧通常会被自动设置。每⟦个量⟧确定了语言。设⟦置量⟧通常很简单。", options: StrippedExamples.terms(["环境变"])),
        ],
        corrections: [
            Correction("坚持从严治,加强作风建设。", "坚持从严治党,加强作风建设。", options: StrippedExamples.party),
            Correction("加强风廉政建设。", "加强党风廉政建设。", options: StrippedExamples.party),
        ]
    )

    public init() {}

    public func check(_ document: Document, _ context: RuleContext) -> [Finding] {
        context.shared(StrippedScan.self, document).gaps(.missingTerm).map { gap in
            finding("a term this source deletes fits between \u{201C}\(gap.label)\u{201D}\(gap.fitsClause)", gap.span,
                    fix: gap.fix(), suggestions: gap.suggestions)
        }
    }
}
