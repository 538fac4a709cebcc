/// Control characters that have no business in plain text.
///
/// Lint: C0 controls other than tab, line feed, carriage return and form feed; DEL; terminal
/// escape sequences; C1 controls U+0080–U+009F.
/// Format: deletes C0 controls, DEL and escape sequences; turns a vertical tab into a line break
/// and deletes C1 controls only as suggestions.
public struct ControlCharacterRule: Rule {
    public static let description = RuleDescription(
        id: "invalid-char.control-character",
        category: .invalidChar,
        summary: "Control character in the text",
        rationale: """
            Stray controls come from binary residue, terminal logs and broken conversions. Tab, line
            feed, carriage return (also a lone one, an old Mac line ending) and form feed (a page
            break in plain text) are text and stay. Other C0 controls and DEL U+007F are reported;
            a terminal escape sequence (`ESC [ 31 m`) is reported whole, so deleting it leaves no
            `[31m` behind. A vertical tab is Word's manual line break. C1 controls U+0080–U+009F
            are usually residue of a wrong decoding (windows-1252 `“` read as Latin-1 gives U+0093),
            which a mojibake rule may still repair: controls that `mojibake.misdecoded` can read back
            are left to it. A run of controls of one kind is one finding.
            """,
        fixSafety: """
            Safe for C0 controls, DEL and escape sequences: they carry no text. Suggested for a
            vertical tab (replaced by a line break) and C1 controls (deleted): deletion loses the
            evidence a mojibake repair needs, so it waits for a person.
            """,
        severity: .warning,
        fixability: .sometimes,
        nonTriggeringExamples: [
            Example("name\tvalue\n学习贯彻会议精神。\n"),
            Example("page one\u{0C}page two, and an old Mac\rline ending"),
            Example("A family: 👨‍👩‍👧 and a flag 🇨🇳 with e\u{301}, ¡olé! «quoted» and ÿ (U+00FF)."),
            Example("Escapes written out: \\x1b[31m, ^[ and \\u0007 are plain text."),
            Example("한국어, 日本語のテキスト、中文,10:30。"),
        ],
        triggeringExamples: [
            Example("学习⟦\u{01}⟧贯彻会议⟦\u{7F}\u{7F}⟧精神"),
            Example("build ⟦\u{1B}[1;31m⟧failed⟦\u{1B}[0m⟧ at step 3"),
            Example("line one⟦\u{0B}⟧line two\nline three"),
            Example("⟦\u{81}⟧quoted⟦\u{8D}⟧ text"),
            Example("null⟦\u{00}⟧byte and bell⟦\u{07}⟧"),
        ],
        corrections: [
            Correction("学习\u{01}贯彻会议\u{7F}\u{7F}精神", "学习贯彻会议精神"),
            Correction("build \u{1B}[1;31mfailed\u{1B}[0m at step 3", "build failed at step 3"),
            Correction("line one\u{0B}line two\nline three", "line one\nline two\nline three", unsafe: true),
            Correction("\u{81}quoted\u{9D} text\u{02}", "quoted text", unsafe: true),
        ]
    )

    /// What kind of control a scalar is, which decides its fix.
    enum Kind: Equatable { case c0, verticalTab, c1 }

    public init() {}

    public func check(_ document: Document, _ context: RuleContext) -> [Finding] {
        // Every control starts with one of `starts` (0xC2 only before 80–9F).
        let pairs = context.shared(BytePairs.self, document)
        let present = Self.controlBytes.filter(pairs.contains) + (pairs.contains(0xC2, 0x80...0x9F) ? [0xC2] : [])
        guard !present.isEmpty else { return [] }
        let bytes = document.bytes
        var findings: [Finding] = []
        var repairs: [Range<Int>]? = nil
        var index = 0
        // Only the starts the text holds: C1 controls alone (mojibake) are found by memchr.
        let starts = present.count == Self.controlBytes.count + 1 ? Self.starts : ByteSet(present)
        while index < bytes.count {
            index = starts.next(in: bytes, from: index, to: bytes.count)
            guard index < bytes.count else { break }
            guard case let (kind, length)? = Self.control(bytes, at: index) else { index += 1; continue }
            var end = index + length
            var escapes = false
            if length > 1 && kind == .c0 { escapes = true }
            while end < bytes.count, case let (next, nextLength)? = Self.control(bytes, at: end), next == kind {
                if nextLength > 1 && next == .c0 { escapes = true }
                end += nextLength
            }
            if kind == .c1 {
                // C1 controls a mojibake repair explains (U+0093 for “) are that repair's:
                // deleting them would win over it.
                repairs = repairs ?? context.shared(MisdecodedTextRule.Reported.self, document).repairs.map(\.range)
                for piece in Self.unclaimed(index..<end, by: repairs!) {
                    findings.append(Self.finding(self, document, piece, kind, escapes: false))
                }
            } else {
                findings.append(Self.finding(self, document, index..<end, kind, escapes: escapes))
            }
            index = end
        }
        return findings
    }

