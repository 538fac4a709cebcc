import Testing
@testable import TextMend

/// `RedundantFixes`: two rules that propose the same repair at one gap report it once.
struct RedundantFixesTests {
    /// A stripped-term finding of a made-up rule inserting `texts` at `points`.
    static func finding(_ rule: String, _ range: Range<Int>, _ points: [Int], _ texts: [String], _ applicability: Applicability,
                        suggestions: [String] = [], category: TextMend.Category = .strippedTerm) -> Finding {
        Finding(ruleID: rule, category: category, severity: .warning, message: rule, range: range,
                fix: Fix(applicability, "insert", zip(points, texts).map { Edit($0..<$0, $1) }), suggestions: suggestions)
    }

    static let order = ["stripped-term.copy": 0, "stripped-term.orphan": 1, "punctuation.p": 2]

    @Test("a sentence-wide copy repair makes the orphans' identical insertions moot")
    func widerRepairWins() {
        let findings = [
            Self.finding("stripped-term.copy", 0..<30, [10, 16], ["党", "习"], .safe),
            Self.finding("stripped-term.orphan", 9..<11, [10], ["党"], .safe),
            Self.finding("stripped-term.orphan", 15..<17, [16], ["习"], .suggested, suggestions: ["习", "惯"]),
        ]
        #expect(RedundantFixes.merged(findings, ruleOrder: Self.order).map(\.ruleID) == ["stripped-term.copy"])
    }

    @Test("one place, one text: the safer finding stays and gains the other's suggestions")
    func saferWinsAndMerges() {
        let findings = [
            Self.finding("stripped-term.orphan", 9..<11, [10], ["党"], .suggested, suggestions: ["党", "团"]),
            Self.finding("stripped-term.copy", 0..<30, [10], ["党"], .safe),
        ]
        let merged = RedundantFixes.merged(findings, ruleOrder: Self.order)
        #expect(merged.map(\.ruleID) == ["stripped-term.copy"])
        #expect(merged.first?.suggestions == ["党", "团"])
        // Equally safe: the narrower span stays.
        let equal = [findings[1], Self.finding("stripped-term.orphan", 9..<11, [10], ["党"], .safe)]
        #expect(RedundantFixes.merged(equal, ruleOrder: Self.order).map(\.range) == [9..<11])
    }

    @Test("different texts at one place stay unless one is safer; other categories and alternatives stay")
    func kept() {
        let conflicting = [
            Self.finding("stripped-term.copy", 0..<30, [10], ["党"], .suggested),
            Self.finding("stripped-term.orphan", 9..<11, [10], ["团"], .suggested),
        ]
        #expect(RedundantFixes.merged(conflicting, ruleOrder: Self.order).count == 2)
        let safer = [Self.finding("stripped-term.copy", 0..<30, [10], ["党"], .safe), conflicting[1]]
        let merged = RedundantFixes.merged(safer, ruleOrder: Self.order)
        #expect(merged.map(\.ruleID) == ["stripped-term.copy"])
        #expect(merged.first?.suggestions == ["党", "团"])
        let categories = [conflicting[0], Self.finding("punctuation.p", 9..<11, [10], ["党"], .suggested, category: .punctuation)]
        #expect(RedundantFixes.merged(categories, ruleOrder: Self.order).count == 2)
        // A suggested wider repair does not swallow a finding that lists alternatives for its piece.
        let alternatives = [
            Self.finding("stripped-term.copy", 0..<30, [10, 16], ["党", "习"], .suggested),
            Self.finding("stripped-term.orphan", 9..<11, [10], ["党"], .suggested, suggestions: ["党", "团"]),
        ]
        #expect(RedundantFixes.merged(alternatives, ruleOrder: Self.order).count == 2)
    }

    @Test("with a learned model, the corpus copy and the orphans report a gapped sentence once")
    func corpusCopyAndOrphans() {
        var options = CorpusExamples.options
        options.stripTerms = []
        let linter = Linter(rules: RuleRegistry.all.filter { $0.description.category == .strippedTerm }.map { $0.init() }, options: options)
        let findings = linter.check(Document(text: CorpusExamples.document(CorpusExamples.gapped)))
        #expect(findings.map(\.ruleID) == ["stripped-term.missing-from-corpus-copy"])
        #expect(findings.first?.fix?.edits.map(\.replacement) == ["党", "习"])
    }
}
