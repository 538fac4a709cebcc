import Foundation

/// An English word model (word and word-pair counts of technical prose, see `EnglishNgrams`):
/// how well a word or phrase fits between the words around a gap.
///
/// Counts are kept in an open-addressing table of 64-bit hashes of the lower-cased ASCII
/// words (a pair is hashed as `first second`), so a lookup allocates nothing. Pair
/// probabilities are Witten-Bell smoothed towards the word's own frequency. Loaded once, on
/// first use (about 16,000 words and 365,000 pairs).
public final class EnglishModel: Sendable {
    /// The model built into textmend.
    public static let shared = EnglishModel(lines: EnglishNgrams.text)

    private let keys: [UInt64]
    /// Count class (round(4 ln count)) in the low byte; for words, the number of distinct
    /// following words kept in the table in the upper bits.
    private let values: [UInt32]
    private let mask: Int
    /// Natural log of the token count.
    public let logTotal: Double

    /// Parses the line format of `Scripts/build-english-model.py`.
    init(lines: StaticString) {
        let (keys, values, total) = lines.withUTF8Buffer { Self.parse($0) }
        self.keys = keys
        self.values = values
        self.mask = keys.count - 1
        self.logTotal = log(total)
    }

    /// The table, filled straight from the text (one entry per line or pair item, counted
    /// first; at most 3/4 full), and the token count.
    private static func parse(_ buffer: UnsafeBufferPointer<UInt8>) -> ([UInt64], [UInt32], Double) {
        var items = 0
        for byte in buffer where byte == 0x0A || byte == 0x20 { items += 1 }
        var capacity = 1
        while capacity * 3 < items * 4 { capacity <<= 1 }
        var keys = [UInt64](repeating: 0, count: capacity), values = [UInt32](repeating: 0, count: capacity)
        var index = 0
        while index < buffer.count && buffer[index] != 0x0A { index += 1 }
        let total = Double(String(decoding: UnsafeBufferPointer(rebasing: buffer[0..<index]), as: UTF8.self)) ?? 1
        index += 1
        keys.withUnsafeMutableBufferPointer { keys in
            values.withUnsafeMutableBufferPointer { values in
                let mask = capacity - 1
                func insert(_ key: UInt64, _ value: UInt32) {
                    var slot = Int(truncatingIfNeeded: key) & mask
                    while keys[slot] != 0 && keys[slot] != key { slot = (slot + 1) & mask }
                    keys[slot] = key
                    values[slot] |= value
                }
                while index < buffer.count {
                    var end = index
                    while end < buffer.count && buffer[end] != 0x0A { end += 1 }
                    defer { index = end + 1 }
                    guard end - index >= 2 else { continue }
                    // `word<class>`, or `first second<class> second<class> ...`.
                    var cursor = index
                    while cursor < end && buffer[cursor] != 0x20 { cursor += 1 }
                    var first = Self.seed
                    for byte in buffer[index..<(cursor == end ? end - 1 : cursor)] { first = Self.extend(first, byte) }
                    if cursor == end {
                        insert(first, UInt32(buffer[end - 1] - 0x21))
                        continue
                    }
                    var pairs: UInt32 = 0
                    while cursor < end {
                        var hash = Self.extend(first, 0x20)
                        var item = cursor + 1
                        while item < end && buffer[item] != 0x20 { item += 1 }
                        for byte in buffer[cursor + 1..<item - 1] { hash = Self.extend(hash, byte) }
                        insert(hash, UInt32(buffer[item - 1] - 0x21))
                        pairs += 1
                        cursor = item
                    }
                    insert(first, pairs << 8)
                }
            }
        }
        return (keys, values, total)
    }

    // MARK: Hashing

    /// The hash of the empty string.
    static let seed: UInt64 = 0xCBF2_9CE4_8422_2325

    /// The hash one byte longer (FNV-1a), ASCII upper case folded.
    @inline(__always)
    static func extend(_ hash: UInt64, _ byte: UInt8) -> UInt64 {
        let folded = byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte
        return (hash ^ UInt64(folded)) &* 0x100_0000_01B3 | 1
    }

    /// The hash of a word given by its scalars (ASCII only; nil otherwise).
    @inline(__always)
    static func hash(_ scalars: ArraySlice<Unicode.Scalar>) -> UInt64? {
        var hash = seed
        for scalar in scalars {
            guard scalar.isASCII else { return nil }
            hash = extend(hash, UInt8(scalar.value))
        }
        return hash
    }

    /// The hash of the pair `first second`, from the first word's hash and the second's bytes.
    @inline(__always)
    static func pair(_ first: UInt64, _ second: Token) -> UInt64 {
        var hash = extend(first, 0x20)
        for byte in second.bytes { hash = extend(hash, byte) }
        return hash
    }

    /// Count and distinct-follower count of a key (0 when unknown).
    @inline(__always)
    private func lookup(_ key: UInt64) -> (count: Double, followers: Double) {
        var slot = Int(truncatingIfNeeded: key) & mask
        while true {
            let stored = keys[slot]
            if stored == 0 { return (0, 0) }
            if stored == key {
                let value = values[slot]
                return (exp(Double(value & 0xFF) / 4), Double(value >> 8))
            }
            slot = (slot + 1) & mask
        }
    }

    // MARK: Probabilities

    /// A word or mark: its lower-cased bytes (at most `Token.limit`) and hash.
    public struct Token: Sendable, Hashable {
        static let limit = 24
        /// The bytes, lower-cased.
        var bytes: [UInt8]
        /// FNV-1a hash of `bytes`.
        var hash: UInt64

        /// A token from a word of ASCII letters or a mark; nil for anything else.
        init?<S: Sequence>(_ scalars: S) where S.Element == Unicode.Scalar {
            var bytes: [UInt8] = [], hash = EnglishModel.seed
            for scalar in scalars {
                guard scalar.isASCII, bytes.count < Self.limit else { return nil }
                let byte = UInt8(scalar.value)
                bytes.append(byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte)
                hash = EnglishModel.extend(hash, byte)
            }
            guard !bytes.isEmpty else { return nil }
            self.bytes = bytes
            self.hash = hash
        }
    }

    /// Natural log of the probability of a word on its own.
    public func logProbability(_ word: Token) -> Double {
        log(max(lookup(word.hash).count, 0.5)) - logTotal
    }

    /// Natural log of the probability that `word` follows `previous` (the word's own
    /// probability when `previous` is unknown).
    public func logProbability(_ word: Token, after previous: Token?) -> Double {
        let unigram = max(lookup(word.hash).count, 0.5) / exp(logTotal)
        guard let previous else { return log(unigram) }
        let context = lookup(previous.hash)
        guard context.count > 0 else { return log(unigram) }
        let followers = max(context.followers, 1)
        let pair = lookup(Self.pair(previous.hash, word)).count
        return log((pair + followers * unigram) / (context.count + followers))
    }

    /// How well `words` (a term, as tokens) fit after `left` and before `right`: the log
    /// probability of the sequence, from the first word to the word after the term.
    public func fit(_ words: [Token], left: Token?, right: Token?) -> Double {
        guard let first = words.first else { return -.infinity }
        var score = logProbability(first, after: left)
        for index in words.indices.dropFirst() { score += logProbability(words[index], after: words[index - 1]) }
        if let right, let last = words.last { score += logProbability(right, after: last) - logProbability(right) }
        return score
    }
}
