/// U+FFFD REPLACEMENT CHARACTER already in the text: a character lost by an earlier conversion.
///
/// Lint: runs of U+FFFD that the decoder did not insert.
/// Format: none; the lost character is unknown.
public struct ReplacementCharacterRule: Rule {
    public static let description = RuleDescription(
        id: "invalid-char.replacement-character",
        category: .invalidChar,
        summary: "Replacement character U+FFFD where a character was lost",
        rationale: """
            U+FFFD marks a character some earlier program could not decode (`�`, often `锟斤拷` after
            a second round trip): the original character is gone. Each run of U+FFFD is one finding.
            U+FFFD that textmend's own decoder inserted for undecodable input bytes are left to
            `invalid-char.undecodable-bytes`, which can name the bytes.
            """,
        fixSafety: "No fix: what the lost character was cannot be known from the text.",
        severity: .warning,
        fixability: .none,
        nonTriggeringExamples: [
            Example("学习贯彻会议精神。Plain English, 10:30, 1,024."),
            Example("A family: 👨‍👩‍👧 and ❤️ with e\u{301} and ⁉\u{FE0F}."),
            Example("加强组织\u{10FFC3}(领导)工作,落实主体责任,推动意识形态工作持续向上向好。", byteEscapes: true),
            Example("한국어와 日本語のテキスト、「引用」。"),
            Example("The symbol ◆ and the box □ are ordinary characters."),
        ],
        triggeringExamples: [
            Example("加强组织⟦\u{FFFD}⟧导,落实主体责任"),
            Example("Caf⟦\u{FFFD}\u{FFFD}⟧ au lait and na⟦\u{FFFD}⟧ve"),
            Example("第一行\n\n⟦\u{FFFD}⟧\n最后⟦\u{FFFD}⟧"),
            Example("组织⟦\u{FFFD}⟧\u{10FFC3}(领导)工作,落实主体责任,推动意识形态工作持续向上向好。", byteEscapes: true),
        ],
        corrections: []
    )

    public init() {}

    public func check(_ document: Document, _ context: RuleContext) -> [Finding] {
        // U+FFFD is EF BF BD.
        guard context.shared(BytePairs.self, document).mayContain([0xEF, 0xBF, 0xBD]) else { return [] }
        let bytes = document.bytes
        let decoded = DecoderReplacements(document).runs.map(\.range)
        var findings: [Finding] = []
        var next = 0  // the first decoder run that may still lie ahead
        func fromDecoder(_ index: Int) -> Bool {
            while next < decoded.count && decoded[next].upperBound <= index { next += 1 }
            return next < decoded.count && decoded[next].contains(index)
        }
        var index = 0
        while index < bytes.count {
            index = Self.lead.next(in: bytes, from: index, to: bytes.count)
            guard index < bytes.count else { break }
            guard DecoderReplacements.isReplacement(bytes, at: index), !fromDecoder(index) else {
                index += 1
                continue
            }
            var end = index + 3
            while DecoderReplacements.isReplacement(bytes, at: end) && !fromDecoder(end) { end += 3 }
            findings.append(finding(Self.message((end - index) / 3), index..<end))
            index = end
        }
        return findings
    }

    /// U+FFFD's lead byte.
    static let lead = ByteSet([0xEF])

    static func message(_ count: Int) -> String {
        count == 1 ? "replacement character U+FFFD stands for a lost character"
                   : "\(count) replacement characters U+FFFD stand for lost characters"
    }
}
