import Foundation
import TextMendTables

/// How well two Chinese words go together, from the open-gram bigram model and the technical
/// word pairs of LibreOffice's Chinese help and messages (CC BY-SA 3.0 and MPL-2.0, see Sources/TextMendTables/context-NOTICE.md):
/// the association ln P(w2|w1) - ln P(w2) of word pairs.
///
/// The unigram `Segmenter` sees that `个人据和` segments into words as easily as `个人数据和`;
/// the pairs tell them apart: 数据 和 is a common sequence, 据 和 is not. Two tables of 64-bit
/// hashes built ahead of time by Scripts/build-tables.py and read in place: only the Chinese
/// gap scan asks, and only for the places where it weighs an insertion.
public final class ContextModel: @unchecked Sendable {
    /// The model built into textmend.
    public static let shared = ContextModel(table: tm_context(), size: tm_context_size())

    /// Word hash -> back-off association code; pair hash -> association code (0: absent).
    private let words: EmbeddedHashTable, pairs: EmbeddedHashTable
    /// The tables' layouts (Scripts/build-tables.py: at most half the slots taken, 8-bit codes).
    private static var wordSlotBits: UInt64 { 17 }
    private static var pairSlotBits: UInt64 { 19 }

    @inline(__always)
    private func wordCode(_ key: UInt64) -> UInt8 {
        UInt8(truncatingIfNeeded: words.value(key, slotBits: Self.wordSlotBits, valueBits: 8))
    }

    @inline(__always)
    private func pairCode(_ key: UInt64) -> UInt8 {
        UInt8(truncatingIfNeeded: pairs.value(key, slotBits: Self.pairSlotBits, valueBits: 8))
    }

    /// Reads the layout of `Scripts/build-tables.py` (context.bin, `size` bytes).
    init(table: UnsafeRawPointer, size: Int) {
        func field(_ index: Int) -> Int { Int(table.load(fromByteOffset: 4 * index, as: UInt32.self)) }
        func hashTable(_ first: Int, _ slotBits: UInt64, _ name: String) -> EmbeddedHashTable {
            precondition(field(first + 2) + 8 * field(first + 3) <= size, "context table: truncated")
            return EmbeddedHashTable(records: (table + field(first + 2)).assumingMemoryBound(to: UInt64.self),
                                     count: field(first), slotBits: field(first + 1), expected: (Int(slotBits), 8), name)
        }
        words = hashTable(0, Self.wordSlotBits, "context word")
        pairs = hashTable(4, Self.pairSlotBits, "context pair")
    }

    /// The association codes of a word (its back-off) and of a word pair, 0 when absent.
    func codes(word: UInt64, pair: UInt64) -> (word: UInt8, pair: UInt8) {
        (wordCode(word), pairCode(pair))
    }

    /// How many words and pairs the tables hold.
    var counts: (words: Int, pairs: Int) { (words.count, pairs.count) }

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
        let pair = pairCode(Self.pairHash(first, second))
        if pair != 0 { return Self.value(pair) }
        let backoff = wordCode(first)
        guard backoff != 0, wordCode(second) != 0 else { return 0 }
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
