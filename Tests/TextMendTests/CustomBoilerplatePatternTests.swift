import Testing
@testable import TextMend

/// `boilerplate.custom-pattern` with patterns from configuration (the generic example test
/// runs rules with default options, so it cannot exercise this rule).
struct CustomBoilerplatePatternTests {
    func linter(_ patterns: [String]) -> Linter {
        var options = RuleOptions()
        options.boilerplatePatterns = patterns
        return Linter(rules: [CustomPatternRule()], options: options)
    }

    @Test("configured patterns flag edge lines and fix removes them")
    func flagsAndFixes() {
        let linter = linter(["^本站由.{1,20}提供技术支持$", "powered by .+"])
        let document = Document(text: "正文内容完整。\n\n本站由某某公司提供技术支持\n")
        let findings = linter.check(document)
        #expect(findings.map(\.ruleID) == ["boilerplate.custom-pattern"])
        #expect(findings.first.map { document.string($0.range) } == "本站由某某公司提供技术支持")
        #expect(findings.first?.fix?.applicability == .safe)
        let fixed = Fixer(linter: linter).fix(document)
        #expect(String(decoding: fixed.bytes, as: UTF8.self) == "正文内容完整。\n")
        let english = Document(text: "Title\nPowered by Example CMS\n\nThe council approved the budget.")
        #expect(String(decoding: Fixer(linter: linter).fix(english).bytes, as: UTF8.self)
                == "Title\n\nThe council approved the budget.")
    }

    @Test("configured patterns never reach the body, and bad patterns are ignored")
    func bodyAndBadPatterns() {
        let linter = linter(["提供技术支持", "(unclosed"])
        let body = (1...20).map { "第\($0)段正文内容完整,本段提到某公司提供技术支持的情况,这是一句很长的正文句子。" }
        let document = Document(text: "标题\n\n" + body.joined(separator: "\n\n") + "\n")
        #expect(linter.check(document).isEmpty)
    }

    @Test("without configured patterns the rule is silent")
    func silentByDefault() {
        let document = Document(text: "正文内容完整。\n\n本站由某某公司提供技术支持")
        #expect(Linter(rules: [CustomPatternRule()]).check(document).isEmpty)
    }

    @Test("a built-in family wins over a configured pattern on the same line")
    func builtInFirst() {
        var options = RuleOptions()
        options.boilerplatePatterns = ["^预览结束"]
        let linter = Linter(rules: [CustomPatternRule(), PreviewNoticeRule()], options: options)
        let findings = linter.check(Document(text: "正文内容完整。\n\n预览结束,请联系客服获取全文。"))
        #expect(findings.map(\.ruleID) == ["boilerplate.preview-notice"])
    }
}
