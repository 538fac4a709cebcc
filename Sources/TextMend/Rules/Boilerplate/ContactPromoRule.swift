/// Promotional contact lines (ghost-writing ads, hotlines, QQ, WeChat, e-mail) at the edges.
///
/// Lint: 获取全文…请联系老师, 定制代笔/代写 with a contact, 24小时咨询热线, To receive the
/// full report, contact us at …, lines of contact fields with 客服 (客服QQ:… 微信号:…), and
/// lines made of nothing but a QQ number, WeChat id, e-mail address or phone number.
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
            (获取全文定制代笔此类文章,请联系老师!, 24小时咨询热线, 客服QQ; in English, To
            receive the full report, contact us at … or call …). A line that sells something
            is matched outright, and so is a line made of two or more contact fields when one
            is the site's customer service (客服QQ:10000  微信号:wx_000000  邮箱:…). A line that
            holds only a phone number, QQ number, WeChat id or e-mail address, or several
            fields with a QQ or WeChat one, is matched too, but may be a real notice's contact,
            so its removal is only suggested. Contact lines of real notices (联系人:,
            联系电话:… 电子邮箱:…, 如有疑问请联系我们, contact the clerk's office) are left
            alone.
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
            Example("特此通知。\n\n联系电话:0571-88888888  电子邮箱:fangxun@example.gov.cn\n\n某某市人民政府办公厅"),
            Example("The council met on Monday.\n\nTo receive the full report, contact the city clerk's office."),
        ],
        triggeringExamples: [
            Example("正文第一段,内容完整。\n\n⟦获取全文定制代笔此类文章,请联系老师!⟧"),
            Example("工作总结范文,内容完整。\n\n⟦专业代写各类材料,微信:abc12345⟧"),
            Example("会议纪要全文到此结束。\n\n⟦24小时咨询热线:400-123-4567⟧"),
            Example("公司简介到此结束。\n\n⟦客服QQ:12345678⟧"),
            Example("The meeting ended at noon.\n\n⟦Email: editor@example.com⟧"),
            Example("Northwind provides freight services across the region.\n\n⟦To receive the full report, contact us at investors@example.com or call 400-000-0000.⟧"),
            Example("年度报告正文到此结束。\n\n⟦客服QQ:10000  微信号:wx_000000  邮箱:service@example.com⟧"),
        ],
        corrections: [
            Correction("正文第一段,内容完整。\n\n获取全文定制代笔此类文章,请联系老师!\n", "正文第一段,内容完整。\n"),
            Correction("公司简介到此结束。\n\n客服QQ:12345678", "公司简介到此结束。\n", unsafe: true),
            Correction("The meeting ended at noon.\n\nEmail: editor@example.com\n", "The meeting ended at noon.\n", unsafe: true),
            Correction("公司简介到此结束。\n\n客服QQ:10000  微信号:wx_000000  邮箱:service@example.com\n", "公司简介到此结束。\n"),
        ]
    )

    public init() {}

    public func check(_ document: Document, _ context: RuleContext) -> [Finding] {
        edgeFindings(document, context)
    }
}
