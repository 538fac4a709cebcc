/// Text decoded with the wrong charset (mojibake) that decodes right when its bytes are
/// restored: `CafÃ©`, `â€™`, `g√¢teau`, `РџСЂРёРІРµС‚`, `鍙傝€冩枃鐚`, `ÎÒÃÇµÄ`.
///
/// Lint: runs of non-ASCII text whose bytes in a legacy charset form plausible UTF-8 (or,
/// for latin-1 text, plausible GBK, Big5, Shift_JIS or EUC-KR); double mojibake too.
/// Format: replaces the run with the repaired text.
public struct MisdecodedTextRule: Rule {
    public static let description = RuleDescription(
        id: "mojibake.misdecoded",
        category: .mojibake,
        summary: "Text decoded with the wrong charset",
        rationale: """
            When UTF-8 bytes are read as windows-1252, latin-1, MacRoman, windows-1250/1251/1253/1257
            or code page 437, every accented letter turns into two or three symbols (`CafÃ©`,
            `donâ€™t`, `g√¢teau`, `РџСЂРёРІРµС‚`); read as GBK, Chinese turns into strings of
            rare characters (`鍙傝€冩枃鐚` for `参考文献`), read as Shift_JIS into kanji with
            half-width katakana glued on (`謨ｰ謐ｮ蠎楢ｿ樊磁` for `数据库连接`), read as Big5 into
            characters broken by U+FFFD where bytes could not pair; and GBK read as latin-1 looks like
            `ÎÒÃÇµÄ` (`我们的`). The rule turns each run of non-ASCII characters back into the
            bytes of the charset it was misread as (through ICU's converters) and decodes them
            again. A repair is kept only when it is plausible: every restored sequence is valid
            UTF-8 and gives a believable character where it stands (no IPA letters from `É¡`, no
            lone Hebrew letter from `×£`, no lower-case letter inside an upper-case word, no
            syllable from `ë…”`); Chinese must turn from mostly uncommon into only common
            characters (GB2312 level 1, Big5 常用字, JIS level 1, read from ICU's tables); a run
            taken for its katakana or U+FFFD marks must come out as East Asian text.
            Mojibake of mojibake is repaired in up to three rounds. Code spans, quoted text and
            lines that show both the damaged and the repaired form, or talk about mojibake or
            encodings (`encoding`, `charset`, `latin-1`, `编码` …), are left alone.
            """,
        fixSafety: """
            Safe: the repair is an exact round trip through the bytes. When the last character
            of a Chinese run lost a byte (`鍙傝€冩枃鐚` ends inside `献`), the repair keeps a U+FFFD
            for it and is only suggested.
            """,
        severity: .warning,
        fixability: .sometimes,
        nonTriggeringExamples: [
            Example("José, Zoë, Brontë…” and NESTLÉ® met in São Paulo; 5×£35, 4288×…, √π, ∆°."),
            Example("学习贯彻会议精神,鍀、龘、𠮷 are rare but real; 한국어, 日本語, русский, ελληνικά."),
            Example("HUHLL Õ…, MARQUÉ…, AHÅ™, a radius of 10 Å—, SÉ¡, ВІКІ, C O N C L U S Ã O."),
            Example("There are a lot of Ã’s in mojibake text; “Ã©” is what é looks like misread."),
            Example("The page showed CafÃ© where it meant Café."),
            Example("Encoding errors show up as Ã¤ or â€” in old exports; 编码错误会显示为 鍙傝€冩枃鐚。"),
            Example("Use `CafÃ©` as a test string. Emoji 👍🏽 and e\u{301}."),
        ],
        triggeringExamples: [
            Example("Caf⟦Ã©⟧ au lait, don⟦â€™⟧t"),
            // The `“` inside `å“\u{8D}` (影响 misread) is mojibake, not the line showing both forms.
            Example("⟦â€œ⟧/var/lib/dpkg/status⟦â€\u{9D}⟧ ⟦å½±å“\u{8D}⟧"),
            Example("g⟦√¢⟧teaux, wei⟦√ü⟧ and ⟦РџСЂРёРІРµС‚⟧!"),
            Example("Iggy Pop (n⟦ÃƒÂ©⟧ Jim Osterberg)"),
            Example("⟦ÎÒÃÇµÄ⟧ and ⟦鍙傝€冩枃鐚⟧"),
            Example("⟦謨ｰ謐ｮ蠎楢ｿ樊磁⟧ and ⟦摮虫\u{FFFD}\u{FFFD}韐臬蝠隡⟧\u{FFFD}"),
            Example("⟦\u{84}⟧Handwerk⟦\u{93}⟧ and voil⟦Ã⟧ le travail"),
        ],
        corrections: [
            Correction("CafÃ© au lait, donâ€™t, gâ€œquoteâ€\u{9D}", "Café au lait, don’t, g“quote”"),
            Correction("The Mona Lisa doesnÃƒÂ¢Ã¢â€šÂ¬Ã¢â€žÂ¢t have eyebrows.", "The Mona Lisa doesn’t have eyebrows."),
            Correction("ÎÒÃÇµÄ 简体: ç®€ä½“ä¸\u{AD}æ–‡", "我们的 简体: 简体中文"),
            Correction("参考: 鍙傝€冩枃鐚 2020", "参考: 参考文\u{FFFD} 2020", unsafe: true),
            Correction("见 謨ｰ謐ｮ蠎楢ｿ樊磁 一节", "见 数据库连接 一节"),
            Correction("摮虫\u{FFFD}\u{FFFD}韐臬蝠隡\u{FFFD}霈桃移蟡\u{FFFD}", "学\u{FFFD}贯彻\u{FFFD}议精\u{FFFD}", unsafe: true),
        ]
    )

