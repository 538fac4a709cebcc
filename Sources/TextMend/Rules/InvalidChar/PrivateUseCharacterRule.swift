/// Private-use characters: glyphs of one font whose meaning is lost without it.
///
/// Lint: runs of U+E000–U+F8FF (except U+F8FF) and of planes 15 and 16.
/// Format: none.
public struct PrivateUseCharacterRule: Rule {
    public static let description = RuleDescription(
        id: "invalid-char.private-use",
        category: .invalidChar,
        summary: "Private-use character whose meaning depends on a font",
        rationale: """
            Icon fonts (Font Awesome, Wingdings via a PDF), copy-protected sites that remap glyphs,
            and legacy GBK or Big5 user-defined characters put private-use code points in text:
            they render as boxes or as the wrong glyph anywhere else. Each run is one finding.
            U+F8FF is left alone: it is the Apple logo by a convention every Apple system
            follows, so it still means something.
            """,
        fixSafety: """
            No fix: the intended character is unknown (an icon, a remapped letter, a rare Han
            character that a later standard encoded elsewhere).
            """,
        severity: .warning,
        fixability: .none,
        nonTriggeringExamples: [
            Example("Shot on \u{F8FF} iPhone. 学习贯彻会议精神。"),
            Example("A family: 👨‍👩‍👧, a flag 🇨🇳, ❤️ and e\u{301}; 𠀀 and 𪚥 are Han."),
            Example("한국어, 日本語のテキスト、「引用」と(括弧)。"),
            Example("Boxes □ ■ and ◆ are ordinary symbols; so is ꙮ."),
            Example("\u{FFFD} is not private use, nor is \u{FFFF}."),
        ],
        triggeringExamples: [
            Example("点击⟦\u{E600}⟧图标下载"),
            Example("icons ⟦\u{F021}\u{F022}\u{F023}⟧ here"),
            Example("plane fifteen ⟦\u{F0001}⟧ and sixteen ⟦\u{10FFFD}⟧"),
        ],
        corrections: []
    )

    /// Local: runs stop at a line break.
    public static let scope: RuleScope = .line

    public init() {}

    public func check(_ document: Document, _ context: RuleContext) -> [Finding] {
        // The targets' first two bytes: EE 80–BF, EF 80–A3, F3 B0–BF, F4 80–8F.
        let pairs = context.shared(BytePairs.self, document)
        guard pairs.contains(0xEE, 0x80...0xBF) || pairs.contains(0xEF, 0x80...0xA3)
            || pairs.contains(0xF3, 0xB0...0xBF) || pairs.contains(0xF4, 0x80...0x8F) else { return [] }
        let bytes = document.bytes
        var findings: [Finding] = []
        var index = 0
        let leads = Self.leads
        while index < bytes.count {
            index = leads.next(in: bytes, from: index, to: bytes.count)
            guard index < bytes.count else { break }
            let (scalar, length) = document.scalar(at: index)
            guard Self.isTarget(scalar) else { index += length; continue }
            var end = index + length
            var count = 1
            while end < bytes.count, case let (next, nextLength) = document.scalar(at: end), Self.isTarget(next) {
                end += nextLength
                count += 1
            }
            findings.append(finding(Self.message(scalar, count), index..<end))
            index = end
        }
        return findings
    }

    /// Every target is led by 0xEE, 0xEF, 0xF3 or 0xF4: the rest is skipped fast.
    static let leads = ByteSet([0xEE, 0xEF, 0xF3, 0xF4])

    static func isTarget(_ scalar: Unicode.Scalar) -> Bool {
        // The three private-use ranges (general category Co), without a property look-up.
        switch scalar.value {
        case 0xE000..<0xF8FF, 0xF0000...0xFFFFD, 0x100000...0x10FFFD: true
        default: false
        }
    }

    static func message(_ first: Unicode.Scalar, _ count: Int) -> String {
        let name = CodePoint.name(first)
        return count == 1 ? "private-use character \(name) has no standard meaning"
                          : "\(count) private-use characters from \(name) have no standard meaning"
    }
}