    /// Bytes that can start a control: C0 controls but tab, line feed, form feed and
    /// carriage return; DEL; and 0xC2, the lead of C1 controls.
    static let starts = ByteSet(controlBytes + [0xC2])
    /// The single-byte controls: C0 but tab, line feed, form feed and carriage return; DEL.
    static let controlBytes: [UInt8] = Array(0x00...0x08) + [0x0B] + Array(0x0E...0x1F) + [0x7F]

    /// The control (or whole escape sequence) starting at `index`, and its length in bytes.
    @inline(__always)
    static func control(_ bytes: [UInt8], at index: Int) -> (Kind, Int)? {
        let byte = bytes[index]
        switch byte {
        case 0x09, 0x0A, 0x0C, 0x0D: return nil
        case 0x0B: return (.verticalTab, 1)
        case 0x1B: return (.c0, escapeSequenceLength(bytes, at: index))
        case 0x00...0x1F, 0x7F: return (.c0, 1)
        case 0xC2 where index + 1 < bytes.count && (0x80...0x9F).contains(bytes[index + 1]): return (.c1, 2)
        default: return nil
        }
    }

    /// The parts of a run of C1 controls (two bytes each) outside the repairs' ranges
    /// (in document order, not overlapping).
    static func unclaimed(_ run: Range<Int>, by repairs: [Range<Int>]) -> [Range<Int>] {
        func claimed(_ offset: Int) -> Bool {
            // The last repair starting before the control ends.
            let low = repairs.partitioningIndex { $0.lowerBound >= offset + 2 }
            return low > 0 && repairs[low - 1].upperBound > offset
        }
        var pieces: [Range<Int>] = []
        var start: Int? = nil
        for offset in stride(from: run.lowerBound, to: run.upperBound, by: 2) {
            if claimed(offset) {
                if let open = start { pieces.append(open..<offset); start = nil }
            } else if start == nil {
                start = offset
            }
        }
        if let open = start { pieces.append(open..<run.upperBound) }
        return pieces
    }

    /// `ESC [ parameters intermediates final` (a CSI sequence), or ESC alone.
    static func escapeSequenceLength(_ bytes: [UInt8], at index: Int) -> Int {
        guard index + 1 < bytes.count, bytes[index + 1] == UInt8(ascii: "[") else { return 1 }
        var end = index + 2
        while end < bytes.count && end - index < 32 && (0x20...0x3F).contains(bytes[end]) { end += 1 }
        guard end < bytes.count, (0x40...0x7E).contains(bytes[end]) else { return 1 }
        return end + 1 - index
    }

    /// The document's own line break, so a new one does not mix CRLF and LF.
    static func lineBreak(_ document: Document) -> String {
        guard document.lineStarts.count > 1, document.lineStarts[1] >= 2 else { return "\n" }
        return document.bytes[document.lineStarts[1] - 2] == 0x0D ? "\r\n" : "\n"
    }

    static func finding(_ rule: Self, _ document: Document, _ range: Range<Int>, _ kind: Kind, escapes: Bool) -> Finding {
        var scalars: [Unicode.Scalar] = []
        var index = range.lowerBound
        while index < range.upperBound {
            let (scalar, length) = document.scalar(at: index)
            if scalar.value < 0x20 || scalar.value >= 0x7F { scalars.append(scalar) }
            index += length
        }
        let names = scalars.prefix(4).map(CodePoint.name).joined(separator: " ") + (scalars.count > 4 ? " …" : "")
        switch kind {
        case .c0 where escapes:
            return rule.finding("terminal escape sequence in the text", range,
                                fix: Fix(.safe, "delete the escape sequence", [Edit(range, "")]))
        case .c0:
            let what = scalars.count == 1 ? "control character \(names)" : "\(scalars.count) control characters \(names)"
            return rule.finding("\(what) in the text", range, fix: Fix(.safe, "delete the control characters", [Edit(range, "")]))
        case .verticalTab:
            return rule.finding("vertical tab in the text, probably a manual line break", range,
                                fix: Fix(.suggested, "replace it with a line break", [Edit(range, String(repeating: lineBreak(document), count: range.count))]))
        case .c1:
            let what = scalars.count == 1 ? "control character \(names)" : "\(scalars.count) control characters \(names)"
            return rule.finding("\(what) from the C1 range, often left by a wrong decoding", range,
                                fix: Fix(.suggested, "delete the control characters", [Edit(range, "")]))
        }
    }
}
