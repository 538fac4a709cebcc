/// Line breaks that survive as the text of their escape (`x0dx0a`, `\x0d\x0a`).
///
/// Lint: runs of `x0dx0a` with or without backslashes, outside code.
/// Format: replaces each run with line breaks (at most two), or deletes it at a line's edge.
public struct EscapedLineBreakRule: Rule {
    public static let description = RuleDescription(
        id: "markup.escaped-line-break",
        category: .markup,
        summary: "Line break written out as its escape code",
        rationale: """
            Text that went through a layer escaping CR LF as `\\x0d\\x0a`, and then lost the
            backslashes, carries `x0dx0a` where its line breaks were:
            `第一段。x0dx0ax0dx0a第二段。`. The letters are never a word, so every run is
            reported, except inside code and right after a `0` (a hex literal such as `0x0d`).
            """,
        fixSafety: """
            Safe: one escape becomes one line break and a longer run a blank line; a run at the
            start or end of a line is deleted, since the line already breaks there.
            """,
        severity: .warning,
        fixability: .safe,
        nonTriggeringExamples: [
            Example("Bytes 0x0d 0x0a end a line; see `x0dx0a` in the dump."),
            Example("学习贯彻会议精神。Plain English x0 dx 0a, 10:30."),
            Example("The value 0x0dx0a is not text."),
        ],
        triggeringExamples: [
            Example("第一段。⟦x0dx0ax0dx0a⟧第二段。"),
            Example("line one⟦\\x0d\\x0a⟧line two⟦x0Dx0A⟧"),
        ],
        corrections: [
            Correction("第一段。x0dx0ax0dx0a第二段。\n", "第一段。\n\n第二段。\n"),
            Correction("one x0dx0a two\nthree x0dx0a\n", "one\ntwo\nthree\n"),
        ]
    )

    public init() {}

    public func check(_ document: Document, _ context: RuleContext) -> [Finding] {
        let bytes = document.bytes
        var findings: [Finding] = []
        var index = 0
        while let x = ByteSearch.next(0x78, in: bytes, from: index) {
            // A unit starts at its `x`, or at the backslash before it.
            index = x > 0 && bytes[x - 1] == 0x5C ? x - 1 : x
            guard let first = Self.unit(bytes, at: index) else { index = x + 1; continue }
            if index > 0, bytes[index - 1] == 0x30 { index = first; continue }
            var end = first, count = 1
            while let next = Self.unit(bytes, at: end) { end = next; count += 1 }
            let run = index..<end
            index = end
            guard !context.shared(CodeSpans.self, document).overlaps(run) else { continue }
            let line = document.lineIndex(ofByte: run.lowerBound)
            let content = document.lineContent(line)
            var start = run.lowerBound, stop = run.upperBound
            while start > content.lowerBound, bytes[start - 1] == 0x20 { start -= 1 }
            while stop < content.upperBound, bytes[stop] == 0x20 { stop += 1 }
            let edit: Edit
            if start == content.lowerBound || stop == content.upperBound {
                edit = Edit(start == content.lowerBound ? run.lowerBound..<stop : start..<run.upperBound, "")
            } else {
                edit = Edit(start..<stop, String(repeating: ProseContext.lineBreak(document, line: line), count: min(count, 2)))
            }
            findings.append(finding(Self.message(count), run, fix: Fix(.safe, "restore the line breaks", [edit])))
        }
        return findings
    }

    /// The end of one `x0dx0a` (backslashes optional, hex digits in either case) at `index`.
    static func unit(_ bytes: [UInt8], at index: Int) -> Int? {
        var position = index
        for expected: UInt8 in [0x64, 0x61] {  // d, a
            if position < bytes.count, bytes[position] == 0x5C { position += 1 }
            guard position + 3 <= bytes.count, bytes[position] == 0x78, bytes[position + 1] == 0x30,
                  bytes[position + 2] | 0x20 == expected else { return nil }
            position += 3
        }
        return position
    }

    static func message(_ count: Int) -> String {
        count == 1 ? "escaped line break x0dx0a left in the text" : "\(count) escaped line breaks x0dx0a left in the text"
    }
}