    public init() {}

    public func check(_ document: Document, _ context: RuleContext) -> [Finding] {
        var findings: [Finding] = []
        for repair in context.shared(Reported.self, document).repairs {
            let range = repair.range
            let fix = Fix(repair.lossy ? .suggested : .safe, "decode as \(repair.steps[0].writtenIn)",
                          [Edit(range, repair.replacement)])
            findings.append(finding(Self.message(document, repair), range, fix: fix))
        }
        return findings
    }

    /// The scan's repairs this rule reports: not in code, quotes, or lines about encodings
    /// (shared with the control-character rule, which leaves their C1 controls to them).
    struct Reported: SharedAnalysis {
        /// The reported repairs, in document order.
        let repairs: [MisdecodingScan.Repair]

        init(document: Document, context: RuleContext) {
            let repairs = context.shared(MisdecodingScan.self, document).repairs
            guard !repairs.isEmpty else { self.repairs = []; return }
            let code = context.shared(CodeSpans.self, document)
            var aboutMojibake = MentionScanner(MisdecodedTextRule.mojibakeWords)
            self.repairs = repairs.filter { repair in
                !code.overlaps(repair.range) && !ProseContext.isQuoted(document, repair.range)
                    && !aboutMojibake.mentions(document, at: repair.range.lowerBound)
                    && !MisdecodedTextRule.showsBothForms(document, repair, besides: repairs)
            }
        }
    }

    /// Words of lines that talk about mojibake or name what it comes from.
    static let mojibakeWords: [[UInt8]] = ["mojibake", "misdecod*", "mis-decod*", "乱码", "encoding*", "charset*", "latin-1", "latin1",
                                           "windows-1252", "cp1252", "iso-8859*", "编码", "字符集"].map { Array($0.utf8) }

    /// A line that shows the repaired word too, close by (256 bytes), is about encodings.
    /// The word inside other mojibake does not count (`å“` holds a `“`; `repairs` are sorted).
    static func showsBothForms(_ document: Document, _ repair: MisdecodingScan.Repair, besides repairs: [MisdecodingScan.Repair]) -> Bool {
        // A lost character (U+FFFD) is no form a text shows on purpose.
        guard !repair.replacement.unicodeScalars.contains("\u{FFFD}") else { return false }
        let content = document.lineContent(document.lineIndex(ofByte: repair.range.lowerBound))
        let line = max(content.lowerBound, repair.range.lowerBound - 256)..<min(content.upperBound, repair.range.upperBound + 256)
        let bytes = document.bytes
        // The repaired word: the repair with the letters around it.
        var start = repair.range.lowerBound, end = repair.range.upperBound
        while start > line.lowerBound, repair.range.lowerBound - start < 64, case let (scalar, length) = document.scalar(before: start), scalar.properties.isAlphabetic { start -= length }
        while end < line.upperBound, end - repair.range.upperBound < 64, case let (scalar, length) = document.scalar(at: end), scalar.properties.isAlphabetic { end += length }
        let word = Array(bytes[start..<repair.range.lowerBound]) + Array(repair.replacement.utf8) + Array(bytes[repair.range.upperBound..<end])
        guard word.count >= 2, word.count <= line.count else { return false }
        // Candidates start with the word's first byte: found by memchr.
        var index = line.lowerBound
        let first = word[0], stop = line.upperBound - word.count + 1
        while true {
            index = ByteSearch.next(first, in: bytes, from: index, to: stop)
            guard index < stop else { return false }
            if !(start..<end).contains(index), bytes[index..<(index + word.count)].elementsEqual(word),
               !insideRepair(index, repairs) { return true }
            index += 1
        }
    }

    /// Whether a byte lies inside one of the sorted repairs.
    static func insideRepair(_ offset: Int, _ repairs: [MisdecodingScan.Repair]) -> Bool {
        let low = repairs.partitioningIndex { $0.range.upperBound > offset }
        return low < repairs.count && repairs[low].range.contains(offset)
    }

    static func message(_ document: Document, _ repair: MisdecodingScan.Repair) -> String {
        let first = repair.steps[0]
        let times = repair.steps.count > 1 ? " \(repair.steps.count) times" : ""
        let lost = repair.lossy ? "; characters that lost bytes stay U+FFFD" : ""
        let (damaged, repaired) = repair.shown ?? (document.string(repair.range), repair.replacement)
        return "\(first.writtenIn) text read as \(first.readAs)\(times): \(excerpt(damaged)) reads \(excerpt(repaired))\(lost)"
    }

    static func excerpt(_ text: String) -> String {
        let scalars = text.unicodeScalars
        // Counted no further than needed: a run of Chinese mojibake is thousands of scalars.
        return scalars.dropFirst(24).isEmpty ? "“\(text)”" : "“\(String(scalars.prefix(22)))…”"
    }
}
