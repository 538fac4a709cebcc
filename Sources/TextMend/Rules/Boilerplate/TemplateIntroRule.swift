/// Template-site intros and outros (小编为大家整理…供大家参考) and SEO-farm openers.
///
/// Lint: one sentence with 小编 + (整理|收集|分享|带来|为您…) + (参考|阅读|帮助|喜欢…),
/// 欢迎阅读…希望…喜欢, (收藏|关注)本站, 本文目录一览, 本篇文章给大家谈谈.
/// Format: removes that sentence only (the whole line when it is nothing else).
public struct TemplateIntroRule: EdgeBoilerplateRule {
    static let family = "template-intro"
    static let damage = "template intro sentence"
    static let fixTitle = "remove the template sentence"

    public static let description = RuleDescription(
        id: "boilerplate.template-intro",
        category: .boilerplate,
        summary: "Template-site intro or outro sentence (以下是小编为大家收集的…供大家参考)",
        rationale: """
            范文 and SEO sites wrap every text in the same sentences: 以下是小编为大家收集的
            工作总结范文,供大家参考。 at the top, 以上就是小编为大家整理的全部内容,希望对
            大家有所帮助! at the bottom, 别忘了关注本站. The rule needs all three parts of the
            formula in one sentence (小编, a verb of gathering or offering, and 参考/阅读/
            帮助/喜欢), and drops only that sentence when the line goes on with the text.
            """,
        fixSafety: edgePatternFixSafety,
        severity: .warning,
        fixability: .safe,
        nonTriggeringExamples: [
            Example("小编在会上发言,介绍了编辑部的工作。\n\n会议圆满结束。"),
            Example("本书由编辑部整理,供大家参考。\n\n全书共十章。"),
            Example("欢迎阅读本期杂志。\n\n本期内容丰富。"),
            Example("运维人员每天关注本站点的访问量变化。\n\n系统运行正常。"),
        ],
        triggeringExamples: [
            Example("工作总结范文\n\n⟦以下是小编为大家收集的工作总结范文,供大家参考。⟧\n\n今年以来,我们认真落实各项工作。"),
            Example("述职报告\n\n⟦本栏目,小编为大家收集整理了数篇述职报告,欢迎阅读。⟧今年以来,我在领导的关心下认真履行职责,圆满完成了各项任务,现将有关情况报告如下。"),
            Example("正文到此结束。\n\n⟦以上就是小编为大家整理的全部内容,希望对大家有所帮助!⟧"),
            Example("某某\n\n⟦别忘了关注本站,现在开始吧!⟧\n\n正文第一段。"),
        ],
        corrections: [
            Correction("工作总结范文\n\n以下是小编为大家收集的工作总结范文,供大家参考。\n\n今年以来,我们认真落实各项工作。",
                       "工作总结范文\n\n今年以来,我们认真落实各项工作。"),
            Correction("述职报告\n\n本栏目,小编为大家收集整理了数篇述职报告,欢迎阅读。今年以来,我认真履行职责。",
                       "述职报告\n\n今年以来,我认真履行职责。"),
        ]
    )

    public init() {}

    public func check(_ document: Document, _ context: RuleContext) -> [Finding] {
        edgeFindings(document, context)
    }
}
