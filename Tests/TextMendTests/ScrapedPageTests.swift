import Testing
@testable import TextMend

/// Whole scraped pages (shapes from FIELD-NOTES.md) through all boilerplate rules: what is
/// found, and the text `fix` leaves.
struct ScrapedPageTests {
    static let rules: [any Rule] = RuleRegistry.all
        .filter { $0.description.category == .boilerplate || $0 == UnfinishedDocumentRule.self }
        .map { $0.init() }

    func run(_ text: String, unsafe: Bool = false) -> (ids: [String], fixed: String) {
        let document = Document(text: text)
        let linter = Linter(rules: Self.rules)
        let ids = linter.check(document).map(\.ruleID)
        let fixed = Fixer(linter: linter, applicability: unsafe ? .suggested : .safe).fix(document)
        return (ids, String(decoding: fixed.bytes, as: UTF8.self))
    }

    @Test("a document-store page loses its chrome block and template sentences")
    func documentStore() {
        let page = """
            工作总结范文(通用6篇)
            上传人:b****5 文档编号:12152630
            下载积分:6.99金币
            合集下载

            工作总结范文

            以下是小编为大家收集的工作总结范文,供大家参考。

            今年以来,在局党委的正确领导下,我们认真落实各项工作部署,较好地完成了全年目标任务。现将有关情况总结如下。

            一、主要工作

            一是加强组织领导。二是狠抓工作落实。

            《工作总结范文.docx》由会员分享,可在线阅读,更多相关《工作总结范文》请在冰豆网上搜索。
            """
        let (ids, fixed) = run(page)
        #expect(ids.filter { $0 == "boilerplate.document-store-chrome" }.count == 4, "\(ids)")
        #expect(ids.contains("boilerplate.template-intro"))
        #expect(fixed == """
            工作总结范文(通用6篇)

            工作总结范文

            今年以来,在局党委的正确领导下,我们认真落实各项工作部署,较好地完成了全年目标任务。现将有关情况总结如下。

            一、主要工作

            一是加强组织领导。二是狠抓工作落实。

            """, "\(fixed.debugDescription)")
    }

    @Test("an English news page loses its navigation, byline widgets and footer")
    func newsPage() {
        let page = """
            Home » News » Politics
            Budget passes after long debate
            Published 3:45 PM, May 5, 2023 By Jane Doe
            Share on Twitter Share on Facebook

            The council approved a new budget on Monday after a long debate over school funding and road repairs.

            The mayor said the plan would take effect in July.

            Sign up for our newsletter
            © 2024 Example Media. All rights reserved.
            """
        let (ids, fixed) = run(page)
        #expect(Set(ids) == ["boilerplate.location-bar", "boilerplate.meta-line", "boilerplate.share-prompt", "boilerplate.copyright-notice"], "\(ids)")
        #expect(fixed == """
            Budget passes after long debate

            The council approved a new budget on Monday after a long debate over school funding and road repairs.

            The mayor said the plan would take effect in July.

            """, "\(fixed.debugDescription)")
    }

    @Test("a preview page is reported as cut, and its notice removed")
    func previewPage() {
        let page = "某某讲话稿\n\n正文预览\n\n同志们,今天我们召开这次会议,主要任务是总结去年的领导讲话稿起草工作之\n\n已阅读5页,还剩13页未读 继续免费阅读\n"
        let (ids, fixed) = run(page)
        #expect(ids.contains("truncation.unfinished-document"))
        #expect(fixed == "某某讲话稿\n\n同志们,今天我们召开这次会议,主要任务是总结去年的领导讲话稿起草工作之\n")
    }

    @Test("a page whose every line looks like chrome is left whole")
    func allChrome() {
        let (ids, fixed) = run("版权所有 © 2023 某某网\n\n分享到:微信\n\n预览结束")
        #expect(ids.isEmpty)
        #expect(fixed == "版权所有 © 2023 某某网\n\n分享到:微信\n\n预览结束")
    }
}
