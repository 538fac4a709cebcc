import Foundation
import Testing
@testable import TextMend

/// README.md's rule table is generated from the rule descriptions; this keeps it current.
/// `TEXTMEND_RECORD=1 swift test --filter Readme` rewrites it.
struct ReadmeTests {
    static let readme = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("README.md")
    static let begin = "<!-- rules:begin (generated from the rule descriptions; ReadmeTests keeps it current) -->\n"
    static let end = "<!-- rules:end -->"

    @Test("README's rule table matches the rules")
    func ruleTable() throws {
        let text = try String(contentsOf: Self.readme, encoding: .utf8)
        let start = try #require(text.range(of: Self.begin), "README.md lacks the rules:begin marker")
        let stop = try #require(text.range(of: Self.end, range: start.upperBound..<text.endIndex))
        let table = RuleDocumentation.markdownTable()
        let current = String(text[start.upperBound..<stop.lowerBound])
        if ProcessInfo.processInfo.environment["TEXTMEND_RECORD"] == "1" {
            try Data((text[..<start.upperBound] + table + text[stop.lowerBound...]).utf8).write(to: Self.readme)
            return
        }
        #expect(current == table, "README.md's rule table is stale: run TEXTMEND_RECORD=1 swift test --filter Readme")
    }
}
