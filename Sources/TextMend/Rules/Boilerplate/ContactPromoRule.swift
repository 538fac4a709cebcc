/// Promotional contact lines (ghost-writing ads, hotlines, QQ, WeChat, e-mail) at the edges.
///
/// Lint: 获取全文…请联系老师, 定制代笔/代写 with a contact, 24小时咨询热线, and lines made of
/// nothing but a QQ number, WeChat id, e-mail address or phone number.
/// Format: removes the line (bare contact lines only with unsafe fixes).
public struct ContactPromoRule: EdgeBoilerplateRule {
    static let family = "contact-promo"
    static let damage = "contact or promo line"
    static let fixTitle = "remove the contact line"

    public static let description = RuleDescription(
        id: "boilerplate.contact-promo",
        category: .boilerplate,
        summary: "Promotional contact line (代写, 获取全文请联系, hotline, QQ, e-mail) at the top or bottom",
        rationale: """
            Template and ghost-writing sites close their pages with an offer and a contact
            (获取全文定制代笔此类文章,请联系老师!, 24小时咨询热线, 客服QQ). A line that sells
            something is matched outright; a line that holds only a phone number, QQ number,
            WeChat id or e-mail address is matched too, but may be a real notice's contact,
            so its removal is only suggested. Contact lines of real notices (联系人:,
            联系电话:, 如有疑问请联系我们) are left alone.
            """,
        fixSafety: edgePatternFixSafety,
        severity: .warning,
        fixability: .sometimes,
        nonTriggeringExamples: [
            Example("如有疑问,请联系我们。\n\n联系人:张三\n联系电话:0571-88888888\n\n某某局\n2023年5月12日"),
            Example("下周我们会联系老师,商量定制校服的事。\n\n家长会安排在周五下午。"),
            Example("For questions about the survey, contact the research office.\n\nThe survey closes on Friday."),
            Example("讲座结束后,同学们纷纷联系客服咨询课程。\n\n活动圆满结束。"),
            Example("本刊严禁代写代发论文\u{FF0C}一经发现严肃处理。\n\n编辑部"),
        ],
        triggeringExamples: [
            Example("正文第一段,内容完整。\n\n⟦获取全文定制代笔此类文章,请联系老师!⟧"),
            Example("工作总结范文,内容完整。\n\n⟦专业代写各类材料,微信:abc12345⟧"),
            Example("会议纪要全文到此结束。\n\n⟦24小时咨询热线:400-123-4567⟧"),
            Example("公司简介到此结束。\n\n⟦客服QQ:12345678⟧"),
            Example("The meeting ended at noon.\n\n⟦Email: editor@example.com⟧"),
        ],
        corrections: [
            Correction("正文第一段,内容完整。\n\n获取全文定制代笔此类文章,请联系老师!\n", "正文第一段,内容完整。\n"),
            Correction("公司简介到此结束。\n\n客服QQ:12345678", "公司简介到此结束。\n", unsafe: true),
            Correction("The meeting ended at noon.\n\nEmail: editor@example.com\n", "The meeting ended at noon.\n", unsafe: true),
        ]
    )

    public init() {}

    public func check(_ document: Document, _ context: RuleContext) -> [Finding] {
        edgeFindings(document, context)
    }
}
