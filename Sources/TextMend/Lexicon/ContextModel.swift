import Foundation

/// How well two Chinese words go together, from the open-gram bigram model and the technical
/// word pairs of LibreOffice's Chinese help and messages (see `ContextBigrams`, CC BY-SA 3.0 and MPL-2.0):
/// the association ln P(w2|w1) - ln P(w2) of word pairs.
///
/// The unigram `Segmenter` sees that `个人据和` segments into words as easily as `个人数据和`;
/// the pairs tell them apart: 数据 和 is a common sequence, 据 和 is not. Loaded on first use
/// (about 2 MB of text, parsed into two open-addressing tables of 64-bit hashes): only the
/// Chinese gap scan asks, and only for the places where it weighs an insertion.
public final class ContextModel: Sendable {
    /// The model built into textmend.
    public static let shared = ContextModel(lines: ContextBigrams.text, words: ContextBigrams.words, pairs: ContextBigrams.pairs)

    /// Word hash -> back-off association code; pair hash -> association code (0: empty).
    private let wordKeys: [UInt64], wordCodes: [UInt8], wordMask: Int
    private let pairKeys: [UInt64], pairCodes: [UInt8], pairMask: Int

    /// Parses the line format of `Scripts/build-context-model.py` (`words`, `pairs`: how
    /// many it holds) straight into the two tables.
    init(lines: StaticString, words: Int, pairs: Int) {
        var wordKeys = [UInt64](repeating: 0, count: Self.capacity(words)), wordCodes = [UInt8](repeating: 0, count: wordKeys.count)
        var pairKeys = [UInt64](repeating: 0, count: Self.capacity(pairs)), pairCodes = [UInt8](repeating: 0, count: pairKeys.count)
        let wordMask = wordKeys.count - 1, pairMask = pairKeys.count - 1
        lines.withUTF8Buffer { buffer in
            var index = 0
            var first: UInt64 = 0, hash = Lexicon.seed, atLineStart = true
            while index < buffer.count {
                let byte = buffer[index]
                if byte >= 0x80 {
                    let (scalar, size) = Lexicon.decode(buffer, index)
                    hash = Lexicon.extend(hash, scalar)
                    index += size
                    continue
                }
                index += 1
                if byte == 0x0A {
                    atLineStart = true
                } else if atLineStart {
                    // A code ends a word: the line's first word, or a second word of a pair.
                    first = hash
                    Self.insert(hash, byte, &wordKeys, &wordCodes, wordMask)
                    atLineStart = false
                } else {
                    Self.insert(Self.pairHash(first, hash), byte, &pairKeys, &pairCodes, pairMask)
                }
                hash = Lexicon.seed
            }
        }
        (self.wordKeys, self.wordCodes, self.wordMask) = (wordKeys, wordCodes, wordMask)
        (self.pairKeys, self.pairCodes, self.pairMask) = (pairKeys, pairCodes, pairMask)
    }

    /// A power of two at least 1.5 times `count`.
    private static func capacity(_ count: Int) -> Int {
        var capacity = 1
        while capacity < count * 3 / 2 { capacity <<= 1 }
        return capacity
    }

    @inline(__always)
    private static func insert(_ key: UInt64, _ code: UInt8, _ keys: inout [UInt64], _ codes: inout [UInt8], _ mask: Int) {
        var index = Int(truncatingIfNeeded: key >> 7) & mask
        while keys[index] != 0 && keys[index] != key { index = (index + 1) & mask }
        keys[index] = key
        codes[index] = code
    }

    @inline(__always)
    private static func find(_ key: UInt64, _ keys: [UInt64], _ codes: [UInt8], _ mask: Int) -> UInt8 {
        var index = Int(truncatingIfNeeded: key >> 7) & mask
        while true {
            let found = keys[index]
            if found == key { return codes[index] }
            if found == 0 { return 0 }
            index = (index + 1) & mask
        }
    }

    /// The hash of a word pair from the words' `Lexicon` hashes.
    @inline(__always)
    static func pairHash(_ first: UInt64, _ second: UInt64) -> UInt64 {
        var hash = first &* 0x9E37_79B9_7F4A_7C15
        hash ^= second &+ 0x632B_E59B_D9B4_E019 &+ (hash << 6) &+ (hash >> 2)
        return hash | 1
    }

    @inline(__always)
    private static func value(_ code: UInt8) -> Double { Double(Int(code) - 0x30) / 4 - 4 }

    /// The association of two words given by their `Lexicon` hashes: the pair's own, the
    /// first word's back-off when the pair is rare, 0 when the model does not know a word.
    @inline(__always)
    public func association(_ first: UInt64, _ second: UInt64) -> Double {
        let pair = Self.find(Self.pairHash(first, second), pairKeys, pairCodes, pairMask)
        if pair != 0 { return Self.value(pair) }
        let backoff = Self.find(first, wordKeys, wordCodes, wordMask)
        guard backoff != 0, Self.find(second, wordKeys, wordCodes, wordMask) != 0 else { return 0 }
        return Self.value(backoff)
    }

    /// The summed association of the neighbouring words of a segmented text (`lengths`: the
    /// token lengths in order, as `Segmenter.tokens` gives them).
    public func score<C: RandomAccessCollection>(_ text: C, _ lengths: [Int]) -> Double where C.Element == Unicode.Scalar, C.Index == Int {
        var total = 0.0, previous: UInt64 = 0, position = text.startIndex
        for length in lengths {
            var hash = Lexicon.seed
            for scalar in text[position..<(position + length)] { hash = Lexicon.extend(hash, scalar.value) }
            position += length
            if previous != 0 { total += association(previous, hash) }
            previous = hash
        }
        return total
    }
}
