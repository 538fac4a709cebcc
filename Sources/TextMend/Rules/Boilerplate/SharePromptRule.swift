/// Share, print, follow and newsletter prompts at the edges of a page.
///
/// Lint: 分享到:, 微信扫一扫, 打印 纠错 投稿, 点击上方…关注, Share on Twitter, Tweet,
/// Sign up for … newsletter, Subscribe (to our newsletter and …), Please check your inbox.
/// Format: removes the line.
public struct SharePromptRule: EdgeBoilerplateRule {
    static let family = "share-prompt"
    static let damage = "share or subscribe prompt"
    static let fixTitle = "remove the prompt"

    public static let description = RuleDescription(
        id: "boilerplate.share-prompt",
        category: .boilerplate,
        summary: "Share, print, follow or newsletter prompt at the top or bottom of the text",
        rationale: """
            Page widgets become text lines: 分享到:微信 微博 QQ空间, 打印 纠错 投稿须知,
            微信扫一扫, Share on Twitter Tweet, Sign up for … newsletters, Please check your
            inbox and confirm. A line counts only when it is made of widget words (or opens
            with a share or sign-up label), so prose that mentions sharing or subscribing is
            left alone.
            """,
        fixSafety: edgePatternFixSafety,
        severity: .warning,
        fixability: .safe,
        nonTriggeringExamples: [
            Example("分享的艺术\n\n分享到朋友圈之前\u{FF0C}请先想一想\u{FF1A}这条信息是真的吗\u{FF1F}\n\n学会分享\u{FF0C}也要学会判断。"),
            Example("我们把照片分享到了家庭群里,大家都很开心。\n\n周末再见。"),
            Example("Please share your feedback with the team.\n\nThe survey closes Friday."),
            Example("收藏家们在会上交流了经验。\n\n活动很成功。"),
            Example("Subscribe to the idea that less is more, and you will find peace.\n\nThat is all."),
            Example("打印机坏了,请联系行政部。\n\n行政部"),
            Example("Readers who subscribe to our newsletter get new posts in their inbox every Friday, and many write back.\n\nThat is all."),
        ],
        triggeringExamples: [
            Example("正文内容完整。\n\n⟦分享到:微信 微博 QQ空间⟧"),
            Example("The council approved the budget.\n\n⟦Share on TwitterTweet Share on⟧"),
            Example("Budget passes\n⟦Sign up for Background News newsletters⟧\n\nThe council approved the budget on Monday after a debate."),
            Example("正文内容完整。\n\n⟦打印 纠错 投稿须知 投稿⟧\n⟦微信扫一扫 ×⟧"),
            Example("Budget passes\n⟦Please check your inbox and confirm.⟧\n\nThe council approved the budget."),
            Example("Remote work\n⟦Subscribe to our newsletter and get new posts in your inbox every Friday.⟧\n\nWhen our office closed, we expected the switch to be temporary."),
        ],
        corrections: [
            Correction("正文内容完整。\n\n分享到:微信 微博 QQ空间\n", "正文内容完整。\n"),
            Correction("Budget passes\n\nSign up for our newsletter\n\nThe council approved it.", "Budget passes\n\nThe council approved it."),
        ]
    )

    public init() {}

    public func check(_ document: Document, _ context: RuleContext) -> [Finding] {
        edgeFindings(document, context)
    }
}
