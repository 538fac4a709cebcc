import Foundation
import Testing
@testable import TextMend

/// The tables Scripts/build-tables.py builds ahead of time answer exactly what parsing the
/// line lists at run time answered (`ReferenceLexicon`, `ReferenceContextModel`): every key,
/// every per-character table, every partner list.
@Suite struct EmbeddedTablesTests {
    @Test("the embedded lexicon holds every word and prefix of the line list, and nothing else")
    func lexiconEntries() {
        let reference = ReferenceLexicon(lines: JiebaDictionary.text)
        let lexicon = Lexicon.shared
        var keys = 0, mismatches = 0
        for (slot, key) in reference.keys.enumerated() where key != 0 {
            keys += 1
            let value = reference.values[slot]
            let tag = Int(value >> 8 & 0x1F)
            let expected = Lexicon.Entry(frequencyClass: UInt8(value & 0xFF), isPrefix: value & 0x8000 != 0,
                                         partOfSpeech: tag > 0 && tag <= 26 ? Unicode.Scalar(UInt8(0x60 + tag)) : nil)
            if lexicon.entry(hash: key) != expected { mismatches += 1 }
        }
        #expect(mismatches == 0)
        #expect(keys == lexicon.keyCount)
        #expect(keys > 400_000)
        // Keys the table does not hold stay absent.
        var absent = 0
        for probe in 0..<UInt64(200_000) {
            let key = Lexicon.extend(Lexicon.extend(Lexicon.seed, 0x4E00 + UInt32(probe % 0x5000)), UInt32(0x3000 + probe / 0x5000))
            if reference.entry(key) == nil, lexicon.entry(hash: key) != nil { absent += 1 }
        }
        #expect(absent == 0)
    }

    @Test("totals, per-character tables, pair bitmap and partner lists are identical")
    func lexiconTables() {
        let reference = ReferenceLexicon(lines: JiebaDictionary.text)
        let lexicon = Lexicon.shared
        #expect(lexicon.logTotal.bitPattern == reference.logTotal.bitPattern)
        #expect(lexicon.maxWordLength == reference.maxWordLength)
        var differences = 0
        for value in 0..<0x10000 {
            if lexicon.singleScores[value].bitPattern != reference.singleScores[value].bitPattern { differences += 1 }
            guard let scalar = Unicode.Scalar(UInt32(value)) else { continue }
            let share = reference.standalone[value] == 0 ? nil : reference.standaloneShares[Int(reference.standalone[value])]
            if lexicon.standaloneShare(scalar)?.bitPattern != share?.bitPattern { differences += 1 }
        }
        for index in 0..<reference.pairBits.count where lexicon.pairBits[index] != reference.pairBits[index] {
            differences += 1
        }
        #expect(differences == 0)
        for (partners, expected) in [(lexicon.leftPartners, reference.leftPartners), (lexicon.rightPartners, reference.rightPartners)] {
            #expect(partners.keys == expected.keys.sorted())
            #expect(partners.keys.allSatisfy { partners[$0] == expected[$0] })
            #expect(partners[0x10FFFF] == nil && partners[0x41] == nil)
        }
    }

    @Test("the embedded context model holds every word and pair code of the line list")
    func contextEntries() {
        let reference = ReferenceContextModel(lines: ContextBigrams.text, words: ContextBigrams.words, pairs: ContextBigrams.pairs)
        let model = ContextModel.shared
        var words = 0, pairs = 0, mismatches = 0
        for (slot, key) in reference.wordKeys.enumerated() where key != 0 {
            words += 1
            if model.codes(word: key, pair: 0).word != reference.wordCodes[slot] { mismatches += 1 }
        }
        for (slot, key) in reference.pairKeys.enumerated() where key != 0 {
            pairs += 1
            if model.codes(word: 0, pair: key).pair != reference.pairCodes[slot] { mismatches += 1 }
        }
        #expect(mismatches == 0)
        #expect(words == model.counts.words && pairs == model.counts.pairs)
        #expect(words == ContextBigrams.words && pairs > 200_000)
    }
}

extension ReferenceLexicon {
    /// The value of a key, as the run-time table answered.
    func entry(_ key: UInt64) -> UInt16? {
        var index = Int(truncatingIfNeeded: key) & mask
        while keys[index] != 0 {
            if keys[index] == key { return values[index] }
            index = (index + 1) & mask
        }
        return nil
    }
}
