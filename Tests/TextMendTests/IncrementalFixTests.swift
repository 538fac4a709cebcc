import Foundation
import Testing
@testable import TextMend

/// `fix` re-checks only the lines and paragraphs a round edited for rules whose findings are
/// local (Engine/IncrementalCheck.swift): the repaired text, the applied and the remaining
/// findings must be exactly those of a full re-check after every round.
struct IncrementalFixTests {
    static let linter = Linter(rules: RuleRegistry.all.map { $0.init() })

    /// Fixes with and without incremental re-checks, safe and unsafe, and compares.
    func compare(_ document: Document, _ label: String) {
        for applicability in [Applicability.safe, .suggested] {
            var full = Fixer(linter: Self.linter, applicability: applicability)
            full.incremental = false
            let fast = Fixer(linter: Self.linter, applicability: applicability)
            let expected = full.fix(document), actual = fast.fix(document)
            #expect(actual.bytes == expected.bytes, "\(label): repaired text differs")
            #expect(actual.applied == expected.applied, "\(label): applied findings differ")
            #expect(actual.remaining == expected.remaining, "\(label): remaining findings differ")
            #expect(actual.rounds == expected.rounds, "\(label): rounds differ")
        }
    }

    /// The texts a rule's description shows: examples (without markers) and correction inputs.
    static var exampleTexts: [String] {
        RuleRegistry.descriptions.flatMap { description in
            (description.triggeringExamples + description.nonTriggeringExamples).filter { !$0.byteEscapes }.map { Markers.parse($0.text).text }
                + description.corrections.map(\.input)
        }
    }

    @Test("incremental re-checks fix the fixtures exactly as full re-checks do", arguments: FixtureGoldenTests.names)
    func fixture(_ name: String) throws {
        let bytes = try [UInt8](Data(contentsOf: FixtureGoldenTests.fixtures.appendingPathComponent(name + ".txt")))
        compare(try Decoder.decode(bytes), name)
    }

    @Test("incremental re-checks fix the seed exactly as full re-checks do")
    func seed() throws {
        compare(try SeedTests.seed(), "seed")
    }

    @Test("incremental re-checks fix every rule example exactly as full re-checks do (CRLF: joined below)")
    func examples() {
        for text in Self.exampleTexts {
            compare(Document(text: text), text)
        }
    }

    @Test("incremental re-checks fix all examples in one document, as paragraphs or lines, LF or CRLF, exactly as full re-checks do")
    func examplesTogether() {
        let texts = Self.exampleTexts
        compare(Document(text: texts.joined(separator: "\n\n")), "examples as paragraphs")
        compare(Document(text: texts.joined(separator: "\n")), "examples as lines")
        compare(Document(text: texts.reversed().joined(separator: "\n\n") + "\n"), "examples reversed, final break")
        compare(Document(text: texts.joined(separator: "\n\n").replacingOccurrences(of: "\n", with: "\r\n")), "examples as CRLF paragraphs")
        compare(Document(text: texts.joined(separator: "\n").replacingOccurrences(of: "\n", with: "\r\n")), "examples as CRLF lines")
    }

    @Test("the wrong traditional forms and their excusing neighbours hold no blank or line break (the rule's line scope rests on it)")
    func traditionalTableIsLineLocal() {
        for entry in TraditionalConversionErrorRule.entries.values.joined() {
            for scalar in entry.wrong + Array(entry.before) + Array(entry.after) {
                #expect(!CharacterClass.isBlank(scalar) && scalar != "\n" && scalar != "\r", "\(String(String.UnicodeScalarView(entry.wrong)))")
            }
        }
    }
}

/// Shared analyses that update the earlier round's result after `fix` edits (`EarlierRound`)
/// must equal the analysis made afresh.
struct EarlierRoundUpdateTests {
    /// Random edits at scalar boundaries (marks, brackets, line breaks, CJK and nothing as
    /// replacements) to the rule examples joined into one document.
    @Test("punctuation marks and spinner fingerprints updated after random edits equal a fresh scan")
    func punctuationMarks() {
        let text = IncrementalFixTests.exampleTexts.joined(separator: "\n")
        let pieces = ["", ".", "\u{3002}", "\u{FF1F}", "(", "\u{FF09}", "\u{201C}", "\n", "\n\n", "\u{6587}\u{5B57}!", "a\u{300A}b\u{3011}", "x"]
        var generator = SystemRandomNumberGenerator()
        for trial in 0..<200 {
            let document = Document(text: text)
            let context = RuleContext()
            _ = context.shared(PunctuationMarks.self, document)
            _ = context.shared(SpunTextRule.Occurrences.self, document)
            let bytes = document.bytes
            // Sorted, disjoint ranges starting and ending at scalar boundaries.
            var edits: [Edit] = []
            var from = 0
            for _ in 0..<(1 + trial % 7) {
                var start = from + Int.random(in: 0..<max(1, bytes.count / 8), using: &generator)
                while start < bytes.count, bytes[start] & 0xC0 == 0x80 { start += 1 }
                guard start <= bytes.count else { break }
                var end = min(start + Int.random(in: 0..<12, using: &generator), bytes.count)
                while end < bytes.count, bytes[end] & 0xC0 == 0x80 { end += 1 }
                edits.append(Edit(start..<end, pieces.randomElement(using: &generator)!))
                from = end + 1
                if from >= bytes.count { break }
            }
            let edited = Document(utf8: Fixer.apply(edits, to: bytes), encoding: document.encoding)
            let round = EarlierRound(document: document, context: context, edits: edits, edited: edited)
            let later = RuleContext(options: RuleOptions(), after: round)
            let updated = later.shared(PunctuationMarks.self, edited)
            let fresh = RuleContext().shared(PunctuationMarks.self, edited)
            #expect(updated.sentenceMarks == fresh.sentenceMarks && updated.brackets == fresh.brackets, "edits \(edits)")
            let occurrences = later.shared(SpunTextRule.Occurrences.self, edited).list.map { [$0.offset, $0.kind, $0.index] }
            #expect(!occurrences.isEmpty && occurrences == RuleContext().shared(SpunTextRule.Occurrences.self, edited).list.map { [$0.offset, $0.kind, $0.index] }, "edits \(edits)")
        }
    }
}
