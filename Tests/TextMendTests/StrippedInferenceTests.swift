import Foundation
import Testing
@testable import TextMend

/// Learning the deleted character from the document itself, without configured terms.
struct StrippedInferenceTests {
    static func findings(_ text: String) throws -> [Finding] {
        let document = try Decoder.decode(Array(text.utf8))
        let rules = RuleRegistry.all.filter { $0.description.category == .strippedTerm }.map { $0.init() }
        return Linter(rules: rules).check(document)
    }

    static func corpus(_ name: String) throws -> String {
        try String(contentsOf: CleanCorpusTests.corpus.appendingPathComponent(name), encoding: .utf8)
    }

    /// 文 from 文档, 文件, 中文 is learned from its orphans; 此 from 因此, 如此 on the screen of
    /// absent common characters, whose repairs are only moderately clear; 自 from 自己, 自动 on
    /// the screen though few lone sites point to it (it must repair four places).
    @Test("a character deleted everywhere is learned and suggested",
          arguments: [("zh/faq-03.txt", "\u{6587}"), ("zh/handbook-03.txt", "\u{6B64}"), ("zh/faq-03.txt", "\u{81EA}")])
    func learnsDeletedCharacter(_ name: String, _ character: String) throws {
        let clean = try Self.corpus(name)
        let damaged = clean.replacingOccurrences(of: character, with: "")
        let findings = try Self.findings(damaged)
        let restoring = findings.filter { $0.fix?.edits.first?.replacement == character }
        #expect(restoring.count >= 10, "\(findings.count) findings, \(restoring.count) restore \(character)")
        #expect(try Self.findings(clean).isEmpty)
    }

    @Test("without configuration the seed's 员-for-党员 orphans are flagged")
    func seedMembersFlagged() throws {
        let document = try SeedTests.seed()
        let rules = RuleRegistry.all.filter { $0.description.category == .strippedTerm }.map { $0.init() }
        let members = Linter(rules: rules).check(document).filter { $0.message.hasPrefix("\u{201C}\u{5458}\u{201D}") }
        #expect(members.count == 6)
    }

    /// 代 orphaned throughout a software manual that lost 码 (代码), with an empty slot from
    /// another deleted term (第一版) as corroboration: 代's three most frequent words (代表, 年代,
    /// 时代) have their partners in the body, so an absent partner is looked for among eight.
    @Test("a character orphaned throughout is flagged though its most frequent words occur")
    func pervasiveOrphanBesideFrequentWords() throws {
        var damaged = try Self.corpus("zh/reference-03.txt")
        for term in ["\u{7801}", "\u{7B2C}\u{4E00}\u{7248}"] { damaged = damaged.replacingOccurrences(of: term, with: "") }
        let orphans = try Self.findings(damaged).filter { $0.message.hasPrefix("\u{201C}\u{4EE3}\u{201D}") }
        #expect(orphans.count >= 10)
    }

    @Test("a character the lexicon rarely sees alone, used alone throughout, is not a cut without other traces")
    func standaloneTechnicalSense() throws {
        let text = "\u{90AE}\u{4EF6}\u{914D}\u{7F6E}\n\n"
            + String(repeating: "\u{542F}\u{7528}\u{865A}\u{62DF}\u{90AE}\u{7BB1}\u{57DF}\u{9700}\u{8981}\u{5728}\u{914D}\u{7F6E}\u{4E2D}\u{547D}\u{540D}\u{8FD9}\u{4E2A}\u{57DF}\u{3002}"
                + "\u{5B83}\u{80FD}\u{591F}\u{5728}\u{865A}\u{62DF}\u{57DF}\u{4E2D}\u{6DF7}\u{5408}\u{522B}\u{540D}\u{548C}\u{90AE}\u{7BB1}\u{3002}"
                + "\u{6BCF}\u{4E2A}\u{57DF}\u{90FD}\u{4F7F}\u{7528}\u{76F8}\u{540C}\u{7684}\u{57DF}\u{3002}\n\n", count: 3)
        #expect(try Self.findings(text).isEmpty)
    }

