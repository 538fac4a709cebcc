/// Source, author, date and counter lines of the hosting page at the edges.
///
/// Lint: a short line with two metadata keys (来源, 作者, 编辑, 时间, 浏览, 点击 …) and a
/// number or an empty value (时间:10-23来源:作者:点击数:), counters (被阅读0次, 阅读量: 44),
/// word counts (本文共840字), English bylines (Published … By …, By … | May 12, 2023 | 1,024 views).
/// Format: removes the line (keys without numbers only with unsafe fixes).
public struct MetaLineRule: EdgeBoilerplateRule {
    static let family = "meta-line"
    static let damage = "metadata line"
    static let fixTitle = "remove the metadata line"

    public static let description = RuleDescription(
        id: "boilerplate.meta-line",
        category: .boilerplate,
        summary: "Page metadata line (来源/作者/时间/点击数, counters, bylines) at the edge of the text",
        rationale: """
            CMS pages print a metadata line under the title: 发布时间:2018-06-28 作者:管理员
            浏览次数:123, often with empty fields (时间:10-23来源:作者:点击数:). A line
            needs two keys, each not glued to a preceding Chinese character (so 资金来源 and
            报名时间 are not keys), plus a number or an empty value. A line of keys with text
            values only (编辑:某某 来源:本站原创) may be wanted as metadata: suggested. An
            English byline counts when bars join it to a date or a view count (By Staff
            Reporter | May 12, 2023 | 1,024 views). A metadata line may sit under a short
            sentence no pattern knows (a tagline), but only above the title: a match under a
            sentence counts only when a title and then prose follow it.
            """,
        fixSafety: edgePatternFixSafety,
        severity: .warning,
        fixability: .sometimes,
        nonTriggeringExamples: [
            Example("关于发放补贴的通知\n\n本次补贴资金来源:市财政专项资金。\n\n特此通知。"),
            Example("会议通知\n时间:5月12日上午9点\n地点:市政府三楼会议室\n\n请准时参加。"),
            Example("报名时间:5月1日至5月10日;咨询时间:工作日。\n\n欢迎报名。"),
            Example("Published in 1851 by Harper, the novel sold poorly at first.\n\nIt is now a classic."),
            Example("By Jane Doe | Staff Writer\n\nBy the numbers | a guide to the 2023 budget\n\nThe council approved the budget."),
            Example("Thank you all for coming.\n\nPosted on March 3, 2023 by admin | 2,341 views\n\nThe meeting ended at noon, and the next one will be held in the spring at the town hall."),
        ],
        triggeringExamples: [
            Example("某某学校召开家长会\n⟦时间:10-23来源:作者:点击数:⟧\n\n本周五下午,学校召开了家长会。"),
            Example("某某公司新闻\n⟦发布时间:2018-06-28 14:22 作者:管理员 浏览次数:123⟧\n\n公司今天举行了年会。"),
            Example("正文第一段。\n\n⟦阅读量: 44 订阅数: 13⟧"),
            Example("Budget passes\n⟦Published 3:45 PM, May 5, 2023 By Jane Doe⟧\n\nThe council approved the budget on Monday."),
            Example("某某\n⟦编辑:超鼎科技 来源:本站原创⟧\n\n正文第一段。"),
            Example("Water shut-off\n⟦By Staff Reporter | May 12, 2023 | 1,024 views⟧\n\nThe city will shut off water on Tuesday."),
            Example("Five lessons from our first year.\n\n⟦Posted on March 3, 2023 by admin | 2,341 views | 4 comments⟧\n\nRemote Work Lessons\n\nWhen our company closed its office in January of last year, we expected the switch to be temporary."),
        ],
        corrections: [
            Correction("某某学校召开家长会\n\n时间:10-23来源:作者:点击数:\n\n本周五下午,学校召开了家长会。",
                       "某某学校召开家长会\n\n本周五下午,学校召开了家长会。"),
            Correction("某某\n编辑:超鼎科技 来源:本站原创\n正文第一段。", "某某\n正文第一段。", unsafe: true),
        ]
    )

    public init() {}

    public func check(_ document: Document, _ context: RuleContext) -> [Finding] {
        edgeFindings(document, context)
    }
}
