/// Listing teasers: paragraphs cut after a few words and ended with an ellipsis, as on a
/// category or search page (`a must read in…`, `my life is…`).
///
/// Lint: two or more different short one-line paragraphs, besides the last one, that end
/// with a word followed directly by one `…` or three dots (not the Chinese `……`, not
/// `etc...`).
/// Format: none (the rest of each teaser is on another page).
public struct TeaserEllipsisRule: Rule {
    public static let description = RuleDescription(
        id: "truncation.teaser-ellipsis",
        category: .truncation,
        summary: "Paragraphs cut off with an ellipsis, as in a listing of teasers (my life is…)",
        rationale: """
            Category, tag and search pages show the first words of each article and an
            ellipsis: `a must read in…`, `You see, 3…`. Stored as a document, they read as
            a row of cut paragraphs. One paragraph that trails off (`I wonder...`) is style,
            and the Chinese `……` ends sentences on purpose; two or more paragraphs cut right
            after a word are a listing. The last paragraph is left to
            `truncation.unfinished-document`.
            """,
        fixSafety: "No fix: the rest of each teaser is on another page. Each finding marks the cut word.",
        severity: .warning,
        fixability: .none,
        nonTriggeringExamples: [
            Example("She paused. \"I wonder...\"\n\nThen she left the room."),
            Example("我想了很久……\n\n最后还是决定留下来……\n\n第二天一早就出发了。"),
            Example("We sell apples, pears, plums etc...\n\nAnd cherries, grapes, figs etc...\n\nCall us today."),
            Example("The first part is long and complete.\n\nWait for it...\n\nThe end."),
        ],
        triggeringExamples: [
            Example("Ten books to read this summer, and one of them is a must read ⟦in…⟧\n\nWhat I learned in ten years of running, and why my life ⟦is…⟧\n\nRead more"),
            Example("今年夏天最值得一读的十本书,其中一本是⟦必读…⟧\n\n我跑步十年学到的东西,以及我的生活⟦如何...⟧\n\n更多文章"),
        ],
        corrections: []
    )

    public init() {}

    /// Longest teaser paragraph, in bytes (about 160 Chinese characters or 480 letters).
    static let maximumTeaser = 480

    public func check(_ document: Document, _ context: RuleContext) -> [Finding] {
        let layout = context.shared(Layout.self, document)
        let paragraphs = layout.paragraphs
        guard paragraphs.count >= 3 else { return [] }
        // Teasers are short single-line paragraphs, each a different article.
        var cuts: [Range<Int>] = []
        for paragraph in paragraphs.dropLast() where paragraph.lines.count == 1 && paragraph.content.count <= Self.maximumTeaser
            && Self.mayEndInEllipsis(document, paragraph.lines.lowerBound) {
            if let cut = cut(document, layout.trimmedLine(paragraph.lines.lowerBound)) { cuts.append(cut) }
        }
        let distinct = Set(cuts.map { document.string(layout.trimmedLine(document.lineIndex(ofByte: $0.lowerBound))) })
        return distinct.count >= 2 ? cuts.map { finding(Self.message, $0) } : []
    }

    /// Whether a line may end, trimmed, with `...` or `…`: a last character that is neither
    /// blank nor a full stop or an ellipsis ends the trimmed line too (a cheap test that spares
    /// most paragraphs the trimming).
    static func mayEndInEllipsis(_ document: Document, _ line: Int) -> Bool {
        let content = document.lineContent(line)
        guard !content.isEmpty else { return true }
        let last = document.scalar(before: content.upperBound).scalar
        return last == "." || last == "\u{2026}" || last == "\n" || CharacterClass.isBlank(last)
    }

    /// The cut word and its ellipsis at the end of a line.
    func cut(_ document: Document, _ line: Range<Int>) -> Range<Int>? {
        let bytes = document.bytes
        var end = line.upperBound
        if end - line.lowerBound >= 3, bytes[end - 1] == 0x2E, bytes[end - 2] == 0x2E, bytes[end - 3] == 0x2E {
            end -= 3
            if end > line.lowerBound, bytes[end - 1] == 0x2E { return nil }
        } else if end - line.lowerBound >= 3, document.scalar(before: end).scalar == "…" {
            end -= 3
            if end > line.lowerBound, document.scalar(before: end).scalar == "…" { return nil }
        } else {
            return nil
        }
        // The word right before the ellipsis: Latin letters or up to four CJK characters.
        var start = end
        var count = 0
        while start > line.lowerBound, count < 24 {
            let (scalar, length) = document.scalar(before: start)
            guard scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) else { break }
            if CharacterClass.isCJK(scalar) && count >= 2 { break }
            start -= length
            count += 1
        }
        guard start < end, !Self.listEnds.contains(document.string(start..<end).lowercased()),
              document.string(line).unicodeScalars.count >= 12 else { return nil }
        return start..<line.upperBound
    }

    static let listEnds: Set<String> = ["etc", "等", "等等", "and so on"]

    static let message = "paragraph cut off with an ellipsis, like a listing teaser"
}
