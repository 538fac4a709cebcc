/// Document-store page chrome (uploader, document number, download credits, page captions).
///
/// Lint: 上传人:, 文档编号:, 资源ID:, 下载积分, 合集下载, 由会员分享, 温馨提示 about downloads,
/// 下载文档前请自行甄别, 版权说明:本文档由用户提供并上传, `_第N页` captions, 第N页 / 共M页.
/// Format: removes the line.
public struct DocumentStoreChromeRule: EdgeBoilerplateRule {
    static let family = "document-store-chrome"
    static let damage = "document-store chrome"
    static let fixTitle = "remove the document-store line"

    public static let description = RuleDescription(
        id: "boilerplate.document-store-chrome",
        category: .boilerplate,
        summary: "Document-store chrome (上传人, 文档编号, 下载积分, 由会员分享, _第N页) around the text",
        rationale: """
            Document stores (冰豆网, 三一办公, 淘文阁, 人人文库 …) wrap an uploaded file in a
            block of site lines before the body: 上传人:b****5 文档编号:12152630, 下载积分,
            《X.docx》由会员分享,可在线阅读, page-image captions like X.docx_第1页 and pager
            text 第1页 / 共61页. The literals are specific to these sites. A bare 3/4 page
            counter could be a fraction, so it is only suggested.
            """,
        fixSafety: edgePatternFixSafety,
        severity: .warning,
        fixability: .sometimes,
        nonTriggeringExamples: [
            Example("温馨提示:请市民朋友错峰出行。\n\n交通管理局"),
            Example("请翻到第5页,共有三道题。\n\n做完交卷。"),
            Example("会员分享了他们的读书心得。\n\n活动很成功。"),
            Example("文档编写规范\n\n本规范适用于全体技术人员,请认真遵守。"),
        ],
        triggeringExamples: [
            Example("工作总结\n⟦上传人:b****5 文档编号:12152630⟧\n\n今年以来,我们认真落实各项工作。"),
            Example("规范\n⟦上班管理规范1230.docx_第1页⟧\n\n第一条 为规范管理,制定本规范。"),
            Example("正文内容完整。\n\n⟦《工作总结.docx》由会员分享,可在线阅读,更多相关《工作总结》请在冰豆网上搜索。⟧"),
            Example("标题\n⟦第1页 / 共61页⟧\n\n正文第一段。"),
            Example("标题\n⟦- 1、下载文档前请自行甄别文档内容的完整性,平台不提供额外的编辑服务。⟧\n\n正文第一段。"),
        ],
        corrections: [
            Correction("工作总结\n\n上传人:b****5 文档编号:12152630\n\n合集下载\n\n今年以来,我们认真落实各项工作。",
                       "工作总结\n\n今年以来,我们认真落实各项工作。"),
            Correction("正文内容完整。\n\n《工作总结.docx》由会员分享,可在线阅读。", "正文内容完整。\n"),
        ]
    )

    public init() {}

    public func check(_ document: Document, _ context: RuleContext) -> [Finding] {
        edgeFindings(document, context)
    }
}
