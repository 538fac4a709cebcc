/// HTML tags, comments and CDATA wrappers left in plain text (`<br />`, `</p>`, `<![CDATA[…]]>`).
///
/// Lint: tags of known HTML elements with well-formed attributes, outside code, quotes and
/// code-like or markup-discussing lines; adjacent pieces form one finding.
/// Format: removes them (keeping CDATA content); block tags between text become a line break.
public struct StrayTagRule: Rule {
    public static let description = RuleDescription(
        id: "markup.stray-tag",
        category: .markup,
        summary: "HTML tag, comment or CDATA wrapper left in plain text",
        rationale: """
            Text cut out of HTML without a parser keeps pieces of markup: `第一段<br />第二段`,
            `结束</p>`, `<div id="category"></div>`, `<p style="margin-right: 16px;">`,
            `<![CDATA[Dinner]]>`, `<!--more-->`. Only names of real HTML elements count, with
            attributes in HTML's own syntax, so `a < b`, `if x<y`, `<stdin>`, `List<T>` and
            `<Enter>` are not tags. Tags inside `code` spans or fenced blocks, between quote
            marks (`"<br>"`), on lines that look like code (braces, `=>`, `==`, `&&`) or that
            talk about tags, elements, markup or HTML are left alone.
            """,
        fixSafety: """
            Safe: tags carry no text. A run of tags that contains a block element (`p`, `div`,
            `br`, `li` …) with text on both sides on its line becomes one line break; any other
            run is deleted, with the spaces it leaves at a line's start or end. A CDATA section
            keeps its content.
            """,
        severity: .warning,
        fixability: .safe,
        nonTriggeringExamples: [
            // Raw source is reported whole by boilerplate.source-dump, never stripped here.
            Example("<!DOCTYPE html><html><head><title>Budget</title></head>\n<body><div id=\"main\"><h1>Budget</h1>\n<p>The council approved it.</p></div></body></html>"),
            Example("if a < b and x<y then print <stdin> into List<T> or Pair<A>"),
            Example("Press <Enter> to go on; 3 <5 and 5> 3."),
            Example("Write a line break as \"<br>\" or “<br/>”; `<p>` starts a paragraph."),
            Example("The <br> tag breaks a line, and <p> is a paragraph element."),
            Example("return <div className=\"x\">{items}</div>;"),
            Example("学习贯彻会议精神。Emoji 👍🏽, José, Zoë, 1 < 2 > 0."),
            Example("```\n<p>hello</p>\n```", prefixable: false),
        ],
        triggeringExamples: [
            Example("第一段⟦<br />⟧第二段⟦</p>⟧"),
            Example("⟦<div id=\"category\"></div>⟧Title ⟦<p style=\"margin-right: 16px;\">⟧text"),
            Example("Menu: ⟦<![CDATA[Dinner]]>⟧ and ⟦<!--more-->⟧"),
            Example("Click ⟦<a href=\"/x\" target=_blank>⟧here⟦</a>⟧ or ⟦<code>⟧UI"),
        ],
        corrections: [
            Correction("第一段<br />第二段</p>\n", "第一段\n第二段\n"),
            Correction("<p>Hello <b>world</b></p>\n<div id=\"category\"></div>", "Hello world\n", prefixable: false),
            Correction("Menu: <![CDATA[Dinner]]> at 7", "Menu: Dinner at 7"),
            Correction("一</p> <p>二<br><br>三\n", "一\n二\n三\n"),
        ]
    )

    public init() {}

