/// Preview-ended and continue-reading notices pasted before or after a document.
///
/// Lint: 预览结束, 还剩N页未读 继续阅读, 本章未完 点击下一页继续阅读, 阅读全部…需要先登录,
/// 点击查看更多, Continue reading, Read more, Read Entire Article at the edges.
/// Format: removes the line.
public struct PreviewNoticeRule: EdgeBoilerplateRule {
    static let family = "preview-notice"
    static let damage = "preview notice"
    static let fixTitle = "remove the preview notice"

    public static let description = RuleDescription(
        id: "boilerplate.preview-notice",
        category: .boilerplate,
        summary: "Preview-ended or continue-reading notice at the top or bottom of the text",
        rationale: """
            Document stores and news sites end a preview with a notice (预览结束, 已阅读5页,
            还剩13页未读 继续免费阅读, Continue reading, Read more) that is not part of the
            text. The notice is matched on whole lines at the document's edges only, so a
            sentence that mentions reading more is left alone. Notices that say the text goes
            on elsewhere also make `truncation.unfinished-document` report the cut; a bare Read
            more link is removed too, but makes no such claim.
            """,
        fixSafety: edgePatternFixSafety,
        severity: .warning,
        fixability: .safe,
        nonTriggeringExamples: [
            Example("如果你想继续阅读这本书,可以去图书馆借。\n\n预览功能将在下个版本提供。"),
            Example("If you want to read more about this topic, the library has several books.\n\nRead more about our history in the archive."),
            Example("The story continues next week.\n\nContinue reading until the bell rings, then put your books away."),
            Example("本章未完待续的写法,在连载小说里很常见\u{FF0C}读者早已习惯。\n\n下一章见。"),
            Example("会议纪要\n\n会议听取了各部门的汇报\u{FF0C}研究部署了下一步工作。"),
        ],
        triggeringExamples: [
            Example("正文第一段,内容完整。\n\n⟦预览结束,请联系客服获取全文。⟧"),
            Example("第一章 总则\n\n本办法适用于全体职工,自发布之日起施行。\n\n⟦已阅读5页,还剩13页未读 继续免费阅读⟧\n"),
            Example("The council approved the budget on Monday after a long debate.\n\n⟦Continue reading⟧"),
            Example("He said the plan would work.\n\n⟦Read More.⟧\n\n⟦This article was posted by AP News.⟧"),
            Example("某某通知\n⟦(阅读全部图文内容,您需要先登录!)⟧\n\n正文内容完整。"),
        ],
        corrections: [
            Correction("正文第一段,内容完整。\n\n预览结束,请联系客服获取全文。", "正文第一段,内容完整。\n"),
            Correction("The council approved the budget.\n\nContinue reading\n", "The council approved the budget.\n"),
            Correction("某某通知\n\n(阅读全部图文内容,您需要先登录!)\n\n正文内容完整。", "某某通知\n\n正文内容完整。"),
        ]
    )

    public init() {}

    public func check(_ document: Document, _ context: RuleContext) -> [Finding] {
        edgeFindings(document, context)
    }
}
