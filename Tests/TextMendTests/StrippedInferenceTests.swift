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

    @Test("a character deleted everywhere (文 from 文档, 文件, 中文) is learned and suggested")
    func learnsDeletedCharacter() throws {
        let clean = try Self.corpus("zh/faq-03.txt")
        let damaged = clean.replacingOccurrences(of: "\u{6587}", with: "")
        let findings = try Self.findings(damaged)
        let restoring = findings.filter { $0.fix?.edits.first?.replacement == "\u{6587}" }
        #expect(restoring.count >= 10, "\(findings.count) findings, \(restoring.count) restore 文")
        #expect(try Self.findings(clean).isEmpty)
    }

    @Test("without configuration the seed's 员-for-党员 orphans are flagged")
    func seedMembersFlagged() throws {
        let document = try SeedTests.seed()
        let rules = RuleRegistry.all.filter { $0.description.category == .strippedTerm }.map { $0.init() }
        let members = Linter(rules: rules).check(document).filter { $0.message.hasPrefix("\u{201C}\u{5458}\u{201D}") }
        #expect(members.count == 6)
    }

    @Test("a character the lexicon rarely sees alone, used alone throughout, is not a cut without other traces")
    func standaloneTechnicalSense() throws {
        let text = "\u{90AE}\u{4EF6}\u{914D}\u{7F6E}\n\n"
            + String(repeating: "\u{542F}\u{7528}\u{865A}\u{62DF}\u{90AE}\u{7BB1}\u{57DF}\u{9700}\u{8981}\u{5728}\u{914D}\u{7F6E}\u{4E2D}\u{547D}\u{540D}\u{8FD9}\u{4E2A}\u{57DF}\u{3002}"
                + "\u{5B83}\u{80FD}\u{591F}\u{5728}\u{865A}\u{62DF}\u{57DF}\u{4E2D}\u{6DF7}\u{5408}\u{522B}\u{540D}\u{548C}\u{90AE}\u{7BB1}\u{3002}"
                + "\u{6BCF}\u{4E2A}\u{57DF}\u{90FD}\u{4F7F}\u{7528}\u{76F8}\u{540C}\u{7684}\u{57DF}\u{3002}\n\n", count: 3)
        #expect(try Self.findings(text).isEmpty)
    }
}
