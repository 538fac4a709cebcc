/// Repair of Chinese, Japanese and Korean mojibake: UTF-8 read as GBK, Big5 or Shift_JIS
/// (`鍙傝€冩枃鐚`), and GBK, Big5, Shift_JIS or EUC-KR read as windows-1252 (`ÎÒÃÇµÄ`).
/// Both are judged by how common the Han characters are before and after (`HanFrequency`).
enum CJKMisdecoding {
    /// A repaired run.
    struct Result {
        var scalars: [Unicode.Scalar]
        /// The charset the text was wrongly read as, and the one it was written in.
        var readAs: String
        var writtenIn: String
        /// Bytes of a last character were lost (the run ends inside a UTF-8 sequence).
        var lostAtEnd: Bool
    }

    /// Counts of Han characters in a text: all, and those that are not common.
    static func hanCounts(_ scalars: some Collection<Unicode.Scalar>) -> (han: Int, uncommon: Int) {
        var han = 0, uncommon = 0
        for scalar in scalars where HanFrequency.isHan(scalar) {
            han += 1
            if HanFrequency.tier(scalar) != .common { uncommon += 1 }
        }
        return (han, uncommon)
    }

    /// Whether a run looks like UTF-8 read as a CJK charset: mostly uncommon Han characters.
    static func isCandidate(_ run: some Collection<Unicode.Scalar>) -> Bool {
        let counts = hanCounts(run)
        return counts.uncommon >= 2 && counts.uncommon * 10 >= counts.han * 4
    }

    /// UTF-8 read as GBK, Big5 or Shift_JIS.
    static func repairUTF8(_ run: [Unicode.Scalar]) -> Result? {
        guard isCandidate(run) else { return nil }
        for charset in ["GBK", "Big5", "Shift_JIS"] {
            guard let bytes = LegacyCharsets.encode(run[...], as: charset),
                  let (scalars, lost) = decodeUTF8(bytes), scalars.count >= 2, isClean(scalars) else { continue }
            return Result(scalars: scalars, readAs: charset, writtenIn: "UTF-8", lostAtEnd: lost)
        }
        return nil
    }

    /// GBK, Big5, Shift_JIS or EUC-KR read as windows-1252 or latin-1.
    static func repairLegacy(_ run: [Unicode.Scalar]) -> Result? {
        guard run.count >= 4 else { return nil }
        var bytes: [UInt8] = []
        for scalar in run {
            guard let byte = LegacyCharsets.windows1252.byte(scalar) else { return nil }
            bytes.append(byte)
        }
        for charset in LegacyCharsets.multiByte {
            guard let scalars = LegacyCharsets.decode(bytes, as: charset), scalars.count >= 2,
                  scalars.allSatisfy({ isEastAsian($0, korean: charset == "EUC-KR") }), isClean(scalars) else { continue }
            return Result(scalars: scalars, readAs: "windows-1252", writtenIn: charset, lostAtEnd: false)
        }
        return nil
    }

    /// Text made only of common characters: no rare or uncommon Han, no controls or private use.
    static func isClean(_ scalars: [Unicode.Scalar]) -> Bool {
        for scalar in scalars {
            switch scalar.properties.generalCategory {
            case .control, .privateUse, .unassigned, .surrogate: return false
            default: break
            }
            if HanFrequency.isHan(scalar), HanFrequency.tier(scalar) != .common { return false }
            if (0xFF61...0xFF9F).contains(scalar.value) { return false }  // half-width katakana
        }
        return true
    }

    /// Han, kana, CJK punctuation and full-width forms (hangul only for Korean, which has nothing else).
    static func isEastAsian(_ scalar: Unicode.Scalar, korean: Bool) -> Bool {
        if korean { return (0xAC00...0xD7A3).contains(scalar.value) }
        return HanFrequency.isHan(scalar) || (0x3000...0x30FF).contains(scalar.value) || (0xFF01...0xFF5E).contains(scalar.value)
    }

    /// Strict UTF-8 of bytes that are all non-ASCII; an incomplete last sequence is dropped
    /// and reported. Nil when any other part is invalid.
    static func decodeUTF8(_ bytes: [UInt8]) -> ([Unicode.Scalar], Bool)? {
        var scalars: [Unicode.Scalar] = []
        var index = 0
        let codes = bytes.map { UInt16($0) }
        while index < bytes.count {
            if let (length, scalar) = LatinMisdecoding.sequence(codes, at: index) {
                scalars.append(scalar)
                index += length
                continue
            }
            // An incomplete sequence at the very end: the rest of its bytes were lost.
            let lead = bytes[index]
            let length = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : lead >= 0xC2 ? 2 : 0
            if length > 0, bytes.count - index < length, bytes[(index + 1)...].allSatisfy({ $0 & 0xC0 == 0x80 }) {
                return (scalars, true)
            }
            return nil
        }
        return (scalars, false)
    }
}
