import Foundation
import Testing
@testable import TextMend

/// The acceptance checks on the seed speech (shared/seed), whose body lost 党, 习,
/// 市委, 党委, 政治 and whole formulas while its trailing summary block stayed intact.
struct StrippedSeedTests {
    static func findings(_ options: RuleOptions = RuleOptions()) throws -> (Document, [Finding]) {
        let document = try SeedTests.seed()
        let rules = RuleRegistry.all.filter { $0.description.category == .strippedTerm }.map { $0.init() }
        return (document, Linter(rules: rules, options: options).check(document))
    }

    static var party: RuleOptions {
        var options = RuleOptions()
        options.stripProfiles = ["party-filter"]
        return options
    }

    /// The text around a finding: from the scalar before its span to the one after.
    static func context(_ document: Document, _ finding: Finding) -> String {
        document.string(finding.range)
    }

    @Test("every 学-for-学习 gap and every named collision is flagged without configuration")
    func flaggedByDefault() throws {
        let (document, findings) = try Self.findings()
        let orphans = findings.filter { $0.ruleID == "stripped-term.orphan-morpheme" }
        // 学 stands alone 26 times in the body where 学习 was (学员大会 and 系统学 read as words).
        #expect(orphans.filter { $0.message.hasPrefix("\u{201C}学\u{201D}") }.count >= 26)
        let collisions = findings.filter { $0.ruleID == "stripped-term.function-word-collision" }.map { Self.context(document, $0) }
        for pair in ["在的", "以为", "为的", "与、", "对和", "的性", "以同"] {
            #expect(collisions.contains(pair), "\(pair) not flagged")
        }
        #expect(collisions.contains { $0.hasPrefix("强") }, "加强, not flagged")
    }

    @Test("with the party-filter profile every 员-for-党员 gap is flagged")
    func partyProfileFlagsMembers() throws {
        let (document, findings) = try Self.findings(Self.party)
        let members = findings.filter { $0.message.hasPrefix("\u{201C}员\u{201D}") }
        #expect(members.count == 6)
        for finding in members { #expect(finding.fix?.edits.first?.replacement == "党") }
        _ = document
    }

    @Test("the two gaps of the opening paragraph are restored safely from the summary block")
    func copyRestoresOpening() throws {
        let (_, findings) = try Self.findings()
        let copies = findings.filter { $0.ruleID == "stripped-term.missing-from-copy" }
        #expect(copies.map { $0.fix?.edits.first?.replacement } == ["市委", "党委"])
        #expect(copies.allSatisfy { $0.fix?.applicability == .safe })
    }

    @Test("fix --unsafe-fixes with the profile restores most gaps and no safe fix is wrong")
    func unsafeRestoration() throws {
        let document = try SeedTests.seed()
        let linter = Linter(rules: RuleRegistry.all.map { $0.init() }, options: Self.party)
        let safe = String(decoding: Fixer(linter: linter).fix(document).bytes, as: UTF8.self)
        // Safe fixes: the two copy restorations, the six 党员 orphans and one 学习.
        #expect(safe.contains("按照市委《关于") && safe.contains("运输局党委上半年"))
        #expect(safe.components(separatedBy: "党员干部").count - 1 == 6)
        // One 学习 wins clearly enough to be safe (提高学习效果); the others stay suggestions.
        #expect(safe.components(separatedBy: "学习").count - 1 == 1 && safe.contains("提高学习效果"))
        let unsafe = String(decoding: Fixer(linter: linter, applicability: .suggested).fix(document).bytes, as: UTF8.self)
        for restored in ["理论学习。", "学习强国", "以习近平新时代中国特色社会主义思想为指导", "作为党的建设", "与党建、业务",
                         "对党中央和上级", "确保党中央和上级", "以习近平同志为核心的党中央周围", "生活的政治性"] {
            #expect(unsafe.contains(restored), "\(restored) not restored")
        }
    }
}
