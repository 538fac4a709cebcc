/// Adjacent-token pairs of a text, to measure how much of a summary block repeats the body.
///
/// Tokens are single Han (kana, hangul) characters and whole Latin or digit words, so the
/// pairs are character bigrams in Chinese and word bigrams in English. Punctuation and
/// spaces are dropped, so a pair may span them. A word deleted from the body costs only
/// the two or three pairs around it, which keeps the measure stable on damaged bodies.
struct EchoShingles {
    /// The distinct pairs, hashed.
    private(set) var pairs: Set<UInt64> = []
    /// Scalars read so far.
    private(set) var scalars = 0
    private var previous: UInt64?
    private var word: UInt64 = 0xCBF2_9CE4_8422_2325
    private var inWord = false

    /// Adds the pairs of a byte range of the document (continuing from the last range), up
    /// to `budget` scalars in all.
    mutating func add(_ document: Document, _ range: Range<Int>, budget: Int = .max) {
        var index = range.lowerBound
        while index < range.upperBound, scalars < budget {
            let (scalar, length) = document.scalar(at: index)
            index += length
            scalars += 1
            if CharacterClass.isCJK(scalar) {
                flushWord()
                emit(UInt64(scalar.value))
            } else if scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) {
                let value = (0x41...0x5A).contains(scalar.value) ? scalar.value + 0x20 : scalar.value
                word = (word ^ UInt64(value)) &* 0x100_0000_01B3
                inWord = true
            } else {
                flushWord()
            }
        }
        flushWord()
    }

    /// The share of this text's pairs that also occur in `reference` (0 when it has none).
    func containment(in reference: EchoShingles) -> Double {
        guard !pairs.isEmpty else { return 0 }
        return Double(pairs.filter { reference.pairs.contains($0) }.count) / Double(pairs.count)
    }

    private mutating func flushWord() {
        guard inWord else { return }
        emit(word | 1 << 63)
        word = 0xCBF2_9CE4_8422_2325
        inWord = false
    }

    private mutating func emit(_ token: UInt64) {
        if let previous { pairs.insert((previous &* 0x9E37_79B9_7F4A_7C15) ^ token) }
        previous = token
    }
}
