import Foundation

/// Splits a run of Han characters into words and scores how word-like the run is, under a
/// unigram model of the lexicon's frequencies.
///
/// A character left standing alone costs its own frequency plus a penalty for how rarely it
/// stands alone (`Lexicon.standaloneShare`): `员` alone in `组织员干部` costs far more than `在`
/// or `的`. The score difference between a text and the same text with a term inserted is how
/// much the insertion "repairs" it: an orphan joins a word, a phrase completes.
public struct Segmenter: Sendable {
    /// The lexicon.
    public let lexicon: Lexicon
    /// Weight of the standalone penalty for single characters.
    public var boundPenalty = 1.0
    /// Extra words (strip terms the lexicon lacks), by hash, with their log probability.
    public var extraWords: [UInt64: Double] = [:] {
        didSet { extraWordBits = extraWords.keys.reduce(0) { $0 | Self.filterBit($1) } }
    }
    /// Hashes of the proper prefixes of the extra words.
    public var extraPrefixes: Set<UInt64> = [] {
        didSet { extraPrefixBits = extraPrefixes.reduce(0) { $0 | Self.filterBit($1) } }
    }
    /// One bit for each extra word's and prefix's hash (`filterBit`): a segmentation asks
    /// the dictionary and the set (hashing each key) only for hashes whose bit is set.
    private var extraWordBits: UInt64 = 0, extraPrefixBits: UInt64 = 0

    @inline(__always)
    private static func filterBit(_ hash: UInt64) -> UInt64 { 1 << (EmbeddedHashTable.spread(hash) >> 58) }

    @inline(__always)
    private func isExtraPrefix(_ hash: UInt64) -> Bool {
        extraPrefixBits & Self.filterBit(hash) != 0 && extraPrefixes.contains(hash)
    }

    @inline(__always)
    private func extraWord(_ hash: UInt64) -> Double? {
        extraWordBits & Self.filterBit(hash) != 0 ? extraWords[hash] : nil
    }

    /// Makes a segmenter over a lexicon.
    public init(lexicon: Lexicon = .shared) {
        self.lexicon = lexicon
    }

    /// Adds words the lexicon lacks (with the probability of a word seen `frequency` times).
    public mutating func addWords(_ words: [String], frequency: Double = 30) {
        // Filled aside and stored once: each store recomputes its filter bits.
        var extraWords = extraWords, extraPrefixes = extraPrefixes
        for word in words where !lexicon.contains(word) {
            var hash = Lexicon.seed
            let scalars = Array(word.unicodeScalars)
            for (offset, scalar) in scalars.enumerated() {
                hash = Lexicon.extend(hash, scalar.value)
                if offset < scalars.count - 1 { extraPrefixes.insert(hash) }
            }
            extraWords[hash] = log(frequency) - lexicon.logTotal
        }
        self.extraWords = extraWords
        self.extraPrefixes = extraPrefixes
    }

    /// The cost of a single character standing alone (log probability with the penalty).
    @inline(__always)
    public func singleScore(_ scalar: Unicode.Scalar) -> Double {
        if boundPenalty == 1, scalar.value < 0x10000 { return Double(lexicon.singleScores[Int(scalar.value)]) }
        return Self.singleScore(scalar, lexicon, boundPenalty)
    }

    /// A single character's score computed from the lexicon.
    static func singleScore(_ scalar: Unicode.Scalar, _ lexicon: Lexicon, _ boundPenalty: Double) -> Double {
        guard let entry = lexicon.entry(hash: Lexicon.extend(Lexicon.seed, scalar.value)), entry.isWord else {
            return -lexicon.logTotal - 4
        }
        let share = max(lexicon.standaloneShare(scalar) ?? 1, 0.01)
        return entry.logFrequency - lexicon.logTotal + boundPenalty * log(share)
    }

    /// The best segmentation's log probability.
    public func score<C: RandomAccessCollection>(_ text: C) -> Double where C.Element == Unicode.Scalar, C.Index == Int {
        best(text) { score, _ in score }
    }

    /// The best segmentation: token lengths in order.
    public func tokens<C: RandomAccessCollection>(_ text: C) -> [Int] where C.Element == Unicode.Scalar, C.Index == Int {
        segmentation(text).lengths
    }

    /// The best segmentation's log probability and token lengths in order.
    public func segmentation<C: RandomAccessCollection>(_ text: C) -> (score: Double, lengths: [Int]) where C.Element == Unicode.Scalar, C.Index == Int {
        best(text) { score, back in
            // Walked back from the end twice: to count the tokens, then to fill them in order.
            var tokens = 0, end = back.count - 1
            while end > 0 { end = back[end]; tokens += 1 }
            let lengths = [Int](unsafeUninitializedCapacity: tokens) { buffer, initialized in
                var end = back.count - 1, index = tokens
                while end > 0 {
                    index -= 1
                    buffer[index] = end - back[end]
                    end = back[end]
                }
                initialized = tokens
            }
            return (score, lengths)
        }
    }

    /// The best segmentation's score and back pointers (the start of the token that ends at
    /// each offset), handed to `body`: in temporary storage, as segmentations run by the
    /// thousand on short windows.
    private func best<C: RandomAccessCollection, R>(_ text: C, _ body: (Double, UnsafeMutableBufferPointer<Int>) -> R) -> R
        where C.Element == Unicode.Scalar, C.Index == Int {
        let count = text.count
        let base = text.startIndex
        return withUnsafeTemporaryAllocation(of: Double.self, capacity: count + 1) { score in
            withUnsafeTemporaryAllocation(of: Int.self, capacity: count + 1) { back in
                score.initialize(repeating: -.infinity)
                back.initialize(repeating: 0)
                score[0] = 0
                for start in 0..<count where score[start] > -.infinity {
                    let single = score[start] + singleScore(text[base + start])
                    if single > score[start + 1] { score[start + 1] = single; back[start + 1] = start }
                    var hash = Lexicon.extend(Lexicon.seed, text[base + start].value)
                    var isPrefix = lexicon.entry(hash: hash)?.isPrefix ?? false || isExtraPrefix(hash)
                    var end = start + 1
                    while isPrefix && end < count {
                        hash = Lexicon.extend(hash, text[base + end].value)
                        end += 1
                        let entry = lexicon.entry(hash: hash)
                        let logProbability: Double? = entry.flatMap { $0.isWord ? $0.logFrequency - lexicon.logTotal : nil }
                            ?? extraWord(hash)
                        if let logProbability, score[start] + logProbability > score[end] {
                            score[end] = score[start] + logProbability
                            back[end] = start
                        }
                        isPrefix = entry?.isPrefix ?? false || isExtraPrefix(hash)
                    }
                }
                return body(score[count], back)
            }
        }
    }
}
