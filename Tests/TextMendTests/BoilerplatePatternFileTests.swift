import Testing
@testable import TextMend

/// Keeps `Resources/boilerplate-patterns.txt` and the boilerplate rules in step.
struct BoilerplatePatternFileTests {
    let patterns = EdgePatterns.builtIn

    @Test("every pattern line parses and compiles")
    func compiles() {
        #expect(patterns.errors.isEmpty, "\(patterns.errors)")
        #expect(patterns.patterns.count > 50)
        #expect(!patterns.markers.isEmpty)
    }

    @Test("every {NAME} is defined, and no pattern matches an empty line")
    func macrosAndEmptyMatches() {
        for pattern in patterns.patterns.map(\.regex) + patterns.markers {
            let withoutProperties = pattern.pattern.replacing(/\\[pP]\{[^}]*\}/, with: "")
            #expect(withoutProperties.firstRange(of: /\{[A-Z_]+\}/) == nil, "undefined name in \(pattern.pattern)")
            #expect(pattern.firstMatch(in: "") == nil && pattern.firstMatch(in: "   ") == nil, "\(pattern.pattern)")
        }
    }

    @Test("every family in the file has a rule, and every family rule a section")
    func familiesHaveRules() {
        let ids = Set(RuleRegistry.descriptions.map(\.id))
        for family in patterns.families {
            #expect(ids.contains("boilerplate.\(family)"), "no rule for [\(family)]")
        }
        let ruleFamilies = RuleRegistry.all.compactMap { ($0 as? any EdgeBoilerplateRule.Type)?.family }
        // The configured-pattern family has no section: its patterns come from configuration.
        for family in ruleFamilies where family != EdgePatterns.customFamily {
            #expect(patterns.families.contains(family), "rule family \(family) has no section")
        }
        #expect(Set(patterns.families).count == patterns.families.count, "a section appears twice")
    }

    @Test("screened matching agrees with trying every pattern", arguments: [
        "预览结束,请联系客服获取全文。", "版权所有 © 2023 某某网", "Home » News", "正文第一段,内容完整。",
        "The council approved the budget.", "时间:10-23来源:作者:点击数:", "Continue reading",
    ])
    func screenedMatching(_ line: String) {
        let bytes = Array(line.utf8)
        let viaFilter = bytes.withUnsafeBufferPointer { patterns.match($0, 0..<bytes.count)?.pattern.family }
        let direct = patterns.patterns.first { $0.regex.firstMatch(in: line) != nil }
        #expect((viaFilter == nil) == (direct == nil), "\(line): \(String(describing: viaFilter)) vs \(String(describing: direct?.family))")
    }

    @Test("patterns the literal screen cannot read are few, anchored and short-line shaped")
    func unreadableOpenings() {
        let unreadable = patterns.patterns.filter { PatternScreen.leadingLiterals($0.regex.pattern) == nil }
        #expect(unreadable.count <= 10, "\(unreadable.map(\.regex.pattern))")
        // Long lines skip them, so they must not be able to match a long line at its start.
        for pattern in unreadable {
            #expect(pattern.regex.pattern.hasPrefix("^") && pattern.regex.pattern.contains("$"), "\(pattern.regex.pattern)")
        }
    }
}
