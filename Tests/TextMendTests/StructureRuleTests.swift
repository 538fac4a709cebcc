import Testing
@testable import TextMend

/// What the examples of the duplicate and truncation rules cannot say.
struct StructureRuleTests {
    @Test("comparable forms ignore width, punctuation and scraped suffixes", arguments: [
        ("上班管理规范.docx_第1页", "上班管理规范"),
        ("年终总结 - 百度文库", "年终总结"),
        ("教师述职报告(通用6篇)", "教师述职报告"),
        ("教师述职报告【精选10篇】", "教师述职报告"),
        ("关于印发《办法》的通知_第 2 页", "关于印发办法的通知"),
        ("Ｔｉｔｌｅ　Ｏｎｅ!", "title one"),
        (" 目 录 ", "目录"),
        ("Chapter 1: Intro", "chapter 1 intro"),
        ("第1页", "第1页"),
        ("Report - The Guardian", "report"),
    ])
    func comparable(_ input: String, _ expected: String) {
        #expect(TextNormalization.comparable(input) == expected)
    }

    @Test("many candidates use the document's token stream with the same verdicts")
    func danglingWordsThroughTheStream() {
        let unit = "今年以来,在。现在。进一步加强和。双方讲和。"
        let text = String(repeating: unit, count: 300)
        let document = Document(text: text)
        let findings = DanglingFunctionWordRule().check(document, RuleContext())
        #expect(findings.count == 600)
        #expect(findings.map { document.string($0.range) }.allSatisfy { $0 == "在。" || $0 == "和。" })
    }
}