    public func check(_ document: Document, _ context: RuleContext) -> [Finding] {
        // A page that is raw source is a whole-document verdict (boilerplate.source-dump), not a
        // text with a few stray tags: stripping its tags piecemeal would fake a repair.
        if context.shared(SourceDumpRule.Verdict.self, document).verdict != nil { return [] }
        let bytes = document.bytes
        var findings: [Finding] = []
        var index = 0
        var line = 0, lineRange = 0..<0
        var codeOrMarkup = MentionScanner(Self.codeMarks + Self.markupWords)
        while let next = ByteSearch.next(0x3C, in: bytes, from: index) {
            index = next
            if !lineRange.contains(index) {
                line = document.lineIndex(ofByte: index)
                lineRange = document.lineContent(line)
            }
            // The line's mentions of code or markup are read last: most `<` open no tag.
            guard let first = StrayTags.parse(bytes, at: index, limit: lineRange.upperBound), !Self.isGeneric(bytes, index, first),
                  !codeOrMarkup.mentions(document, at: index) else { index += 1; continue }
            var pieces = [first.piece], end = first.end, gaps: [Range<Int>] = []
            while true {
                var next = end
                while next < lineRange.upperBound, bytes[next] == 0x20 || bytes[next] == 0x09 { next += 1 }
                guard next < lineRange.upperBound, bytes[next] == 0x3C,
                      let piece = StrayTags.parse(bytes, at: next, limit: lineRange.upperBound) else { break }
                gaps.append(end..<next)
                pieces.append(piece.piece)
                end = piece.end
            }
            let run = index..<end
            index = end
            let code = context.shared(CodeSpans.self, document)
            guard !code.overlaps(run), !ProseContext.isQuoted(document, run) else { continue }
            let (range, replacement) = Self.repair(document, run, pieces, gaps, lineRange, line)
            findings.append(finding(Self.message(document.string(run), pieces.count), run,
                                    fix: Fix(.safe, "remove the markup", [Edit(range, replacement)])))
        }
        return findings
    }

    /// The edit for a run: a line break between text for block tags, CDATA content, or nothing.
    static func repair(_ document: Document, _ run: Range<Int>, _ pieces: [StrayTags.Piece], _ gaps: [Range<Int>],
                       _ line: Range<Int>, _ lineIndex: Int) -> (Range<Int>, String) {
        let bytes = document.bytes
        var start = run.lowerBound, end = run.upperBound
        while start > line.lowerBound, bytes[start - 1] == 0x20 || bytes[start - 1] == 0x09 { start -= 1 }
        while end < line.upperBound, bytes[end] == 0x20 || bytes[end] == 0x09 { end += 1 }
        let atStart = start == line.lowerBound, atEnd = end == line.upperBound
        let hasBlock = pieces.contains { if case .tag(_, true) = $0 { true } else { false } }
        var text = ""
        for (offset, piece) in pieces.enumerated() {
            if offset > 0 { text += document.string(gaps[offset - 1]) }
            if case .cdata(let content) = piece { text += document.string(content) }
        }
        let blank = text.allSatisfy { $0 == " " || $0 == "\t" }
        if blank && hasBlock && !atStart && !atEnd { return (start..<end, ProseContext.lineBreak(document, line: lineIndex)) }
        if blank && (atStart || atEnd) { return (atStart ? run.lowerBound..<end : start..<run.upperBound, "") }
        return (run, blank && text.isEmpty ? "" : text)
    }

    /// `Pair<A>`, `x<p>`: a one-letter opening tag glued to a word is a type parameter or a comparison.
    static func isGeneric(_ bytes: [UInt8], _ start: Int, _ parsed: (end: Int, piece: StrayTags.Piece)) -> Bool {
        guard start > 0, ProseContext.isWordByte(bytes[start - 1]), case .tag(let name, _) = parsed.piece else { return false }
        return name.count == 1 && parsed.end - start == 3
    }

    static let codeMarks: [[UInt8]] = ["{", "}", "=>", "==", "&&", "return "].map { Array($0.utf8) }
    static let markupWords: [[UInt8]] = ["tag", "element", "markup", "html", "标签", "元素"].map { Array($0.utf8) }

    static func message(_ shown: String, _ count: Int) -> String {
        let excerpt = shown.unicodeScalars.count > 60 ? String(String.UnicodeScalarView(shown.unicodeScalars.prefix(57))) + "…" : shown
        return count == 1 ? "markup \(excerpt) left in the text" : "markup \(excerpt) left in the text (\(count) pieces)"
    }
}
