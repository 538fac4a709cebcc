/// A site's navigation menu left above (or below) the text.
///
/// Lint: a line of site sections (博客园 首页 新随笔 联系 订阅 管理, Chinaunix首页 | 论坛 | 博客,
/// 概况工作动态服务指南), or one section alone on a line (首页, 网站地图, Connect with us, HOME),
/// at the document's edge.
/// Format: removes the line (关于我们 or 联系我们 alone only with unsafe fixes).
public struct NavigationMenuRule: EdgeBoilerplateRule {
    static let family = "navigation-menu"
    static let damage = "navigation menu"
    static let fixTitle = "remove the navigation menu"

    public static let description = RuleDescription(
        id: "boilerplate.navigation-menu",
        category: .boilerplate,
        summary: "Navigation menu (首页 新随笔 联系 订阅, 首页 | 论坛 | 博客, HOME) at the edge of the text",
        rationale: """
            A page's menu bar survives extraction as a line of section names, sometimes glued
            together (`概况工作动态服务指南`), or as a column of one name per line (`首页`,
            `下载应用`, `提交文章`, `关于我们`). A line counts when it is made of three section
            names or more (after an optional site name), or is one of the unmistakable ones
            alone (首页, 网站地图, HOME in capitals, Connect with us); `关于我们` and `联系我们` alone may
            be the title of a company's page and are only suggested, `Home` may title an essay. Only the document's edges
            are looked at, so a sentence that mentions a forum or a blog is never matched.
            """,
        fixSafety: edgePatternFixSafety,
        severity: .warning,
        fixability: .sometimes,
        nonTriggeringExamples: [
            Example("论坛、博客和新闻网站的区别\n\n论坛是讨论的地方,博客是个人写作的地方。"),
            Example("Home is where the heart is.\n\nThe old saying still holds for many people."),
            Example("Home\nWhere the heart is, and where we always come back to after a long trip.\n\nWe moved there in 1999."),
            Example("工作动态\n\n本周,我局召开了安全生产工作会议。"),
        ],
        triggeringExamples: [
            Example("⟦博客园 首页 新随笔 联系 订阅 管理⟧\n\nRedis 分布式锁的实现\n\n分布式系统中,锁是保证数据一致性的常用手段。本文介绍基于 Redis 的实现方法。", prefixable: false),
            Example("⟦首页⟧\n⟦下载应用⟧\n⟦提交文章⟧\n⟦关于我们⟧\n\n如何学习编程\n\n学习编程最重要的是动手实践,每天写一点代码,坚持下去就会有进步。", prefixable: false),
            Example("⟦关于我们⟧\n\n我们是一家成立于2005年的软件公司,专注于企业管理系统的研发,服务超过一千家客户。", prefixable: false),
            Example("⟦HOME⟧\n\nRiverside Library Reopens\n\nThe Riverside Branch Library welcomed visitors again on Saturday morning after two years.", prefixable: false),
        ],
        corrections: [
            Correction("博客园 首页 新随笔 联系 订阅 管理\n\nRedis 分布式锁的实现\n\n分布式系统中,锁是保证数据一致性的常用手段。本文介绍基于 Redis 的实现方法。",
                       "Redis 分布式锁的实现\n\n分布式系统中,锁是保证数据一致性的常用手段。本文介绍基于 Redis 的实现方法。", prefixable: false),
        ]
    )

    public init() {}

    public func check(_ document: Document, _ context: RuleContext) -> [Finding] {
        edgeFindings(document, context)
    }
}
