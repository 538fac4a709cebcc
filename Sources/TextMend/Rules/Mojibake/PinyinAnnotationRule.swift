/// Pinyin left in parentheses after characters by a traditional-Chinese converter
/// (`開發(fā)過(guò)程`).
///
/// Lint: a Han character followed by a tone-marked pinyin syllable in parentheses, when the
/// character is a traditional form (outside GB2312) or the line carries three or more.
/// Format: deletes the parenthesised pinyin.
public struct PinyinAnnotationRule: Rule {
    public static let description = RuleDescription(
        id: "mojibake.pinyin-annotation",
        category: .mojibake,
        summary: "Pinyin annotation left after characters by a conversion",
        rationale: """
            Some simplified-to-traditional converters mark every character with more than one
            reading by its pinyin, and mirror sites publish the result: `開發(fā)過(guò)程`,
            `意識形態(tài)`, `關(guān)鍵詞`. A tone-marked syllable in parentheses right after a Han
            character is reported when that character is a traditional form (not in GB2312, as
            發, 過, 態 are not) or when the line holds three or more such annotations. A
            textbook that glosses a simplified character once (`行(xíng)`) is left alone.
            """,
        fixSafety: "Safe: the parenthesis holds only the reading, which the converter added.",
        severity: .warning,
        fixability: .safe,
        nonTriggeringExamples: [
            Example("这个字读作行(xíng),也读作行(háng)。"),
            Example("開發過程中的意識形態(2023)工作,(注) 與 (A) 項。"),
            Example("Zoë (zō) and José (hosé); 北京(Beijing)。Emoji 👍🏽."),
            // A word list glosses characters set apart by spaces: no converter wrote that.
            Example("生字\u{FF1A}嬉\u{FF08}xī\u{FF09} 饕\u{FF08}tāo\u{FF09} 餮\u{FF08}tiè\u{FF09}"),
        ],
        triggeringExamples: [
            Example("開發⟦(fā)⟧過⟦(guò)⟧程"),
            Example("學⟦(xué)⟧習二十大,總結⟦(jié)⟧經驗"),
            Example("银⟦(yín)⟧行⟦(háng)⟧长⟦(zhǎng)⟧"),
        ],
        corrections: [
            Correction("開發(fā)過(guò)程中的意識形態(tài)工作", "開發過程中的意識形態工作"),
            Correction("關（guān）鍵詞", "關鍵詞"),
        ]
    )

    /// Local: a syllable stops at a line break, and the count of candidates is per line.
    public static let scope: RuleScope = .line

    public init() {}

    public func check(_ document: Document, _ context: RuleContext) -> [Finding] {
        let bytes = document.bytes
        var candidates: [(range: Range<Int>, traditional: Bool, line: Int)] = []
        // Every `(` and `(` (EF BC 88) of the text is among the shared brackets (see `PunctuationMarks`).
        for index in context.shared(PunctuationMarks.self, document).brackets where index > 0 {
            let open = bytes[index] == 0x28 ? 1 : (bytes[index] == 0xEF && bytes[index + 1] == 0xBC && bytes[index + 2] == 0x88 ? 3 : 0)
            guard open > 0 else { continue }
            let before = document.scalar(before: index).scalar
            guard HanFrequency.isHan(before), let end = Self.syllableEnd(document, index + open),
                  !Self.isGlossaryEntry(document, index, end) else { continue }
            candidates.append((index..<end, !HanFrequency.isSimplifiedBasic(before), document.lineIndex(ofByte: index)))
        }
        var perLine: [Int: Int] = [:]
        for candidate in candidates { perLine[candidate.line, default: 0] += 1 }
        return candidates.filter { $0.traditional || perLine[$0.line]! >= 3 }.map {
            finding("pinyin \(document.string($0.range)) left after a character by a conversion", $0.range,
                    fix: Fix(.safe, "remove the pinyin", [Edit($0.range, "")]))
        }
    }

    /// `生字：嬉（xī） 饕（tāo）`: a character set apart on both sides with its reading is a
    /// word list's entry; a converter annotates characters inside running text.
    static func isGlossaryEntry(_ document: Document, _ open: Int, _ end: Int) -> Bool {
        let character = document.scalar(before: open)
        let start = open - character.length
        let before: Unicode.Scalar? = start > 0 ? document.scalar(before: start).scalar : nil
        let after: Unicode.Scalar? = end < document.bytes.count ? document.scalar(at: end).scalar : nil
        return isEntrySeparator(before) && isEntrySeparator(after)
    }

    static func isEntrySeparator(_ scalar: Unicode.Scalar?) -> Bool {
        guard let scalar else { return true }
        return scalar.properties.isWhitespace || ":,;\u{FF1A}\u{FF0C}\u{FF1B}\u{3001}".unicodeScalars.contains(scalar)
    }

    static let toneVowels = Set("āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ".unicodeScalars)

    /// After an opening parenthesis: the end of `syllable)` or `syllable)` when the syllable
    /// is lower-case pinyin with exactly one tone mark.
    static func syllableEnd(_ document: Document, _ start: Int) -> Int? {
        var index = start, letters = 0, tones = 0
        while index < document.bytes.count, letters <= 6 {
            let (scalar, length) = document.scalar(at: index)
            if scalar == ")" || scalar == "\u{FF09}" {
                return letters >= 1 && letters <= 6 && tones == 1 ? index + length : nil
            }
            if toneVowels.contains(scalar) { tones += 1 } else if !("a"..."z").contains(scalar) && scalar != "ü" { return nil }
            letters += 1
            index += length
        }
        return nil
    }
}
