/// Word field codes left in text extracted from .doc and .docx files.
///
/// Lint: `TOC \o "1-3" \h \z \u`, `PAGEREF _Toc123456 \h`, `HYPERLINK \l "_Toc123456"`,
/// `\* MERGEFORMAT`.
/// Format: removes the field code (and, only with unsafe fixes, a bookmark number glued to it).
public struct FieldCodeRule: Rule {
    public static let description = RuleDescription(
        id: "boilerplate.field-code",
        category: .boilerplate,
        summary: "Word field code (TOC \\o \"1-3\" \\h \\u, PAGEREF _Toc…) left in the text",
        rationale: """
            Converters that read a Word file's field instructions instead of their results
            leave `TOC\\o"1-2"\\h\\u` before a table of contents, `PAGEREF _Toc20449 \\h` after
            each of its entries and `\\* MERGEFORMAT` after merged fields. The keywords with
            their backslash switches and `_Toc` bookmark names occur in no prose; code that
            talks about field codes quotes them inside a program, where they are indented or
            fenced, and such lines are skipped.
            """,
        fixSafety: """
            Removing the field code is safe. Digits glued right after the last switch
            (`\\u20449第1章`) are probably a bookmark number, but may be a page number the
            text wants: with them the removal is suggested.
            """,
        severity: .warning,
        fixability: .sometimes,
        nonTriggeringExamples: [
            Example("目录由 Word 的目录功能自动生成,更新时右键选择“更新域”即可。"),
            Example("Press Ctrl+F9 to insert a field, then type TOC and press F9."),
            Example("    { TOC \\o \"1-3\" \\h \\z \\u }"),
            Example("The TOC lists every chapter; see the HYPERLINK section."),
        ],
        triggeringExamples: [
            Example("⟦TOC\\o\"1-2\"\\h\\u⟧\n第1章 总则\n第2章 组织机构"),
            Example("第1章 总则 ⟦PAGEREF _Toc20449 \\h⟧ 3"),
            Example("会议目的 ⟦HYPERLINK \\l \"_Toc4130331\"⟧"),
            Example("⟦TOC\\o\"1-2\"\\h\\u20449⟧第1章"),
        ],
        corrections: [
            Correction("TOC\\o\"1-2\"\\h\\u\n第1章 总则\n第2章 组织机构", "第1章 总则\n第2章 组织机构", prefixable: false),
            Correction("第1章 总则 PAGEREF _Toc20449 \\h 3", "第1章 总则 3"),
            Correction("TOC\\o\"1-2\"\\h\\u20449第1章", "第1章", unsafe: true),
        ]
    )

    public init() {}

    /// Keywords that open a field code, and the bytes looked at after each.
    static let keywords: [[UInt8]] = ["TOC", "PAGEREF", "HYPERLINK", "\\* MERGEFORMAT", "\\*MERGEFORMAT"].map { Array($0.utf8) }
    static let window = 120

    public func check(_ document: Document, _ context: RuleContext) -> [Finding] {
        // Every finding starts with a keyword.
        let pairs = context.shared(BytePairs.self, document)
        guard Self.keywords.contains(where: pairs.mayContain) else { return [] }
        let bytes = document.bytes
        let layout = context.shared(Layout.self, document)
        var findings: [Finding] = []
        var index = 0
        var skipLine = -1
        // The next occurrence of each keyword, found by memchr on a byte of it that is rarer
        // in prose than its initial (`T`, `P` and `H` open many English words).
        var upcoming = [Int](repeating: -1, count: Self.keywords.count)
        while index < bytes.count {
            for number in Self.keywords.indices where upcoming[number] < index {
                upcoming[number] = nextOccurrence(of: number, in: bytes, from: index)
            }
            // The earliest; at a tie the first in the list (no two match at one place anyway).
            var number = 0
            for other in upcoming.indices where upcoming[other] < upcoming[number] { number = other }
            index = upcoming[number]
            guard index < bytes.count else { break }
            let keyword = Self.keywords[number]
            // A whole word: not glued to a preceding ASCII letter.
            if index > 0, isLetter(bytes[index - 1]) { index += keyword.count; continue }
            let line = document.lineIndex(ofByte: index)
            let content = document.lineContent(line)
            if line == skipLine || isQuotedCode(document, content) { skipLine = line; index += keyword.count; continue }
            let window = index..<min(content.upperBound, index + Self.window)
            let match = bytes.withUnsafeBufferPointer { Self.pattern.firstMatch(in: $0, window) }
            guard let match, match.lowerBound == index else { index += keyword.count; continue }
            var code = match
            while code.upperBound > code.lowerBound, bytes[code.upperBound - 1] == 0x20 { code = code.lowerBound..<code.upperBound - 1 }
            var digits = code.upperBound
            while digits < content.upperBound, (0x30...0x39).contains(bytes[digits]) { digits += 1 }
            let glued = digits - code.upperBound >= 4 && bytes[code.upperBound - 1] != 0x20 ? code.lowerBound..<digits : code
            let removal = NoiseRemoval.range(of: glued, in: document, layout)
            findings.append(finding(Self.message, glued, fix: Fix(glued == code ? .safe : .suggested, Self.fixTitle, [Edit(removal, "")])))
            index = glued.upperBound
        }
        return findings
    }

    /// Where each keyword's searched byte stands in it: the `O` of TOC, the `G` of PAGEREF, the
    /// `Y` of HYPERLINK, the backslash of MERGEFORMAT.
    static let anchors = [1, 2, 1, 0, 0]

    /// The first offset from `start` on where keyword `number` stands (`bytes.count` if none).
    func nextOccurrence(of number: Int, in bytes: [UInt8], from start: Int) -> Int {
        let keyword = Self.keywords[number], anchor = Self.anchors[number]
        var from = start + anchor
        while let found = ByteSearch.next(keyword[anchor], in: bytes, from: from) {
            if matches(keyword, bytes, found - anchor) { return found - anchor }
            from = found + 1
        }
        return bytes.count
    }

    func matches(_ literal: [UInt8], _ bytes: [UInt8], _ at: Int) -> Bool {
        guard at + literal.count <= bytes.count else { return false }
        for offset in 0..<literal.count where bytes[at + offset] != literal[offset] { return false }
        return true
    }

    func isLetter(_ byte: UInt8) -> Bool { (0x41...0x5A).contains(byte) || (0x61...0x7A).contains(byte) }

    /// Indented or braced lines without Chinese text show field codes in a program or manual.
    func isQuotedCode(_ document: Document, _ line: Range<Int>) -> Bool {
        let bytes = document.bytes
        guard let first = bytes[line].first else { return false }
        return (first == 0x20 || first == 0x09 || bytes[line].contains(0x7B)) && !bytes[line].contains { $0 >= 0xE3 && $0 <= 0xE9 }
    }

    // swiftlint:disable:next force_try
    static let pattern = try! ICURegex(#"""
        (?:TOC\s*(?:\\[a-z]\s*(?:"[\d\-,; ]{1,12}"\s*)?){2,}|PAGEREF\s*_Toc\d+(?:\s*\\[hp])*|HYPERLINK\s*\\l\s*"_Toc\d+"|\\\*\s*MERGEFORMAT)
        """#, caseInsensitive: false)

    static let message = "Word field code left in the text"
    static let fixTitle = "remove the field code"
}
