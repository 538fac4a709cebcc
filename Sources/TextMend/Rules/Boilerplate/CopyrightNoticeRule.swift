/// Copyright, repost and disclaimer notices of the hosting site at the edges.
///
/// Lint: 版权所有, © 2023 …, All rights reserved, 本文来源于网络 如有侵权请联系删除,
/// 转载请注明出处, 免责声明:/Disclaimer: lines, ICP licence numbers.
/// Format: removes the line.
public struct CopyrightNoticeRule: EdgeBoilerplateRule {
    static let family = "copyright-notice"
    static let damage = "copyright notice"
    static let fixTitle = "remove the copyright notice"

    public static let description = RuleDescription(
        id: "boilerplate.copyright-notice",
        category: .boilerplate,
        summary: "Site copyright, repost or disclaimer notice at the top or bottom of the text",
        rationale: """
            Scraped pages keep the hosting site's footer: 版权所有 © 2023 某某网 京ICP备…,
            本文来源于网络,如有侵权请联系删除, 转载请注明出处, Disclaimer: … . These belong
            to the site, not the text. Lines must open with the notice (版权所有, ©,
            Copyright 2023) or be one (… All rights reserved.), so prose about copyright, and
            版权所有者 in a legal text, is left alone.
            """,
        fixSafety: edgePatternFixSafety,
        severity: .warning,
        fixability: .sometimes,
        nonTriggeringExamples: [
            Example("版权所有者享有复制权和发行权。\n\n本条自公布之日起施行。"),
            Example("The case turned on fair use.\n\nCopyright, in the end, is a bargain between creators and the public."),
            Example("我们尊重作者的版权,引用时都注明了出处。\n\n感谢阅读。"),
            Example("He wrote all rights reserved on the page, then signed it.\n\nNobody noticed."),
            Example("特此通知。\n\n某某局\n2023年5月12日"),
            // The body quotes the first line: it is the title, not the site's notice.
            Example("All rights reserved\n\nThe phrase \"all rights reserved\" once carried legal weight under the Buenos Aires Convention."),
            Example("Copyright\n\nCopyright 2023 is the year the new law took effect, and publishers had to adapt quickly."),
        ],
        triggeringExamples: [
            Example("文章正文到此结束。\n\n⟦版权所有 © 2023 某某网 京ICP备12345678号⟧"),
            Example("The festival runs until Sunday.\n\n⟦© 2024 Example Media. All rights reserved.⟧"),
            Example("正文内容完整。\n\n⟦本文来源于网络,如有侵权请联系删除。⟧"),
            Example("正文内容完整。\n\n⟦转载请注明出处。⟧\n⟦Copyright 2019 by the author⟧"),
            Example("Title\n⟦Disclaimer: The author is solely responsible for the content.⟧\n\nBody text here, complete."),
        ],
        corrections: [
            Correction("文章正文到此结束。\n\n版权所有 © 2023 某某网\n", "文章正文到此结束。\n"),
            Correction("Title\n\nDisclaimer: The author is solely responsible.\n\nBody text.", "Title\n\nBody text."),
            Correction("正文。\n\n本文来源于网络,如有侵权请联系删除。\n\n转载请注明出处。", "正文。\n"),
        ]
    )

    public init() {}

    public func check(_ document: Document, _ context: RuleContext) -> [Finding] {
        edgeFindings(document, context)
    }
}
