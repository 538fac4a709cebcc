/// A placeholder a masking filter wrote over a term.
///
/// Lint: `全面从严治X`, `中央ZZ局`, `XX同志`, `××同志`, `201*年`: Latin X/ZZ runs, ×, ╳, ＊ or □
/// between Han characters, and masked year digits. `X光`, `X5`, `XL` are real. Beside a blank or
/// a Latin word (`学习 X章`), such a mask counts when the document masks the same way clearly.
/// Format: replaces it with the mapped term (`[strip] placeholders`, the `xz-masking`
/// profile): safe when the term makes a dictionary word with its neighbour.
public struct PlaceholderRule: Rule {
    public static let description = RuleDescription(
        id: "stripped-term.placeholder",
        category: .strippedTerm,
        summary: "Placeholder letters or symbols standing in for a masked term",
        rationale: """
            Some sites mask sensitive terms instead of deleting them: 党 becomes X and 政治
            becomes ZZ (`全面从严治X`, `中央ZZ局`), names become `XX` or `××`, years `201*`. A
            Latin X or ZZ between Han characters is not Chinese; real uses sit next to Latin
            letters or digits (`X5`, `XL`) or form known words (`X光`, `X射线`), and are left alone.
            A mask beside a blank or a Latin word (`Debian X划`, `基X Debian`, `(××,`) is
            reported only when the document shows the same placeholder clearly: three clear X, or
            for a longer mask (`××`, `ZZ`), which real text seldom writes, one clear and three in
            all. A masking site masks a term everywhere. `X Window` (blanks on both sides) and
            `X系列` stay real. Masked numbers and names are reported only: they cannot be recovered.
            """,
        fixSafety: """
            Safe when a configured or profile mapping (`X = "党"`) gives a term that forms a
            dictionary word with a neighbour (`治X` → `治党`); suggested when it does not; without
            a mapping, characters that complete common words are listed as suggestions.
            """,
        severity: .warning,
        fixability: .sometimes,
        nonTriggeringExamples: [
            Example("拍X光片,型号X5,尺码XL,X射线。"),
            Example("Debian 的 X 窗口系统和 Xorg 服务器,通用X 服务。"),
            Example("3×4=12,x 是变量。"),
            // Shapes a mask takes beside blanks, Latin words or 系, with no clear mask to vouch for them.
            Example("宝马X系车型和X系列,运行 X程序,通用X 服务;每行写 XX:YY,(XXX)待定,推荐××Debian。"),
            Example("libfooX,X 为整数。\n\nZZ,Top 是乐队名。"),
        ],
        triggeringExamples: [
            Example("全面从严治⟦X⟧,中央⟦ZZ⟧局,⟦XX⟧同志讲话。"),
            Example("⟦××⟧同志在⟦201*⟧年度会议上讲话。"),
            // Three clear X vouch for the doubtful ones; the real X stay real.
            Example("全面从严治⟦X⟧,加强⟦X⟧的建设,⟦X⟧员干部要带头,学习 ⟦X⟧章,落实⟦X⟧ 中央的部署,⟦X⟧系统另行通知。\n机关的 X 窗口系统、X光机、X射线仪和X系列电脑照常使用。"),
            // One clear ZZ and three in all: a longer mask, which real text seldom writes, counts.
            Example("⟦ZZ⟧建设要加强。\n\n⟦ZZ⟧,还要讲规矩(⟦ZZ⟧)。"),
            Example("会议由⟦××⟧同志主持,⟦××⟧同志和⟦××⟧同志出席(⟦××⟧,记录),3×4 的表格。\n\n⟦××⟧,副市长。"),
        ],
        corrections: [
            Correction("全面从严治X,加强X的建设。", "全面从严治党,加强党的建设。", unsafe: true, options: StrippedExamples.masking),
            Correction("坚持全面从严治X。", "坚持全面从严治党。", options: StrippedExamples.masking),
        ]
    )

    public init() {}

    public func check(_ document: Document, _ context: RuleContext) -> [Finding] {
        context.shared(StrippedScan.self, document).gaps(.placeholder).map { gap in
            finding("\u{201C}\(gap.label)\u{201D} stands in for a masked term\(gap.fitsClause)", gap.span,
                    fix: gap.fix(), suggestions: gap.suggestions)
        }
    }
}
