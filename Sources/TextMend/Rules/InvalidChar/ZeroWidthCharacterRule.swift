/// Zero-width characters left inside text by editors, web pages or copy protection.
///
/// Lint: U+200B, U+2060, U+180E and a U+FEFF that is not at the very start.
/// Format: deletes them.
public struct ZeroWidthCharacterRule: Rule {
    public static let description = RuleDescription(
        id: "invalid-char.zero-width",
        category: .invalidChar,
        summary: "Zero-width space, word joiner or byte-order mark inside the text",
        rationale: """
            Web pages and word processors leave invisible characters that split words for
            search and tokenizers (`学\u{200B}习` no longer matches `学习`) and survive every
            visual check. U+200B ZERO WIDTH SPACE, U+2060 WORD JOINER, U+180E MONGOLIAN VOWEL
            SEPARATOR and U+FEFF (a byte-order mark, but not at the start of the text) are
            reported. Joiners that shape text (U+200C, U+200D in emoji and Indic or Arabic
            script) are left alone.
            """,
        fixSafety: """
            Safe: the characters carry no content. Between Thai, Lao, Khmer or Myanmar
            letters, where U+200B marks word breaks, the rule stays silent.
            """,
        severity: .warning,
        fixability: .safe,
        nonTriggeringExamples: [
            Example("学习贯彻会议精神。"),
            Example("A family: 👨‍👩‍👧 and a flag 🇨🇳 with e\u{301} accents."),
            Example("ภาษา\u{200B}ไทย ใช้ช่องว่างความกว้างศูนย์"),
            Example("می\u{200C}خواهم"),
        ],
        triggeringExamples: [
            Example("学⟦\u{200B}⟧习贯彻会议精神。"),
            Example("word⟦\u{2060}⟧joiner and ⟦\u{FEFF}⟧inside"),
        ],
        corrections: [
            Correction("学\u{200B}习贯彻\u{200B}\u{200B}会议精神。", "学习贯彻会议精神。"),
            Correction("a\u{FEFF}b", "ab"),
        ]
    )

    /// Local: runs and their neighbours stop at a line break.
    public static let scope: RuleScope = .line

    public init() {}

    public func check(_ document: Document, _ context: RuleContext) -> [Finding] {
        // The targets: E2 80 8B (U+200B), E2 81 A0 (U+2060), E1 A0 8E (U+180E), EF BB BF (U+FEFF).
        let pairs = context.shared(BytePairs.self, document)
        let present = Self.targetBytes.filter(pairs.mayContain)
        guard !present.isEmpty else { return [] }
        var findings: [Finding] = []
        let bytes = document.bytes
        var index = 0
        // All targets are three-byte sequences led by 0xE2, 0xE1 or 0xEF: skip everything else
        // fast, and the leads of targets the text cannot hold too (，is EF BC 8C).
        let leads = present.count == Self.targetBytes.count ? Self.leads : ByteSet(present.map { $0[0] })
        while index < bytes.count {
            index = leads.next(in: bytes, from: index, to: bytes.count)
            guard index < bytes.count else { break }
            let (scalar, length) = document.scalar(at: index)
            if Self.isTarget(scalar), !Self.separatesSoutheastAsianWords(document, index, length, scalar) {
                // Merge a run of them into one finding.
                var end = index + length
                while end < bytes.count, case let (next, nextLength) = document.scalar(at: end), Self.isTarget(next) {
                    end += nextLength
                }
                findings.append(finding(Self.message(scalar), index..<end,
                                        fix: Fix(.safe, "delete the invisible characters", [Edit(index..<end, "")])))
                index = end
            } else {
                index += length
            }
        }
        return findings
    }

    /// Lead bytes of the targets.
    static let leads = ByteSet([0xE1, 0xE2, 0xEF])
    /// The targets' UTF-8.
    static let targetBytes: [[UInt8]] = [[0xE2, 0x80, 0x8B], [0xE2, 0x81, 0xA0], [0xE1, 0xA0, 0x8E], [0xEF, 0xBB, 0xBF]]

    static func isTarget(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x200B, 0x2060, 0x180E, 0xFEFF: true
        default: false
        }
    }

    static func separatesSoutheastAsianWords(_ document: Document, _ index: Int, _ length: Int, _ scalar: Unicode.Scalar) -> Bool {
        guard scalar.value == 0x200B, index > 0, index + length < document.bytes.count else { return false }
        func southeastAsian(_ s: Unicode.Scalar) -> Bool { (0x0E00...0x0EFF).contains(s.value) || (0x1000...0x109F).contains(s.value) || (0x1780...0x17FF).contains(s.value) }
        return southeastAsian(document.scalar(before: index).scalar) && southeastAsian(document.scalar(at: index + length).scalar)
    }

    static func message(_ scalar: Unicode.Scalar) -> String {
        switch scalar.value {
        case 0x200B: "zero-width space inside the text"
        case 0x2060: "word joiner inside the text"
        case 0xFEFF: "byte-order mark inside the text"
        default: "invisible separator inside the text"
        }
    }
}
