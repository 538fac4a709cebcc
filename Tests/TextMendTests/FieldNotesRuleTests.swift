import Foundation
import Testing
@testable import TextMend

/// What the field-notes rules' examples cannot say: options that change what a finding
/// carries, and the JSON `metadata` member.
struct FieldNotesRuleTests {
    static let page = "学习贯彻会议精神\n来源:学习时报\n文/张三\n\n会议强调,要加强学习。\n"

    func options(_ settings: [String: ConfigValue]) -> RuleOptions {
        var options = RuleOptions()
        options.ruleSettings[AttributionLineRule.description.id] = settings
        return options
    }

    @Test("attribution values reach the JSON report as metadata when asked")
    func metadataInJSON() throws {
        let document = Document(text: Self.page)
        let linter = Linter(rules: [AttributionLineRule()], options: options(["metadata": .boolean(true)]))
        let findings = linter.check(document)
        #expect(findings.map(\.metadata) == [["source": "学习时报"], ["author": "张三"]])
        #expect(findings.map { $0.fix != nil } == [true, false], "authors are kept by default")
        let json = JSONReporter().render([FileReport(path: "a.txt", document: document, findings: findings)])
        let root = try #require(JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        let reported = ((root["files"] as? [[String: Any]])?.first?["findings"] as? [[String: Any]]) ?? []
        #expect(reported.compactMap { $0["metadata"] as? [String: String] } == [["source": "学习时报"], ["author": "张三"]])
    }

    @Test("without the option findings carry no metadata member")
    func noMetadataByDefault() throws {
        let document = Document(text: Self.page)
        let findings = Linter(rules: [AttributionLineRule()]).check(document)
        #expect(findings.count == 1 && findings.allSatisfy { $0.metadata.isEmpty && $0.fix != nil })
        let json = JSONReporter().render([FileReport(path: "a.txt", document: document, findings: findings)])
        #expect(!json.contains("\"metadata\""))
    }

    @Test("kept fields stay in the text and, with metadata, are reported without a fix")
    func keptFields() {
        let document = Document(text: Self.page)
        let settings: [String: ConfigValue] = ["keep": .array([.string("source")]), "metadata": .boolean(true)]
        let linter = Linter(rules: [AttributionLineRule()], options: options(settings))
        let findings = linter.check(document)
        #expect(findings.map { $0.fix == nil } == [true, false])
        let fixed = Fixer(linter: linter).fix(document)
        #expect(String(decoding: fixed.bytes, as: UTF8.self) == "学习贯彻会议精神\n来源:学习时报\n\n会议强调,要加强学习。\n")
    }

    @Test("the configuration accepts the rule's settings and rejects others")
    func configuration() throws {
        let good = try Configuration.parse("[rules.\"boilerplate.attribution-line\"]\nkeep = [\"source\", \"author\"]\nmetadata = true\n", path: "t.toml")
        #expect(good.options.ruleSettings["boilerplate.attribution-line"]?["metadata"] == .boolean(true))
        #expect(throws: (any Error).self) {
            try Configuration.parse("[rules.\"boilerplate.attribution-line\"]\nmetadata = \"yes\"\n", path: "t.toml")
        }
    }
}
