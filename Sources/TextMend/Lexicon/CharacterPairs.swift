import Foundation

/// Which pairs of adjacent characters occur inside some word of the lexicon, as a bitmap of
/// their hashes (a few false "yes", never a false "no").
///
/// Inserting a strip-lexicon term can only form a word with the text's neighbours when the
/// word holds the pair the insertion makes (`党` after `建`: 建党); the term scan asks this
/// first and looks words up only where it may succeed (the lookups were half of `check`
/// with a strip lexicon). Built ahead of time with the lexicon (Scripts/build-tables.py).
public struct CharacterPairs: @unchecked Sendable {
    /// The pairs of the built-in dictionary's words (read in place with `Lexicon.shared`).
    public static let shared = CharacterPairs(bits: Lexicon.shared.pairBits)

    /// 2^24 bits (2 MB): about 1.1 million pairs leave some 6% of the bits set.
    static let bitCount = 1 << 24
    private let bits: UnsafePointer<UInt64>

    init(bits: UnsafePointer<UInt64>) {
        self.bits = bits
    }

    /// Whether some word may hold `first` directly followed by `second`.
    @inline(__always)
    public func mayHold(_ first: Unicode.Scalar, _ second: Unicode.Scalar) -> Bool {
        let bit = Self.bit(first.value, second.value)
        return bits[bit >> 6] & (1 << UInt64(bit & 63)) != 0
    }

    @inline(__always)
    static func bit(_ first: UInt32, _ second: UInt32) -> Int {
        let key = (UInt64(first) << 32 | UInt64(second)) &* 0x9E37_79B9_7F4A_7C15
        return Int(truncatingIfNeeded: key >> 40)
    }
}
