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
        /// Some characters lost bytes and stay U+FFFD (the run was split or cut inside a sequence).
        var lossy: Bool
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

    /// Whether a run looks like UTF-8 read as a CJK charset: mostly uncommon Han characters,
    /// or Han characters with the marks of a Shift_JIS or Big5 reading (`isMarked`).
    static func isCandidate(_ run: some Collection<Unicode.Scalar>) -> Bool {
        isMostlyUncommon(run) || isMarked(run)
    }

    /// Two or more uncommon Han characters, 40% or more of the Han characters.
    static func isMostlyUncommon(_ run: some Collection<Unicode.Scalar>) -> Bool {
        let counts = hanCounts(run)
        return counts.uncommon >= 2 && counts.uncommon * 10 >= counts.han * 4
    }

    /// Chinese read as Shift_JIS or Big5 is made of common characters too (JIS kanji, Big5
    /// level 2), but Shift_JIS leaves half-width katakana glued after Han (`荳ｭ蜊惹ｺｺ` 中华人)
    /// and Big5 U+FFFD between Han (`銝剖��鈭箸` 中…人), for the bytes it could not pair:
    /// two or more of either, with two or more Han characters.
    static func isMarked(_ run: some Collection<Unicode.Scalar>) -> Bool {
        var han = 0, glued = 0, replaced = 0, previousHan = false
        for scalar in run {
            let isHan = HanFrequency.isHan(scalar)
            if isHan { han += 1 }
            if previousHan, (0xFF61...0xFF9F).contains(scalar.value) { glued += 1 }
            if scalar == "\u{FFFD}" { replaced += 1 }
            previousHan = isHan
        }
        return han >= 2 && (glued >= 2 || replaced >= 2)
    }

    /// UTF-8 read as GBK, Big5 or Shift_JIS. U+FFFD in the run (bytes the wrong decoder
    /// could not map) splits it; UTF-8 resynchronises after each, and what was lost stays U+FFFD.
    static func repairUTF8(_ run: [Unicode.Scalar]) -> Result? {
        guard isCandidate(run) else { return nil }
        // Runs taken for their marks alone must come out as East Asian text.
        let marksOnly = !isMostlyUncommon(run)
        for charset in ["GBK", "Big5", "Shift_JIS"] {
            var scalars: [Unicode.Scalar] = []
            var lossy = false
            var failed = false
            for segment in run.split(separator: "\u{FFFD}", omittingEmptySubsequences: false) {
                if !scalars.isEmpty || segment.startIndex > 0 {
                    lossy = true
                    if scalars.last != "\u{FFFD}" { scalars.append("\u{FFFD}") }
                }
                guard !segment.isEmpty else { continue }
                guard let bytes = LegacyCharsets.encode(segment, as: charset), let decoded = decodeUTF8(bytes) else { failed = true; break }
                if decoded.lostBefore && scalars.last != "\u{FFFD}" { scalars.append("\u{FFFD}") }
                scalars += decoded.scalars
                if decoded.lostAfter { scalars.append("\u{FFFD}") }
                lossy = lossy || decoded.lostBefore || decoded.lostAfter
            }
            let kept = scalars.filter { $0 != "\u{FFFD}" }
            guard !failed, kept.count >= 2, kept.contains(where: { $0.value >= 0x80 }), isClean(kept),
                  !marksOnly || kept.allSatisfy({ $0.isASCII || isEastAsian($0, korean: false) }) else { continue }
            return Result(scalars: scalars, readAs: charset, writtenIn: "UTF-8", lossy: lossy)
        }
        return nil
    }

    /// GBK, Big5, Shift_JIS or EUC-KR read as windows-1252 or latin-1. A short run (two
    /// characters, one Han) is tried only in the charset the rest of the document showed.
    /// Glued to Latin letters (`MÄ£ÄM`) a run needs more evidence: six or more characters.
    static func repairLegacy(_ run: [Unicode.Scalar], only known: String? = nil, glued: Bool = false) -> Result? {
        let nonASCII = run.filter { !$0.isASCII }.count
        guard nonASCII >= (known != nil ? 2 : glued ? 6 : 4), known != nil || Set(run).count >= 3 else { return nil }
        var bytes: [UInt8] = []
        for scalar in run {
            guard let byte = LegacyCharsets.windows1252.byte(scalar) else { return nil }
            bytes.append(byte)
        }
        // Several charsets may give clean text (GBK and EUC-KR share much of their byte
        // space): the reading whose characters form words ICU knows wins.
        var best: (result: Result, coverage: Double)? = nil
        for charset in known.map({ [$0] }) ?? LegacyCharsets.multiByte {
            guard let scalars = LegacyCharsets.decode(bytes, as: charset), scalars.count >= (known == nil ? 2 : 1),
                  scalars.allSatisfy({ $0.isASCII || isEastAsian($0, korean: charset == "EUC-KR") }),
                  scalars.filter({ !$0.isASCII }).count >= (known == nil ? 2 : 1), isClean(scalars) else { continue }
            let coverage = known == nil ? wordCoverage(scalars) : 1
            // Real text forms words; random common characters mostly do not.
            guard coverage >= 0.5 else { continue }
            if best == nil || coverage > best!.coverage {
                best = (Result(scalars: scalars, readAs: "windows-1252", writtenIn: charset, lossy: false), coverage)
            }
        }
        return best?.result
    }

    /// Share of the non-ASCII letters that ICU's word breaker puts in words of two or more
    /// characters: high for Chinese, Japanese and Korean text, low for random characters.
    static func wordCoverage(_ scalars: [Unicode.Scalar], longest: Int = .max) -> Double {
        let text = String(String.UnicodeScalarView(scalars))
        let bytes = Array(text.utf8)
        var inWords = 0, total = 0
        for token in wordTokens(of: text) {
            let count = String(decoding: bytes[token.range], as: UTF8.self).unicodeScalars.filter { !$0.isASCII && $0.properties.isAlphabetic }.count
            total += count
            if count >= 2 && count <= longest { inWords += count }
        }
        return total == 0 ? 0 : Double(inWords) / Double(total)
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
            || (0x2010...0x2027).contains(scalar.value) || scalar.value == 0xB7
    }

    /// UTF-8 of a run's bytes: continuation bytes at the start (their lead was lost) and an
    /// incomplete sequence at the end are dropped and reported; anything else invalid fails.
    static func decodeUTF8(_ bytes: [UInt8]) -> (scalars: [Unicode.Scalar], lostBefore: Bool, lostAfter: Bool)? {
        var scalars: [Unicode.Scalar] = []
        var index = 0
        while index < bytes.count, bytes[index] & 0xC0 == 0x80 { index += 1 }
        let lostBefore = index > 0
        let codes = bytes.map { UInt16($0) }
        while index < bytes.count {
            if bytes[index] < 0x80 {
                scalars.append(Unicode.Scalar(bytes[index]))
                index += 1
                continue
            }
            if let (length, scalar) = LatinMisdecoding.sequence(codes, at: index), scalar != "\u{FFFD}" {
                scalars.append(scalar)
                index += length
                continue
            }
            let lead = bytes[index]
            let length = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : lead >= 0xC2 ? 2 : 0
            if length > 0, bytes.count - index < length, bytes[(index + 1)...].allSatisfy({ $0 & 0xC0 == 0x80 }) {
                return (scalars, lostBefore, true)
            }
            return nil
        }
        return (scalars, lostBefore, false)
    }
}
