/// Scores of a byte string decoded in the Chinese, Japanese and Korean charsets, for the
/// decoder's guess: how much of the text is common characters of the charset's language,
/// and how much of it ICU's word breaker finds in dictionary words.
enum CharsetScore {
    /// The candidates, most common first (ties go to the earlier one).
    static let candidates = ["GB18030", "Big5", "Shift_JIS", "EUC-JP", "EUC-KR"]

    /// Whether an ICU charset name belongs to Chinese, Japanese or Korean.
    static func isEastAsian(_ name: String) -> Bool {
        let lower = name.lowercased()
        return ["gb", "big5", "shift_jis", "euc-", "iso-2022", "windows-936", "windows-949", "windows-950"].contains { lower.hasPrefix($0) }
    }

    /// Whether two charset names are the same script family (GB18030 ⊃ GBK ⊃ GB2312 …).
    static func sameFamily(_ a: String, _ b: String) -> Bool {
        func family(_ name: String) -> String {
            let lower = name.lowercased()
            if lower.hasPrefix("gb") || lower == "windows-936" { return "zh-hans" }
            if lower.hasPrefix("big5") || lower == "windows-950" { return "zh-hant" }
            if lower.hasPrefix("shift_jis") || lower.hasPrefix("euc-jp") || lower.hasPrefix("iso-2022-jp") { return "ja" }
            if lower.hasPrefix("euc-kr") || lower == "windows-949" || lower.hasPrefix("iso-2022-kr") { return "ko" }
            return lower
        }
        return family(a) == family(b)
    }

    /// The best-scoring East Asian reading of the input, if one decodes cleanly and scores
    /// at least 0.6 (0–1).
    static func bestEastAsian(_ input: [UInt8]) -> (name: String, score: Double)? {
        var sample = Array(input.prefix(1 << 14))
        guard sample.filter({ $0 >= 0x80 }).count >= 4 else { return nil }
        var best: (String, Double)? = nil
        for charset in candidates {
            // A sample cut inside a character may end with half of it: try without the last byte.
            var scalars = LegacyCharsets.decode(sample, as: charset)
            if scalars == nil, sample.count < input.count { scalars = LegacyCharsets.decode(Array(sample.dropLast()), as: charset) }
            guard let scalars, let score = score(scalars, charset) else { continue }
            if best == nil || score > best!.1 + 0.02 { best = (charset, score) }
        }
        sample.removeAll()
        return best.flatMap { $0.1 >= 0.6 ? $0 : nil }
    }

    /// 0–1: half the share of non-ASCII characters that are common in the charset's
    /// language, half the share that ICU places in words of two or more characters.
    static func score(_ scalars: [Unicode.Scalar], _ charset: String) -> Double? {
        var good = 0.0, total = 0.0
        let japanese = charset == "Shift_JIS" || charset == "EUC-JP", korean = charset == "EUC-KR"
        for scalar in scalars where !scalar.isASCII {
            total += 1
            switch scalar.properties.generalCategory {
            case .privateUse, .unassigned, .control, .surrogate: return nil
            default: break
            }
            let value = scalar.value
            if HanFrequency.isHan(scalar) {
                // Modern Korean is written in hangul; hanja in a Korean reading are suspect.
                good += korean ? 0 : HanFrequency.tier(scalar) == .common ? 1 : HanFrequency.tier(scalar) == .uncommon ? 0.4 : 0
            } else if (0x3040...0x30FF).contains(value) {
                good += japanese ? 1 : 0.2
            } else if (0xAC00...0xD7A3).contains(value) {
                good += korean ? 1 : 0
            } else if (0x3000...0x303F).contains(value) || (0xFF01...0xFF5E).contains(value) || (0x2010...0x2027).contains(value) {
                good += 1
            }
        }
        guard total > 0 else { return nil }
        // Korean separates words with spaces: a "word" of more than eight syllables is not one.
        return 0.5 * good / total + 0.5 * CJKMisdecoding.wordCoverage(scalars, longest: korean ? 8 : .max)
    }
}