    @Test("a sentence repeated intact restores the gap another scan found in its damaged copy, safely")
    func repeatedSentenceRestores() throws {
        let findings = try Self.findings("\u{5DE5}\u{4F5C}\u{603B}\u{7ED3}\n\n\u{4ECA}\u{5E74}\u{4EE5}\u{6765}\u{FF0C}\u{5168}\u{5C40}\u{575A}\u{6301}\u{5728}\u{7684}\u{9886}\u{5BFC}\u{4E0B}\u{5F00}\u{5C55}\u{5DE5}\u{4F5C}\u{FF0C}\u{5404}\u{9879}\u{4EFB}\u{52A1}\u{7A33}\u{6B65}\u{63A8}\u{8FDB}\u{3002}\n\n\u{5E74}\u{5E95}\u{68C0}\u{67E5}\u{8868}\u{660E}\u{FF0C}\u{5404}\u{9879}\u{6307}\u{6807}\u{5747}\u{5DF2}\u{5B8C}\u{6210}\u{3002}\n\n\u{5F15}\u{8A00}\u{FF1A}\u{5168}\u{5C40}\u{575A}\u{6301}\u{5728}\u{5E02}\u{59D4}\u{7684}\u{9886}\u{5BFC}\u{4E0B}\u{5F00}\u{5C55}\u{5DE5}\u{4F5C}\u{FF0C}\u{5404}\u{9879}\u{4EFB}\u{52A1}\u{7A33}\u{6B65}\u{63A8}\u{8FDB}\u{3002}\n")
        #expect(findings.count == 1)
        #expect(findings.first?.fix?.edits.first?.replacement == "\u{5E02}\u{59D4}" && findings.first?.fix?.applicability == .safe)
        // Two clean sentences that differ by a word restore nothing: the shorter shows no gap.
        #expect(try Self.findings("\u{5B89}\u{88C5}\u{8BF4}\u{660E}\n\n\u{5B89}\u{88C5}\u{8F6F}\u{4EF6}\u{5305}\u{4E4B}\u{524D}\u{8BF7}\u{5907}\u{4EFD}\u{6570}\u{636E}\u{FF0C}\u{7136}\u{540E}\u{91CD}\u{65B0}\u{542F}\u{52A8}\u{7CFB}\u{7EDF}\u{3002}\n\n\u{6CE8}\u{610F}\u{FF1A}\u{5B89}\u{88C5}\u{8F6F}\u{4EF6}\u{5305}\u{4E4B}\u{524D}\u{8BF7}\u{5148}\u{5907}\u{4EFD}\u{6570}\u{636E}\u{FF0C}\u{7136}\u{540E}\u{91CD}\u{65B0}\u{542F}\u{52A8}\u{7CFB}\u{7EDF}\u{3002}\n").isEmpty)
    }
}

/// A term the document shows deleted, found beside a placeholder, is the placeholder's reading.
struct StrippedPlaceholderTests {
    @Test("beside a mask the deleted term replaces it (治X → 治党), never lands next to it (治党X)")
    func termBesideMaskReplacesIt() throws {
        let url = FixtureGoldenTests.fixtures.appendingPathComponent("45-zh-stripped-party-building-speech.txt")
        let document = try Decoder.decode(Array(try Data(contentsOf: url)))
        let linter = Linter(rules: RuleRegistry.all.map { $0.init() })
        let mask = "\u{6CBB}X", wrong = "\u{6CBB}\u{515A}X", right = "\u{6CBB}\u{515A}\u{FF0C}"
        let safe = String(decoding: Fixer(linter: linter).fix(document).bytes, as: UTF8.self)
        #expect(safe.contains(mask) && !safe.contains(wrong))
        let unsafe = String(decoding: Fixer(linter: linter, applicability: .suggested).fix(document).bytes, as: UTF8.self)
        #expect(unsafe.contains(right) && !unsafe.contains(wrong))
    }
}
