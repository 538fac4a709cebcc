import Testing
@testable import TextMend

@Suite struct CharacterPairsTests {
    @Test("every pair of adjacent characters inside a dictionary word may be held")
    func neverSaysNoToAWordsPair() {
        let pairs = CharacterPairs.shared
        var checked = 0
        JiebaDictionary.text.withUTF8Buffer { buffer in
            for line in String(decoding: buffer, as: UTF8.self).split(separator: "\n").prefix(20_000) {
                let word = Array(line.unicodeScalars.prefix { $0.value >= 0x80 })
                for index in word.indices.dropFirst() {
                    #expect(pairs.mayHold(word[index - 1], word[index]), "\(String(String.UnicodeScalarView(word)))")
                    checked += 1
                }
            }
        }
        #expect(checked > 10_000)
    }

    @Test("pairs no word holds are mostly refused")
    func refusesMostOtherPairs() {
        let pairs = CharacterPairs.shared
        // Punctuation-like and rare pairings: a few may collide in the bitmap, most may not.
        let scalars = Array("的了在是我有和就不人都一上也很到说要去你会着没有看好自己这".unicodeScalars)
        var held = 0, total = 0
        for a in scalars { for b in scalars { total += 1; if pairs.mayHold(a, b) { held += 1 } } }
        #expect(held < total)
        #expect(pairs.mayHold("党", "建") && pairs.mayHold("文", "档"))
    }
}
