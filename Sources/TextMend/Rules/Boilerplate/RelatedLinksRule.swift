/// Related-links and recommendation lists (相关推荐, 精彩推荐, Most Popular) at the edges.
///
/// Lint: a heading line (相关文章, 猜你喜欢, 点击排行, Related articles, You may also like),
/// together with the short list lines under it at the bottom; lines of three or more
/// `|`-separated short items.
/// Format: removes the heading and its list (`|` lines only with unsafe fixes).
public struct RelatedLinksRule: EdgeBoilerplateRule {
    static let family = "related-links"
    static let damage = "related-links list"
    static let fixTitle = "remove the related links"

    public static let description = RuleDescription(
        id: "boilerplate.related-links",
        category: .boilerplate,
        summary: "Related-links or recommendation list (相关推荐, Most Popular) at the edge of the text",
        rationale: """
            Pages end with lists of other articles under a heading such as 相关文章, 精彩推荐,
            猜你喜欢 or Most Popular. The heading is matched on its own line; at the bottom it
            takes with it up to eight short lines below it that do not end a sentence (the
            linked titles). A line of three or more `|`-separated short items is usually a menu
            or a link row, but could be a table, so it is only suggested.
            """,
        fixSafety: edgePatternFixSafety,
        severity: .warning,
        fixability: .sometimes,
        nonTriggeringExamples: [
            Example("推荐阅读《红楼梦》,这本书值得一读。\n\n祝大家读书愉快。"),
            Example("The most popular choice was the blue one.\n\nWe ordered it."),
            Example("结论\n\nA | B 两组的差异显著。"),
            Example("正文内容完整。\n\n附件:相关文章目录"),
            // The body quotes the first line: a title above a page about the widget.
            Example("相关阅读\n\n本文介绍\u{201C}相关阅读\u{201D}模块的设计思路。这个模块放在文章末尾，根据标签推荐三篇文章。"),
        ],
        triggeringExamples: [
            Example("正文内容完整。\n\n⟦相关推荐⟧"),
            Example("正文内容完整。\n\n⟦相关文章\n某某局召开工作会议\n某某局开展安全检查⟧"),
            Example("The council approved the budget.\n\n⟦Most Popular⟧"),
            Example("正文内容完整。\n\n⟦某市召开防汛会议 | 某区开展安全检查 | 某县发布通知⟧"),
        ],
        corrections: [
            Correction("正文内容完整。\n\n相关文章\n\n某某局召开工作会议\n某某局开展安全检查\n", "正文内容完整。\n"),
            Correction("正文内容完整。\n\n某市召开防汛会议 | 某区开展安全检查 | 某县发布通知", "正文内容完整。\n", unsafe: true),
        ]
    )

    public init() {}

    public func check(_ document: Document, _ context: RuleContext) -> [Finding] {
        edgeFindings(document, context)
    }
}
