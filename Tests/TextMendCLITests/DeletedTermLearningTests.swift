import Foundation
import Testing
@testable import TextMend

/// Cross-document learning of deleted terms: sentences found intact in one document and
/// gapped in others teach `learn` what a filter deletes; `--model` then restores.
struct DeletedTermLearningTests {
    static let intact = "市局召开会议要求全体党员干部认真学习贯彻全会精神并抓好各项工作落实"
    static let gapped = "市局召开会议要求全体员干部认真学贯彻全会精神并抓好各项工作落实"
    static let stop = "\u{3002}"

    /// One intact document and two gapped by the same filter (党 and 习 deleted).
    static let documents = [
        "会议通知\n\n" + intact + stop + "各单位要认真组织学习讨论\u{FF0C}确保会议精神落到实处" + stop + "\n",
        "通知\n\n" + gapped + stop + "\n",
        "会议纪要\n\n" + gapped + stop + "与会同志一致表示要把思想和行动统一到会议精神上来" + stop + "\n",
    ]

    @Test("missing pieces: short runs of letters the longer copy has, or nil")
    func pieces() {
        let pieces = CorpusSentences.missingPieces(short: Array(Self.gapped.unicodeScalars), long: Array(Self.intact.unicodeScalars))
        #expect(pieces?.map(\.term) == ["党", "习"])
        #expect(pieces?.map(\.position) == [10, 16])
        let reworded = "市局召开会议要求全体党员干部认真领会贯彻全会精神并抓好各项工作落实"
        #expect(CorpusSentences.missingPieces(short: Array(reworded.unicodeScalars), long: Array(Self.intact.unicodeScalars)) == nil)
        let tail = Array("今天召开全体会议抓好工作落实".unicodeScalars)
        #expect(CorpusSentences.missingPieces(short: tail, long: tail + tail.suffix(6)) == nil, "a repeated tail is not a gap")
        let numbers = "市局召开会议要求全体党员干部在2024年认真学习贯彻全会精神并抓好各项工作落实"
        #expect(CorpusSentences.missingPieces(short: Array(Self.intact.unicodeScalars), long: Array(numbers.unicodeScalars)) == nil,
                "digits are not a deleted term")
    }

    @Test("learn finds the deleted terms in documents where a sentence is intact and gapped; the model keeps them")
    func learnsTerms() throws {
        let model = CorpusLearner.model(of: Self.documents)
        #expect(model.deletedTerms == ["党": 2, "习": 2])
        #expect(model.intactSentences == [Self.intact: 2])
        #expect(model.learnedStripTerms.sorted() == ["习", "党"])
        #expect(CorpusLearner.model(of: Array(Self.documents.prefix(2))).learnedStripTerms.isEmpty, "one pair is not enough")
        #expect(CorpusLearner.model(of: [Self.documents[1], Self.documents[2]]).deletedTerms.isEmpty, "two gapped copies teach nothing")
        let english = CorpusLearner.model(of: ["Intro.\nPlease read the FAQ before you post a question. Thanks.\n",
                                              "Please read the  before you post a question.\n",
                                              "Hello. Please read the  before you post a question.\n"])
        #expect(english.deletedTerms == ["FAQ": 2])
        // The file keeps the terms; merging adds; a model without them still loads.
        let decoded = try CorpusModel.decode(Array(model.encoded().utf8), path: "m.json")
        #expect(decoded == model)
        var merged = decoded
        merged.merge(model)
        #expect(merged.deletedTerms == ["党": 4, "习": 4] && merged.intactSentences[Self.intact] == 4)
        let old = #"{"format": "textmend-corpus-model", "version": 1, "documents": 2, "lines": {"abcd": 2}}"#
        #expect(try CorpusModel.decode(Array(old.utf8), path: "old.json").deletedTerms.isEmpty)
    }

    @Test("check with the model flags a gapped sentence in a fourth document and restores it from the intact copy")
    func checksWithModel() throws {
        let model = CorpusLearner.model(of: Self.documents)
        let settings = RunSettings(configuration: Configuration(), select: [], ignore: [], filter: PathFilter())
        let linter = try settings.linter(corpus: CorpusBoilerplateRule(model: model))
        let fourth = Document(text: "新闻\n\n" + Self.gapped + Self.stop + "\n")
        let findings = linter.check(fourth)
        let copy = try #require(findings.first { $0.ruleID == MissingFromCorpusCopyRule.description.id })
        #expect(copy.fix?.applicability == .safe)
        #expect(copy.message.contains("\u{201C}党\u{201D}, \u{201C}习\u{201D}"))
        let fixed = Fixer(linter: linter).fix(fourth)
        #expect(String(decoding: fixed.bytes, as: UTF8.self) == "新闻\n\n" + Self.intact + Self.stop + "\n")
        // Elsewhere the learned terms rank restorations at gaps as strip terms do.
        let elsewhere = Document(text: "新闻\n\n全体员干部参加了学动员会" + Self.stop + "\n")
        #expect(linter.check(elsewhere).contains { $0.fix?.edits.first?.replacement == "党" })
        // Without the model nothing of this runs.
        let plain = try settings.linter()
        #expect(!plain.check(fourth).contains { $0.ruleID == MissingFromCorpusCopyRule.description.id })
    }

    @Test("learn, then check and fix --model on another document")
    func learnThenCheck() throws {
        let scratch = try Scratch()
        for (index, text) in Self.documents.enumerated() { try scratch.write("corpus/\(index).txt", text) }
        try scratch.write("new.txt", "新闻\n\n" + Self.gapped + Self.stop + "\n")
        let learned = try scratch.run(["learn", "corpus", "-o", "model.json"])
        #expect(learned.status == 0)
        #expect(learned.stderr.contains("2 deleted terms (2 shown by at least 2 pairs)"))
        let check = try scratch.run(["check", "--model", "model.json", "--format", "json", "new.txt"])
        #expect(check.status == 1)
        #expect(check.output.contains("\"rule\": \"stripped-term.missing-from-corpus-copy\""))
        let fixed = try scratch.run(["fix", "--model", "model.json", "new.txt"])
        #expect(fixed.output == "新闻\n\n" + Self.intact + Self.stop + "\n")
        let ignored = try scratch.run(["check", "--model", "model.json", "--ignore", "stripped-term.missing-from-corpus-copy", "new.txt"])
        #expect(!ignored.output.contains("missing-from-corpus-copy"))
        #expect(try scratch.run(["check", "new.txt"]).output.contains("missing-from-corpus-copy") == false)
    }
}
