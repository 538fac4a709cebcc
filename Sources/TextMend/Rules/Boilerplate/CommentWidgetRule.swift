/// Comment-section and blog-footer widgets left after the text.
///
/// Lint: 已有0人发表了评论, 发表回复, 评论列表(0条), No comments:, Post a Comment,
/// Blog at WordPress.com., Up ↑, 返回顶部.
/// Format: removes the line.
public struct CommentWidgetRule: EdgeBoilerplateRule {
    static let family = "comment-widget"
    static let damage = "comment widget"
    static let fixTitle = "remove the comment widget"

    public static let description = RuleDescription(
        id: "boilerplate.comment-widget",
        category: .boilerplate,
        summary: "Comment-section or blog-footer widget (发表评论, No comments, Up ↑) at the edge",
        rationale: """
            The comment box and footer of a blog or news page extract as lines such as
            已有0人发表了评论, 发表回复, 评论列表(0条), No comments: / Post a Comment,
            Blog at WordPress.com. and Up ↑. Only whole widget lines are matched, so a
            sentence about comments is left alone.
            """,
        fixSafety: edgePatternFixSafety,
        severity: .warning,
        fixability: .safe,
        nonTriggeringExamples: [
            Example("评论区里大家讨论得很热烈。\n\n本文完。"),
            Example("No comments were received during the consultation.\n\nThe rule takes effect in May."),
            Example("已有3人报名参加比赛。\n\n报名还在继续。"),
            Example("Back to top of the list, the team regrouped.\n\nThey won."),
        ],
        triggeringExamples: [
            Example("正文内容完整。\n\n⟦已有0人发表了评论⟧"),
            Example("正文内容完整。\n\n⟦发表回复⟧\n⟦评论列表(0条)⟧"),
            Example("The council approved the budget.\n\n⟦No comments:⟧\n⟦Post a Comment⟧"),
            Example("Thanks for reading.\n\n⟦Blog at WordPress.com.⟧\n\n⟦Up ↑⟧"),
        ],
        corrections: [
            Correction("正文内容完整。\n\n发表回复\n评论列表(0条)\n", "正文内容完整。\n"),
            Correction("Thanks for reading.\n\nBlog at WordPress.com.\n\nUp ↑", "Thanks for reading.\n"),
        ]
    )

    public init() {}

    public func check(_ document: Document, _ context: RuleContext) -> [Finding] {
        edgeFindings(document, context)
    }
}
