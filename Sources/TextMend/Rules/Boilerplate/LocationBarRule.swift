/// Breadcrumbs and "you are here" location bars left at the top of a page.
///
/// Lint: 您的位置/当前位置/您现在的位置/當前位置:, 首页 > … >, Home » News, skip links (Skip to
/// main content), and short lines of two or more `>`/`»`/`›` separators between short segments.
/// Format: removes the line (generic separator lines only with unsafe fixes).
public struct LocationBarRule: EdgeBoilerplateRule {
    static let family = "location-bar"
    static let damage = "location bar"
    static let fixTitle = "remove the location bar"

    public static let description = RuleDescription(
        id: "boilerplate.location-bar",
        category: .boilerplate,
        summary: "Breadcrumb or location bar (当前位置:首页 > …, Home » News) at the edge of the text",
        rationale: """
            Site navigation survives extraction as a line like 您当前的位置:首页 > 计算机 >
            编程开发 > or Home » News » Politics. A line that opens with a location label or
            with 首页/Home and a separator is removed; a bare chain of short segments joined by
            two or more `>`, `»` or `›` is only suggested, since a how-to may spell a menu path
            the same way. The skip link that opens an accessible page's navigation (Skip to main
            content, Skip navigation, Jump to content) goes too, as a whole line only.
            """,
        fixSafety: edgePatternFixSafety,
        severity: .warning,
        fixability: .sometimes,
        nonTriggeringExamples: [
            Example("设置方法\n打开 设置 > 隐私 > 定位服务,然后关闭。\n\n完成以上步骤即可。"),
            Example("不等式\nx > y > z\n\n这是一个连续的不等式。"),
            Example("您的位置很重要,请注意安全。\n\n出行前请检查车辆。"),
            Example("Home is where the heart is.\n\nWe moved there in 1999."),
            Example("Skip to main content if you know the basics already.\n\nWe had to skip navigation lessons this year."),
            Example("首页设计原则\n\n首页 > 栏目页 > 内容页\u{FF0C}这是网站最常见的三级结构。设计首页时要突出重点。"),
            // Markup at the top of an HTML tutorial: a tag pair is not a trail.
            Example("HTML basics\n\n<head>\n  <title>Hello</title>\n</head>\n\nSave it as index.html and open it in a browser."),
        ],
        triggeringExamples: [
            Example("⟦您当前的位置:首页 > 计算机 > 编程开发 >⟧\n\n正文第一段内容完整。", prefixable: false),
            Example("某某学校简介\n⟦当前位置: 查字典论文网 >>⟧\n\n学校始建于1950年,历史悠久。"),
            Example("Budget passes\n⟦Home » News » Politics⟧\n\nThe council approved the budget on Monday."),
            Example("某某新闻\n⟦新闻中心 > 国内新闻 > 正文⟧\n\n正文第一段。"),
            Example("⟦Skip to main content⟧\n\n⟦Home » News » Local⟧\n\nThe library reopened on Saturday.", prefixable: false),
        ],
        corrections: [
            Correction("某某学校简介\n当前位置: 查字典论文网 >>\n\n学校始建于1950年。", "某某学校简介\n\n学校始建于1950年。"),
            Correction("Budget passes\n\nHome » News\n\nThe council approved it.", "Budget passes\n\nThe council approved it."),
            Correction("某某新闻\n\n新闻中心 > 国内新闻 > 正文\n\n正文第一段。", "某某新闻\n\n正文第一段。", unsafe: true),
        ]
    )

    public init() {}

    public func check(_ document: Document, _ context: RuleContext) -> [Finding] {
        edgeFindings(document, context)
    }
}
