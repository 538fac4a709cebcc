/// Auto-summary blocks that repeat the title and the body's opening.
///
/// Lint: a line at the top or bottom, labelled (《标题》所在栏目:… > 内容摘要:, 【摘要】,
/// 摘要:, 内容提要:, Summary:) and sharing at least half of its character pairs with the
/// title and the body's opening; or unlabelled, cut off like a snippet, sharing 80%.
/// Format: removes the line (unlabelled ones only with unsafe fixes).
public struct SummaryEchoRule: EdgeBoilerplateRule {
    static let family = "summary-echo"
    static let damage = "summary block that repeats the text"
    static let fixTitle = "remove the summary block"

    public static let description = RuleDescription(
        id: "boilerplate.summary-echo",
        category: .boilerplate,
        summary: "Summary block (内容摘要, 【摘要】, Summary:) that repeats the title and opening",
        rationale: """
            Template sites append, and Q&A or tag pages prepend, an automatic summary: the
            title in 《》, 所在栏目, then 内容摘要: and the first few hundred characters of the
            body, cut off. It duplicates the text. Overlap is measured as the share of the
            block's adjacent character pairs (word pairs in English) found in the title and
            the body's opening, so words the body lost to a filter barely lower it; the block's
            text stays available to the rules that restore such words.
            """,
        fixSafety: """
            Safe when a summary label introduces the block and at least half of it repeats
            the text. An unlabelled block must be a long snippet cut off mid-way (or with an
            ellipsis) that repeats the text by 80% or more; its removal is suggested. Verbatim
            repeats of a paragraph are left to the duplicate rules.
            """,
        severity: .warning,
        fixability: .sometimes,
        nonTriggeringExamples: [
            Example("摘要:本文研究了城市交通拥堵的成因,并提出了三项对策。\n\n一、引言\n\n近年来,随着机动车保有量快速增长,城市交通问题日益突出。"),
            Example("标题\n\n这是第一段,内容很长很长,讲述了事情的来龙去脉,包括时间、地点、人物和经过,以及最后的结果和它带来的深远影响。\n\n中间段落。\n\n这是第一段,内容很长很长,讲述了事情的来龙去脉,包括时间、地点、人物和经过,以及最后的结果和它带来的深远影响。"),
            Example("Summary: The report covers three topics in some depth and makes two recommendations.\n\nFirst, budgets rose sharply last year. Second, staff numbers fell."),
            Example("某市召开工作总结会\n\n同志们:今天我们召开工作总结会,主要任务是总结上半年的工作。\n\n总之,今天我们召开工作总结会,主要任务是总结上半年的工作,希望大家认真落实。"),
        ],
        triggeringExamples: [
            Example("""
                某市召开工作总结会\n\n同志们:今天我们召开工作总结会,主要任务是总结上半年的工作,分析存在的问题,部署下一步的工作。\n\n\
                一、工作开展情况\n\n今年以来,全市上下认真贯彻落实各项决策部署,取得了明显成效。\n\n\
                ⟦某市召开工作总结会》所在栏目:工作总结 > 内容摘要:同志们:今天我们召开工作总结会,主要任务是总结上半年的工作,\
                分析存在的问题,部署下一步的工作。 一、工作开展情况 今年以来,在。⟧
                """),
            Example("""
                公文写作要求\n⟦【摘要】:通用公文写作的基本要求是主题鲜明、结构严谨、语言规范,做到观点正确、材料真实、条理清楚、文字简练。⟧\n\n\
                通用公文写作的基本要求是主题鲜明、结构严谨、语言规范,做到观点正确、材料真实、条理清楚、文字简练。公文是机关单位处理公务的重要工具。
                """),
            Example("""
                Budget passes\n⟦Summary: The council approved a new budget on Monday that raises school funding and cuts road repairs after a long debate.⟧\n\n\
                The council approved a new budget on Monday that raises school funding and cuts road repairs. The vote came after a long debate.
                """),
            Example("""
                公文写作要求\n⟦通用公文写作的基本要求是主题鲜明、结构严谨、语言规范,做到观点正确、材料真实、条理清楚、文字简练,公文是机关单位处理公务的重要工具...⟧\n\n\
                通用公文写作的基本要求是主题鲜明、结构严谨、语言规范,做到观点正确、材料真实、条理清楚、文字简练,公文是机关单位处理公务的重要工具,必须认真对待。
                """),
        ],
        corrections: [
            Correction("""
                某市召开工作总结会\n\n同志们:今天我们召开工作总结会,主要任务是总结上半年的工作,分析存在的问题,部署下一步的工作。\n\n\
                今年以来,全市上下认真贯彻落实各项决策部署,取得了明显成效。\n\n\
                某市召开工作总结会》所在栏目:工作总结 > 内容摘要:同志们:今天我们召开工作总结会,主要任务是总结上半年的工作,\
                分析存在的问题,部署下一步的工作。 今年以来,在。
                """, """
                某市召开工作总结会\n\n同志们:今天我们召开工作总结会,主要任务是总结上半年的工作,分析存在的问题,部署下一步的工作。\n\n\
                今年以来,全市上下认真贯彻落实各项决策部署,取得了明显成效。\n
                """),
            Correction("""
                Budget passes\n\nSummary: The council approved a new budget on Monday that raises school funding and cuts road repairs.\n\n\
                The council approved a new budget on Monday that raises school funding and cuts road repairs. The vote came late.
                """, """
                Budget passes\n\nThe council approved a new budget on Monday that raises school funding and cuts road repairs. The vote came late.
                """),
        ]
    )

    public init() {}

    public func check(_ document: Document, _ context: RuleContext) -> [Finding] {
        edgeFindings(document, context)
    }
}
