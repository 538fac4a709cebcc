import Testing
@testable import TextMend

/// `textmend rules`, `textmend rules ID` and README's table, from the rules' descriptions.
struct ReporterRuleDocumentationTests {
    @Test func listHasOneLinePerRule() {
        let lines = RuleDocumentation.list().split(separator: "\n")
        #expect(lines.count == RuleRegistry.all.count)
        for (line, description) in zip(lines, RuleRegistry.descriptions) {
            let columns = line.split(separator: " ", omittingEmptySubsequences: true)
            #expect(columns[0] == description.id)
            #expect(columns[1] == description.category.rawValue)
            #expect(columns[2] == description.severity.rawValue)
            #expect(line.hasSuffix(description.summary))
        }
    }

    @Test func explainShowsEverySection() throws {
        let text = try #require(RuleDocumentation.explain("invalid-char.zero-width"))
        #expect(text.hasPrefix("invalid-char.zero-width: Zero-width space, word joiner or byte-order mark inside the text\n"))
        #expect(text.contains("Category: invalid-char    Severity: warning    Fix: safe"))
        for section in ["\nWhy\n", "\nFix safety\n", "\nFlagged (⟦…⟧ marks each finding)\n", "\nNot flagged\n", "\nCorrections\n"] {
            #expect(text.contains(section), "missing \(section)")
        }
        // Invisible characters in examples are shown escaped, markers kept.
        #expect(text.contains("  - 学⟦\\u{200B}⟧习贯彻会议精神。"))
        #expect(text.contains("\n    → 学习贯彻会议精神。\n"))
        #expect(!text.contains("\u{200B}"))
        #expect(RuleDocumentation.explain("no.such-rule") == nil)
        #expect(RuleDocumentation.explain("invalid-char") == nil)
    }

    @Test func explainKeepsMultilineExamplesIndented() {
        #expect(RuleDocumentation.item("第一行\n第二行\t\u{1}") == "  - 第一行\n    第二行    \\u{1}")
    }

    @Test func markdownTable() {
        let lines = RuleDocumentation.markdownTable().split(separator: "\n")
        #expect(lines[0] == "| Rule | Category | Severity | Fix | What it finds |")
        #expect(lines[1] == "|---|---|---|---|---|")
        #expect(lines.count == RuleRegistry.all.count + 2)
        #expect(lines.contains("| `invalid-char.zero-width` | invalid-char | warning | safe | Zero-width space, word joiner or byte-order mark inside the text |"))
    }
}
