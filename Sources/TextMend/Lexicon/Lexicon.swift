import Foundation
import TextMendTables

/// A Chinese word list with frequencies (jieba's dictionary): is a string a word, how common
/// is it, and how often does a character stand alone.
///
/// Words are keyed by 64-bit hashes of their scalars, together with every proper prefix, so a
/// scan can extend a candidate one character at a time and stop as soon as no word starts
/// that way. The table (about 500,000 keys) is built ahead of time by Scripts/build-tables.py
/// and read in place from the executable: nothing is parsed or copied when textmend starts.
public final class Lexicon: @unchecked Sendable {
    /// The lexicon built into textmend.
    public static let shared = Lexicon(table: tm_lexicon(), size: tm_lexicon_size())

    /// What the table knows about a string.
    public struct Entry: Sendable, Hashable {
        /// Frequency class: round(4 ln f); 0 when the string is only a prefix.
        public var frequencyClass: UInt8
        /// Whether a longer word starts with this string.
        public var isPrefix: Bool
        /// First letter of jieba's part-of-speech tag (`n`, `v`, `p` …), or nil.
        public var partOfSpeech: Unicode.Scalar?

        /// Whether the string is a word.
        public var isWord: Bool { frequencyClass > 0 }
        /// Natural log of the word's frequency in jieba's corpus.
        public var logFrequency: Double { Double(frequencyClass) / 4 }
    }

    /// Word and prefix hash -> frequency class | tag << 7 | 0x1000 when a prefix.
    private let words: EmbeddedHashTable
    /// The word table's layout (Scripts/build-tables.py: at most half of 2^20 slots taken).
    private static var slotBits: UInt64 { 20 }
    private static var valueBits: UInt64 { 13 }
    /// Standalone share of each BMP character, coded as round(-4 ln share) + 1 (0: unknown).
    private let standalone: UnsafePointer<UInt8>
    /// Natural log of the summed frequency of all words (the corpus size in tokens).
    public let logTotal: Double
    /// Longest word, in scalars.
    public let maxWordLength: Int
    /// Two-character words of frequency 20 or more, by their second character: the first
    /// characters that complete it on the left, most frequent word first.
    public let leftPartners: Partners
    /// The same words by their first character: the second characters, most frequent first.
    public let rightPartners: Partners

    /// Reads the layout of `Scripts/build-tables.py` (lexicon.bin, `size` bytes).
    init(table: UnsafeRawPointer, size: Int) {
        func field<T>(_ offset: Int, _ type: T.Type) -> T { table.load(fromByteOffset: offset, as: T.self) }
        func section<T>(_ index: Int, _ type: T.Type) -> UnsafePointer<T> {
            (table + Int(field(32 + 4 * index, UInt32.self))).assumingMemoryBound(to: T.self)
        }
        precondition(field(0, UInt64.self) == 0x3230_3058_454C_4D54, "lexicon table: unknown layout")  // "TMLEX002"
        precondition(Int(field(60, UInt32.self)) == size, "lexicon table: truncated")
        precondition(Int(field(32, UInt32.self)) + 8 * Int(field(56, UInt32.self)) <= size, "lexicon table: truncated")
        words = EmbeddedHashTable(records: section(0, UInt64.self), count: Int(field(8, UInt32.self)),
                                  slotBits: Int(field(12, UInt32.self)), expected: (Int(Self.slotBits), Int(Self.valueBits)), "lexicon")
        pairBits = section(1, UInt64.self)
        singleScores = section(2, Float.self)
        standalone = section(3, UInt8.self)
        leftPartners = Partners(section(4, UInt8.self))
        rightPartners = Partners(section(5, UInt8.self))
        logTotal = field(16, Double.self)
        maxWordLength = Int(field(24, UInt32.self))
        standaloneShares = (0..<256).map { code in code == 0 ? 0 : exp(-Double(code - 1) / 4) }
    }

    /// How many words and prefixes the table holds.
    var keyCount: Int { words.count }

    /// The bitmap of `CharacterPairs` (2^24 bits).
    let pairBits: UnsafePointer<UInt64>

    /// The standalone share each code of `standalone` stands for (`exp(-(code - 1) / 4)`).
    private let standaloneShares: [Double]

    /// `Segmenter.singleScore` of each BMP character at the default penalty, precomputed.
    let singleScores: UnsafePointer<Float>

    /// Frequency class of the two-character words kept as partners (frequency 20).
    static let partnerClass: UInt16 = 12

    // MARK: Lookup

    /// The hash of the empty string; extend it one scalar at a time with `extend`.
    public static let seed: UInt64 = 0xCBF2_9CE4_8422_2325

    /// The hash of a string one scalar longer (FNV-1a over whole scalar values: one
    /// multiplication a scalar; Scripts/build-tables.py checks that no two of the lexicon's
    /// strings share a hash).
    @inline(__always)
    public static func extend(_ hash: UInt64, _ scalar: UInt32) -> UInt64 {
        (hash ^ UInt64(scalar)) &* 0x100_0000_01B3 | 1  // never 0 (Scripts/build-tables.py hashes the same way)
    }

    /// The entry for a string given by its hash, or nil when no word is or starts with it.
    @inline(__always)
    public func entry(hash: UInt64) -> Entry? {
        let value = words.value(hash, slotBits: Self.slotBits, valueBits: Self.valueBits)
        if value == 0 { return nil }
        let tag = Int(value >> 7 & 0x1F)
        return Entry(frequencyClass: UInt8(value & 0x7F), isPrefix: value & 0x1000 != 0,
                     partOfSpeech: tag > 0 && tag <= 26 ? Unicode.Scalar(UInt8(0x60 + tag)) : nil)  // a…z, no table lookup
    }

    /// The entry for a string, or nil.
    public func entry<S: Sequence>(_ scalars: S) -> Entry? where S.Element == Unicode.Scalar {
        var hash = Self.seed
        for scalar in scalars { hash = Self.extend(hash, scalar.value) }
        return entry(hash: hash)
    }

    /// The entry for a string, or nil.
    public func entry(_ word: String) -> Entry? { entry(word.unicodeScalars) }

    /// Whether a string is a word.
    public func contains(_ word: String) -> Bool { entry(word)?.isWord ?? false }

    /// Natural log of the probability of a word (nil when it is not one).
    public func logProbability(_ word: String) -> Double? {
        guard let entry = entry(word), entry.isWord else { return nil }
        return entry.logFrequency - logTotal
    }

    /// How often a character stands alone rather than inside a longer word (0…1; nil when
    /// the lexicon does not know it as a word).
    public func standaloneShare(_ scalar: Unicode.Scalar) -> Double? {
        guard scalar.value < 0x10000 else { return nil }
        let code = standalone[Int(scalar.value)]
        return code == 0 ? nil : standaloneShares[Int(code)]
    }
}
