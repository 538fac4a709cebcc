/// How common a Han character is, from the national standards' own frequency tiers, read
/// out of ICU's converters (a table generated from them, Resources/han-frequency.txt):
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

    /// Tier per code point U+4E00–U+9FFF (everything outside is rare), from the table
    /// `fromICU()` builds, stored in Resources/han-frequency.txt (building it through ICU one
    /// character at a time cost every process ~40 M instructions; HanFrequencyTableTests
    /// keeps the file equal to ICU's answer).
    static let tiers: [UInt8] = stored.tiers

    /// Whether each code point U+4E00–U+9FFF is in GB2312 (simplified Chinese's basic set;
    /// traditional-only forms such as 發 and 過 are not).
    static let gb2312: [Bool] = stored.gb2312

    /// Both tables read from the resource: one digit per code point, the tier plus 3 when
    /// the character is in GB2312, 64 to a line after the line's first code point in hex.
    static let stored: (tiers: [UInt8], gb2312: [Bool]) = parse(PackageResources.han_frequency_txt)

    /// Reads the resource's format (see the file's header).
    static func parse(_ bytes: [UInt8]) -> (tiers: [UInt8], gb2312: [Bool]) {
        var tiers = [UInt8](repeating: 0, count: 0xA000 - 0x4E00)
        var gb2312 = [Bool](repeating: false, count: 0xA000 - 0x4E00)
        var index = 0
        while index < bytes.count {
            var end = index
            while end < bytes.count, bytes[end] != 0x0A { end += 1 }
            if bytes[index] != 0x23, let space = bytes[index..<end].firstIndex(of: 0x20),
               let first = Int(String(decoding: bytes[index..<space], as: UTF8.self), radix: 16) {
                for (offset, digit) in bytes[(space + 1)..<end].enumerated() where digit >= 0x30 && digit <= 0x35 {
                    let slot = first - 0x4E00 + offset
                    guard slot >= 0, slot < tiers.count else { continue }
                    tiers[slot] = (digit - 0x30) % 3
                    gb2312[slot] = digit >= 0x33
                }
            }
            index = end + 1
        }
        return (tiers, gb2312)
    }

    /// Both tables built from ICU's converters (what the resource holds; its test compares).
    static func fromICU() -> (tiers: [UInt8], gb2312: [Bool]) {
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
        var sequences: [[UInt8]] = []
        for lead in 0xB0...0xF7 { for trail in 0xA1...0xFE { sequences.append([UInt8(lead), UInt8(trail)]) } }
        var gb2312 = [Bool](repeating: false, count: 0xA000 - 0x4E00)
        for scalar in LegacyCharsets.decodeTable("GB2312", sequences) where (0x4E00..<0xA000).contains(scalar) {
            gb2312[Int(scalar) - 0x4E00] = true
        }
        return (tiers, gb2312)
    }

    /// The resource's text for tables (what `TEXTMEND_RECORD=1 swift test --filter HanFrequencyTable` writes).
    static func resourceText(_ tables: (tiers: [UInt8], gb2312: [Bool])) -> String {
        var text = """
        # textmend Han frequency tiers, U+4E00-U+9FFF.
        #
        # Source: generated from ICU's own converters by HanFrequency.fromICU() (ICU 72): a
        # character's tier is the best of GB2312 (level 1 rows B0-D7 common, level 2
        # uncommon), Big5 (A440-C67E common, C940-F9FE uncommon) and JIS X 0208 via
        # Shift_JIS (889F-9872 common; the rest of leads 98-9F and leads E0-EA uncommon);
        # everything else is rare. Regenerate with
        # TEXTMEND_RECORD=1 swift test --filter HanFrequencyTable (the test keeps it equal).
        #
        # Format: `XXXX digits`: the line's first code point in hex, then one digit per code
        # point from it: the tier (0 rare, 1 uncommon, 2 common), plus 3 when it is in GB2312.

        """
        for first in stride(from: 0, to: tables.tiers.count, by: 64) {
            text += String(first + 0x4E00, radix: 16, uppercase: true) + " "
            for slot in first..<min(first + 64, tables.tiers.count) {
                text += String(Int(tables.tiers[slot]) + (tables.gb2312[slot] ? 3 : 0))
            }
            text += "\n"
        }
        return text
    }

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
