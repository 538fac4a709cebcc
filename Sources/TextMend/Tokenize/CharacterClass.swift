import CICU

/// Character classes the rules share, decided from Unicode properties.
public enum CharacterClass {
    /// Han, kana, hangul, bopomofo: scripts written without spaces between words.
    @inline(__always)
    public static func isCJK(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        if value < 0x2E80 { return false }
        switch value {
        case 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xF900...0xFAFF, 0x20000...0x3FFFF: return true  // Han
        case 0x3040...0x30FF, 0x31F0...0x31FF: return true  // kana
        case 0xAC00...0xD7AF, 0x1100...0x11FF, 0x3130...0x318F: return true  // hangul
        case 0x3100...0x312F, 0x31A0...0x31BF: return true  // bopomofo
        case 0x2E80...0x2FDF, 0x3005, 0x3007, 0x3021...0x3029: return true  // radicals, 々 〇
        default: return false
        }
    }

    /// Full-width CJK punctuation (。,、;:?!“”‘’()《》〈〉【】「」『』…—·).
    @inline(__always)
    public static func isCJKPunctuation(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x3000...0x3003, 0x3008...0x3011, 0x3014...0x301F: return true
        case 0xFF01...0xFF0F, 0xFF1A...0xFF20, 0xFF3B...0xFF40, 0xFF5B...0xFF65: return true
        case 0x2018, 0x2019, 0x201C, 0x201D, 0x2026, 0x2014, 0x00B7: return true
        default: return false
        }
    }

    /// Unicode punctuation (general categories P*).
    public static func isPunctuation(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.properties.generalCategory {
        case .connectorPunctuation, .dashPunctuation, .openPunctuation, .closePunctuation,
             .initialPunctuation, .finalPunctuation, .otherPunctuation: return true
        default: return false
        }
    }

    /// Blank for the purpose of paragraphs: spaces, tabs, ideographic space, CR.
    @inline(__always)
    public static func isBlank(_ byteOrScalar: Unicode.Scalar) -> Bool {
        switch byteOrScalar.value {
        case 0x20, 0x09, 0x0D, 0x0B, 0x0C, 0xA0, 0x3000, 0xFEFF: return true
        default: return false
        }
    }

    /// 1 or 2 terminal columns for a scalar (0 for combining marks and joiners).
    public static func displayWidth(_ scalar: Unicode.Scalar) -> Int {
        let value = scalar.value
        if value < 0x300 { return 1 }
        switch scalar.properties.generalCategory {
        case .nonspacingMark, .enclosingMark, .format: return 0
        default: break
        }
        if value == 0x200D || (0xFE00...0xFE0F).contains(value) { return 0 }
        if scalar.properties.isEmojiPresentation { return 2 }
        return tm_is_wide(value) != 0 ? 2 : 1
    }
}
