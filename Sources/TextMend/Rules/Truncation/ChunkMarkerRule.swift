/// A list number that a chunking scraper put inside a sentence (商务文书\n\n2、的写作步骤).
///
/// Lint: a line that opens with `N、` (or `N.`) followed by a word that cannot open a
/// clause: a lone particle (的 了 着 过 地 得 之, as ICU reads it) or a punctuation mark.
/// Format: removes the marker and joins the line to the unfinished line above (suggested).
public struct ChunkMarkerRule: Rule {
    public static let description = RuleDescription(
        id: "truncation.chunk-marker",
        category: .truncation,
        summary: "Chunk number inside a sentence, splitting it (商务文书 / 2、的写作步骤)",
        rationale: """
            Sites that serve a document in numbered chunks, and scrapers that number the
            pieces they join, put `2、` where a chunk began, often in the middle of a phrase:
            `商务文书\\n\\n2、的写作步骤`. A list item never opens with a lone particle (的, 了,
            着, 过, 地, 得, 之) or a punctuation mark; ICU's dictionary tells a lone `的` from
            `的确` and a lone `了` from `了解`, so real items (`2、了解情况`) stay silent.
            """,
        fixSafety: """
            Suggested: the marker certainly goes, but whether the line above is the start of
            the same sentence (to be joined) or a heading is a guess. When the line above
            ends a sentence, only the marker is removed.
            """,
        severity: .warning,
        fixability: .suggested,
        nonTriggeringExamples: [
            Example("工作要求\n1、了解情况\n2、的确要抓紧\n3、之后再议"),
            Example("一、加强领导\n2、落实责任"),
            Example("步骤如下:\n1. 安装软件\n2. 配置环境"),
        ],
        triggeringExamples: [
            Example("商务文书\n\n⟦2、的⟧写作步骤包括确定主题和收集材料。"),
            Example("这是我们没有\n⟦3、,⟧但是以后会有的东西。"),
        ],
        corrections: [
            Correction("商务文书\n\n2、的写作步骤包括确定主题。", "商务文书的写作步骤包括确定主题。", unsafe: true),
            Correction("上文到此结束。\n\n2、的写作步骤包括确定主题。", "上文到此结束。\n\n的写作步骤包括确定主题。", unsafe: true),
        ]
    )

    public init() {}

    public func check(_ document: Document, _ context: RuleContext) -> [Finding] {
        let layout = context.shared(Layout.self, document)
        let bytes = document.bytes
        var findings: [Finding] = []
        for line in 0..<document.lineCount where !layout.isBlank[line] {
            let content = layout.trimmedLine(line)
            // Digits, then 、 (E3 80 81) or `.`.
            var index = content.lowerBound
            while index < content.upperBound, index - content.lowerBound < 3, (0x30...0x39).contains(bytes[index]) { index += 1 }
            guard index > content.lowerBound, index < content.upperBound else { continue }
            let markerEnd: Int
            if bytes[index] == 0xE3, index + 2 < content.upperBound, bytes[index + 1] == 0x80, bytes[index + 2] == 0x81 {
                markerEnd = index + 3
            } else if bytes[index] == 0x2E {
                markerEnd = index + 1
            } else {
                continue
            }
            guard markerEnd < content.upperBound, let opener = cutOpener(document, markerEnd..<min(content.upperBound, markerEnd + 24)) else { continue }
            let span = content.lowerBound..<opener.upperBound
            findings.append(finding(Self.message, span, fix: Fix(.suggested, Self.fixTitle, [Edit(removal(document, layout, line, content.lowerBound..<markerEnd), "")])))
        }
        return findings
    }

    /// The first word after the marker when no clause can open with it.
    func cutOpener(_ document: Document, _ window: Range<Int>) -> Range<Int>? {
        let (first, length) = document.scalar(at: window.lowerBound)
        if CharacterClass.isCJKPunctuation(first) || ",.;:".unicodeScalars.contains(first) {
            return window.lowerBound..<window.lowerBound + length
        }
        guard Self.particles.contains(first) else { return nil }
        guard let token = wordTokens(of: document.string(window)).first else { return nil }
        return token.range.count == length ? window.lowerBound..<window.lowerBound + length : nil
    }

    /// The marker, and the break back to the line above when that line is unfinished.
    func removal(_ document: Document, _ layout: Layout, _ line: Int, _ marker: Range<Int>) -> Range<Int> {
        var previous = line - 1
        while previous >= 0, layout.isBlank[previous] { previous -= 1 }
        guard previous >= 0 else { return marker }
        let above = layout.trimmedLine(previous)
        let (last, _) = document.scalar(before: above.upperBound)
        if "。!?;:\u{FF01}\u{FF1F}\u{FF1B}\u{FF1A}.".unicodeScalars.contains(last) { return marker }
        return above.upperBound..<marker.upperBound
    }

    static let particles: Set<Unicode.Scalar> = ["的", "了", "着", "过", "地", "得", "之"]

    static let message = "chunk number splits a sentence"
    static let fixTitle = "remove the chunk number and join the line to the one above"
}
