/// Forum thread chrome around a post: edit stamps, floor switches, thread navigation.
///
/// Lint: `本帖最后由 … 于 2022-12-26 16:27 编辑`, `显示全部楼层 | 阅读模式`, `打印 上一主题 下一主题`,
/// `[复制链接]`, `TOP`, `帖子很冷清…`, `Closed Accounts Posts: 2,094` at the document's edges.
/// Format: removes the line (a bare `#1` floor number only with unsafe fixes).
public struct ForumChromeRule: EdgeBoilerplateRule {
    static let family = "forum-chrome"
    static let damage = "forum chrome"
    static let fixTitle = "remove the forum chrome"

    public static let description = RuleDescription(
        id: "boilerplate.forum-chrome",
        category: .boilerplate,
        summary: "Forum thread chrome (本帖最后由…编辑, 显示全部楼层, 上一主题 下一主题) at the edge",
        rationale: """
            Pages of Discuz! and similar forums wrap each post in controls that extraction
            keeps: the edit stamp `本帖最后由 ojtcqszh 于 2022-12-26 16:27 编辑`, the view
            switches `显示全部楼层 |阅读模式`, `打印 上一主题 下一主题`, `[复制链接]`, `TOP`, the
            empty-thread placeholder `帖子很冷清卤煮很失落!求安慰`, an English forum's
            `Closed Accounts Posts: 2,094`, and floor numbers (`#1`). Only whole lines at the
            document's edges are matched.
            """,
        fixSafety: edgePatternFixSafety,
        severity: .warning,
        fixability: .sometimes,
        nonTriggeringExamples: [
            Example("论坛规则\n\n本帖由版主整理,欢迎大家补充。"),
            Example("The top of the mountain was covered in snow.\n\nWe turned back before noon."),
        ],
        triggeringExamples: [
            Example("⟦显示全部楼层 |阅读模式⟧\n\n请教一个 Nginx 配置问题\n\n⟦本帖最后由 ojtcqszh 于 2022-12-26 16:27 编辑⟧\n\n我的网站配置了反向代理以后,静态文件总是返回 404,请问是什么原因?", prefixable: false),
            Example("请教一个问题\n\n我的网站配置了反向代理以后,静态文件总是返回 404,请问是什么原因?\n\n⟦打印 上一主题 下一主题⟧"),
        ],
        corrections: [
            Correction("请教一个问题\n\n我的网站配置了反向代理以后,静态文件总是返回 404,请问是什么原因?\n\n[复制链接]\n\nTOP\n",
                       "请教一个问题\n\n我的网站配置了反向代理以后,静态文件总是返回 404,请问是什么原因?\n"),
        ]
    )

    public init() {}

    public func check(_ document: Document, _ context: RuleContext) -> [Finding] {
        edgeFindings(document, context)
    }
}
