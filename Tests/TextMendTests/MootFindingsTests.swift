import Testing
@testable import TextMend

/// `MootFindings`: findings inside a line that a safe fix deletes are not reported twice.
struct MootFindingsTests {
    /// A finding of a made-up rule with a byte range and an optional deletion.
    static func finding(_ rule: String, _ category: TextMend.Category, _ range: Range<Int>,
                        deleting removal: Range<Int>? = nil, _ applicability: Applicability = .safe) -> Finding {
        Finding(ruleID: rule, category: category, severity: .warning, message: rule, range: range,
                fix: removal.map { Fix(applicability, "remove", [Edit($0, "")]) })
    }

    static let order = ["boilerplate.a": 0, "boilerplate.b": 1, "duplicate.c": 2, "punctuation.d": 3, "truncation.e": 4]

    @Test("a repeated title's colon is not reported; without the title rule it is")
    func repeatedTitleColon() {
        let document = Document(text: "分布式锁\u{FF1A}几种方式\n\n分布式锁:几种方式\n\n正文第一段写得很完整，内容也足够长，足以说明问题。\n")
        let both = Linter(rules: [RepeatedTitleRule(), HalfWidthPunctuationRule()]).check(document)
        #expect(both.map(\.ruleID) == ["duplicate.repeated-title"])
        let alone = Linter(rules: [HalfWidthPunctuationRule()]).check(document)
        #expect(alone.map(\.ruleID) == ["punctuation.half-width-in-cjk"])
    }

    @Test("inside a safe line removal: other rules' findings go, truncation stays, the better removal wins")
    func dropping() {
        // Lines: 0 "aaaa" (0..<5), 1 blank (5..<6), 2 "bbbb" (6..<11), 3 "cccc" (11..<16).
        let document = Document(text: "aaaa\n\nbbbb\ncccc\n")
        let line0 = 0..<6, line2 = 6..<11, line3 = 11..<16
        let findings = [
            Self.finding("boilerplate.a", .boilerplate, 0..<4, deleting: line0),       // 0: removal, outranked
            Self.finding("duplicate.c", .duplicate, 0..<4, deleting: line0),           // 1: removal, kept
            Self.finding("punctuation.d", .punctuation, 1..<2),                         // 2: inside: dropped
            Self.finding("truncation.e", .truncation, 2..<4),                           // 3: truncation: kept
            Self.finding("boilerplate.b", .boilerplate, 6..<10, deleting: line2),      // 4: removal, kept
            Self.finding("boilerplate.a", .boilerplate, 7..<9),                         // 5: no fix, inside: dropped
            Self.finding("boilerplate.b", .boilerplate, 8..<9, deleting: 8..<9),       // 6: same rule: kept
            Self.finding("boilerplate.a", .boilerplate, 11..<15, deleting: line3, .suggested),  // 7: suggested
            Self.finding("punctuation.d", .punctuation, 12..<13),                       // 8: inside a suggested one: kept
            Self.finding("punctuation.d", .punctuation, 10..<12),                       // 9: straddles two lines: kept
        ]
        let kept = MootFindings.dropped(from: findings, in: document, ruleOrder: Self.order)
        let expected = [1, 3, 4, 6, 7, 8, 9].map { findings[$0] }
        #expect(kept == expected)
    }

    @Test("a removal of part of a line is not a line removal")
    func partialRemoval() {
        let document = Document(text: "aaaa bbbb\n")
        let findings = [
            Self.finding("boilerplate.a", .boilerplate, 0..<4, deleting: 0..<5),
            Self.finding("punctuation.d", .punctuation, 1..<2),
        ]
        #expect(MootFindings.dropped(from: findings, in: document, ruleOrder: Self.order) == findings)
    }

    @Test("between two line removals of equal rank, the rule listed first wins")
    func ruleOrder() {
        let document = Document(text: "aaaa\nbbbb\n")
        let findings = [
            Self.finding("boilerplate.b", .boilerplate, 0..<4, deleting: 0..<5),
            Self.finding("boilerplate.a", .boilerplate, 0..<4, deleting: 0..<5),
        ]
        #expect(MootFindings.dropped(from: findings, in: document, ruleOrder: Self.order) == [findings[1]])
    }
}
