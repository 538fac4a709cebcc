/// Input bytes that are not valid in the input's encoding.
///
/// Lint: each run of bytes the decoder could not read (it stands as U+FFFD in the text).
/// Format: none; `fix` writes UTF-8, so the bytes are already replaced.
public struct UndecodableBytesRule: Rule {
    public static let description = RuleDescription(
        id: "invalid-char.undecodable-bytes",
        category: .invalidChar,
        summary: "Input bytes that are not valid in the detected encoding",
        rationale: """
            A file that is mostly UTF-8 with a few bad bytes (a truncated download, two files
            concatenated, a byte cut in the middle of a character) is decoded with each bad byte
            as U+FFFD, and each run of bad bytes is reported with its bytes and input offset:
            `bytes C3 28 at input offset 1204 are not valid UTF-8`. The same holds for bytes a
            legacy encoding (GB18030, Shift_JIS …) cannot map.
            """,
        fixSafety: """
            No fix: the character the bytes were meant to be is unknown. The repaired text keeps the
            U+FFFD; deleting it would hide that something was lost.
            """,
        severity: .error,
        fixability: .none,
        nonTriggeringExamples: [
            Example("学习贯彻会议精神。Plain English."),
            Example("A literal \u{FFFD} typed into the text is another rule's business."),
            Example("表情 👨‍👩‍👧 与 e\u{301} 以及 \u{10FF}(格鲁吉亚)。"),
            Example("한국어 텍스트와 日本語。"),
            Example("Escapes such as \\xC3 or %C3 are plain text."),
        ],
        triggeringExamples: [
            Example("加强组织⟦\u{10FFC3}⟧(领导)工作,落实主体责任,推动意识形态工作持续向上向好。", byteEscapes: true),
            Example("意识形态工作⟦\u{10FFE4}\u{10FFB8}⟧是一项长期而艰巨的任务,需要我们始终保持高度的敏锐性。", byteEscapes: true),
            Example("⟦\u{10FFFF}⟧开头和结尾⟦\u{10FF80}⟧,中间是正常的中文内容,足够多的有效字符。", byteEscapes: true),
        ],
        corrections: []
    )

    /// Bytes listed in a message before it shortens the list.
    static let maxListedBytes = 8

    public init() {}

    public func check(_ document: Document, _ context: RuleContext) -> [Finding] {
        DecoderReplacements(document).runs.map { run in
            finding(Self.message(run.bytes, run.inputOffset, document.encoding.name), run.range)
        }
    }

    static func message(_ bytes: [UInt8], _ offset: Int, _ encoding: String) -> String {
        var listed = bytes.prefix(maxListedBytes).map { hex($0) }.joined(separator: " ")
        if bytes.count > maxListedBytes { listed += " … (\(bytes.count) bytes)" }
        return bytes.count == 1 ? "byte \(listed) at input offset \(offset) is not valid \(encoding)"
                                : "bytes \(listed) at input offset \(offset) are not valid \(encoding)"
    }

    static func hex(_ byte: UInt8) -> String {
        let digits = Array("0123456789ABCDEF")
        return String([digits[Int(byte >> 4)], digits[Int(byte & 0xF)]])
    }
}
