/// Character tests the punctuation rules share.
///
/// Korean is left out on purpose: Korean prose uses ASCII `, . ! ?` with spaces, so only
/// Han and kana make a context in which the full-width marks belong.
enum CJKMarks {
    /// Han or kana (Chinese or Japanese text), not hangul.
    @inline(__always)
    static func isHanOrKana(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        if value < 0x2E80 { return false }
        switch value {
        case 0xAC00...0xD7AF, 0x3130...0x318F: return false  // hangul (0x1100 block is below 0x2E80)
        default: return CharacterClass.isCJK(scalar)
        }
    }

    /// Full-width marks that close something: a half-width mark after them is in CJK text.
    /// Not ”, which closes English quotes too (the scan judges it by what it closes).
    @inline(__always)
    static func isClosingMark(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x300B, 0x300D, 0x300F, 0x3011, 0x3009, 0x3015, 0x3017, 0xFF09, 0xFF3D: true  // 》」』】〉〕〗）］
        default: false
        }
    }

    /// CJK punctuation that English text does not use: the CJK symbols block and the
    /// full-width forms (not the curly quotes, dash, ellipsis and middle dot both share).
    @inline(__always)
    static func isFullWidthMark(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x3000...0x303F, 0xFF01...0xFF65: CharacterClass.isCJKPunctuation(scalar)
        default: false
        }
    }

    /// ASCII letters and digits.
    @inline(__always)
    static func isASCIIAlphanumeric(_ byte: UInt8) -> Bool {
        (byte >= 0x30 && byte <= 0x39) || ((byte | 0x20) >= 0x61 && (byte | 0x20) <= 0x7A)
    }

    /// Space, tab or ideographic space: blanks that may sit between a mark and what follows.
    @inline(__always)
    static func isInlineBlank(_ scalar: Unicode.Scalar) -> Bool {
        scalar == " " || scalar == "\t" || scalar.value == 0x3000
    }

    /// Whether a line may hold Han or kana at all: every such scalar has a lead byte ≥ 0xE3 or
    /// is a radical (U+2E80–U+2FDF: E2 then BA–BF). The curly quotes, dashes and ellipses of
    /// English lines (E2 80) do not count.
    static func mayHoldHanOrKana(_ bytes: [UInt8], _ range: Range<Int>) -> Bool {
        if ByteSearch.contains(0xE3...0xFF, in: bytes, range) { return true }
        var index = ByteSearch.next(0xE2, in: bytes, from: range.lowerBound, to: range.upperBound)
        while index + 1 < range.upperBound {
            if bytes[index + 1] >= 0xBA { return true }
            index = ByteSearch.next(0xE2, in: bytes, from: index + 1, to: range.upperBound)
        }
        return false
    }
}
