/// How common a Han character is, from the national standards' own frequency tiers, read
/// out of ICU's converters (no word list is shipped):
///
/// - common: GB2312 level 1 (3,755 characters, rows B0–D7, chosen by frequency), Big5's
///   常用字 (5,401, A440–C67E) and JIS X 0208 level 1 (2,965, Shift_JIS 889F–9872);
/// - uncommon: GB2312 level 2, Big5's 次常用字 and JIS level 2;
/// - rare: every other Han character (GBK's extension, CJK extensions, compatibility forms).
///
/// Clean modern Chinese or Japanese is about 99% common characters; UTF-8 read as GBK or Big5
/// is mostly uncommon or rare ones (`鍙傝€冩枃鐚`), which is the signal mojibake rules use.
enum HanFrequency {
    /// A tier.
    enum Tier: UInt8 { case rare = 0, uncommon = 1, common = 2 }

    /// Tier per code point U+4E00–U+9FFF (everything outside is rare).
    static let tiers: [UInt8] = {
        var tiers = [UInt8](repeating: 0, count: 0xA000 - 0x4E00)
        func mark(_ charset: String, _ leads: ClosedRange<Int>, _ trails: [ClosedRange<Int>], _ tier: Tier, until last: Int = 0xFFFF) {
            var sequences: [[UInt8]] = []
            for lead in leads { for range in trails { for trail in range where lead << 8 | trail <= last { sequences.append([UInt8(lead), UInt8(trail)]) } } }
            for scalar in LegacyCharsets.decodeTable(charset, sequences) where (0x4E00..<0xA000).contains(scalar) {
                let index = Int(scalar) - 0x4E00
                tiers[index] = max(tiers[index], tier.rawValue)
            }
        }
        mark("GB2312", 0xB0...0xD7, [0xA1...0xFE], .common)
        mark("GB2312", 0xD8...0xF7, [0xA1...0xFE], .uncommon)
        mark("Big5", 0xA4...0xC6, [0x40...0x7E, 0xA1...0xFE], .common, until: 0xC67E)
        mark("Big5", 0xC9...0xF9, [0x40...0x7E, 0xA1...0xFE], .uncommon)
        mark("Shift_JIS", 0x88...0x98, [0x40...0x7E, 0x80...0xFC], .common, until: 0x9872)
        mark("Shift_JIS", 0x98...0x9F, [0x40...0x7E, 0x80...0xFC], .uncommon)
        mark("Shift_JIS", 0xE0...0xEA, [0x40...0x7E, 0x80...0xFC], .uncommon)
        return tiers
    }()

    /// Whether each code point U+4E00–U+9FFF is in GB2312 (simplified Chinese's basic set;
    /// traditional-only forms such as 發 and 過 are not).
    static let gb2312: [Bool] = {
        var sequences: [[UInt8]] = []
        for lead in 0xB0...0xF7 { for trail in 0xA1...0xFE { sequences.append([UInt8(lead), UInt8(trail)]) } }
        var table = [Bool](repeating: false, count: 0xA000 - 0x4E00)
        for scalar in LegacyCharsets.decodeTable("GB2312", sequences) where (0x4E00..<0xA000).contains(scalar) {
            table[Int(scalar) - 0x4E00] = true
        }
        return table
    }()

    /// Whether a Han character is in GB2312.
    static func isSimplifiedBasic(_ scalar: Unicode.Scalar) -> Bool {
        let value = Int(scalar.value)
        return value >= 0x4E00 && value < 0xA000 && gb2312[value - 0x4E00]
    }

    /// The tier of a Han character (rare for anything outside U+4E00–U+9FFF).
    @inline(__always)
    static func tier(_ scalar: Unicode.Scalar) -> Tier {
        let value = Int(scalar.value)
        guard value >= 0x4E00 && value < 0xA000 else { return .rare }
        return Tier(rawValue: tiers[value - 0x4E00])!
    }

    /// Whether a scalar is a Han ideograph (unified, extension or compatibility).
    @inline(__always)
    static func isHan(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xF900...0xFAFF, 0x20000...0x3FFFF: true
        default: false
        }
    }
}
