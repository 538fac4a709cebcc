/// A document whose text stops mid-sentence, or whose preview notice says it goes on.
///
/// Lint: the body's last line (before any bottom boilerplate) ends on a character, a word,
/// a comma or a colon, or with an ellipsis right after a word; or a continuation notice
/// (还剩N页未读, 继续阅读, Continue reading; not a bare Read more link) follows the body.
/// Format: none (the missing text cannot be restored).
public struct UnfinishedDocumentRule: Rule {
    public static let description = RuleDescription(
        id: "truncation.unfinished-document",
        category: .truncation,
        summary: "The document ends mid-sentence or is a preview of a longer text",
        rationale: """
            Previews and paginated pages stop wherever the page ended: 领导讲话稿起草工作之,
            提高工作..., or a complete sentence followed by 还剩13页未读 继续阅读. Such a text
            should be re-fetched or dropped, not published as if whole. The last line of the
            body (found by the boilerplate edge walk) is checked; a short last line after a
            finished sentence is a signature, a date or a heading (某某局, 2023年5月12日,
            — John), and list items, closing quotes, a Chinese 「……」 and URLs end a text
            legitimately. Only a notice that says the text goes on (还剩13页未读, 本章未完,
            Continue reading, Read the full story) makes a preview; a bare Read more link under
            a finished article does not. The finding marks the body's last fragment, right
            above the notice.
            """,
        fixSafety: "No fix: the missing text cannot be restored. The finding marks the last fragment.",
        severity: .warning,
        fixability: .none,
        nonTriggeringExamples: [
            Example("特此通知。\n\n某某局\n2023年5月12日"),
            Example("Dear team,\n\nThank you for your hard work this year.\n\nBest regards,\n— John"),
            Example("Shopping list:\n\n- milk\n- bread\n- two dozen eggs from the farm shop on the corner"),
            Example("会议记录\n\n他说:“我们明天再来。”"),
            Example("第一回\n\n话说天下大势,分久必合,合久必分……"),
            Example("一、总体要求\n\n全面贯彻落实会议精神\u{3002}\n\n二、主要任务"),
            Example("Reports\n\nMore information is available on our website at https://example.com/reports/annual"),
            Example("正文。\n\n为推动高质量发展作出新的更大贡献\u{FF01}\n\n预览结束,请联系客服获取全文。"),
            Example("第一章\n\n本章介绍基本概念\u{3002}\n\n某市交通运输局党委书记在意识形态工作总结会上的讲话"),
            Example("Library reopens\n\nThe library will be open seven days a week from Monday.\n\nRead more\n\nSign up for our newsletter"),
            Example("Library reopens\n\nThe library will be open seven days a week from Monday.\n\nShare on Facebook  Print\n\nRead More \u{00BB}"),
        ],
        triggeringExamples: [
            Example("通知\n\n各单位要高度重视,切实加强组织领导。⟦主要领导要亲自抓,分管领导⟧"),
            Example("The council met on Monday.\n\nThe budget was approved after a long debate, and everyone went home. ⟦The mayor said that⟧"),
            Example("会议要求各单位认真落实。\n\n⟦各单位要进一步提高工作...⟧"),
            Example("正文第一段,内容完整。\n\n⟦第二段也很完整。⟧\n\n已阅读5页,还剩13页未读 继续免费阅读"),
            Example("会议通知\n\n⟦请各单位于本周五前报送材料,逾期不报的,⟧"),
            Example("Remote work\n\nWe would change how we welcome new hires, because the ⟦first two weeks...⟧\n\nContinue reading\u{2026}"),
            Example("Budget passes\n\nThe council approved the budget on Monday. ⟦The vote was close.⟧\n\nRead the full story"),
        ],
        corrections: []
    )

    public init() {}

    public func check(_ document: Document, _ context: RuleContext) -> [Finding] {
        let edges = context.shared(EdgeBoilerplate.self, document)
        let layout = context.shared(Layout.self, document)
        let body = edges.bodyLines
        // A title-only page (one line of text in all) is not a cut text.
        let removed = edges.removedLines
        guard let last = body.last(where: { !layout.isBlank[$0] }),
              (0..<last).contains(where: { !layout.isBlank[$0] && !removed.contains($0) }) else { return [] }
        let tail = LineTail(document, layout.trimmedLine(last))
        if let notice = edges.continuationNotice {
            return [finding(Self.continuedMessage(noticeLine: notice.lines.lowerBound), tail.fragment)]
        }
        switch tail.ending {
        case .ellipsis where tail.length >= 8:
            return [finding(Self.ellipsisMessage, tail.fragment)]
        case .openClause where tail.length >= 8:
            return [finding(Self.midSentenceMessage, tail.fragment)]
        case .word(let latin):
            if tail.startsAsListOrHeading || tail.startsWithLabel || tail.looksLikeURL { return [] }
            // A Chinese line without any punctuation is a heading, not cut prose.
            let long = latin ? tail.length >= 40 && tail.words >= 6 : tail.length >= 15 && tail.hasPunctuation
            if long || (!latin && wrapsAParagraph(document, layout, body, last)) {
                return [finding(Self.midSentenceMessage, tail.fragment)]
            }
            return []
        default:
            return []
        }
    }

    /// Whether a short last line continues an unfinished line of prose right above it in
    /// the same paragraph, rather than signing off (a date, a name, a heading) after
    /// finished text. At most three short lines are looked through.
    private func wrapsAParagraph(_ document: Document, _ layout: Layout, _ body: Range<Int>, _ last: Int) -> Bool {
        var line = last, shortLines = 0
        while line > body.lowerBound, !layout.isBlank[line - 1] {
            let previous = line - 1
            let tail = LineTail(document, layout.trimmedLine(previous))
            switch tail.ending {
            case .word(latin: false), .openClause: break
            default: return false
            }
            if tail.startsWithLabel || tail.startsAsListOrHeading { return false }
            if tail.length >= 15 { return true }
            shortLines += 1
            if shortLines > 3 { return false }
            line = previous
        }
        return false
    }

    static func continuedMessage(noticeLine: Int) -> String {
        "the text is a preview: the notice on line \(noticeLine + 1) says it goes on elsewhere"
    }
    static let ellipsisMessage = "the document ends with an ellipsis cut into the text"
    static let midSentenceMessage = "the document ends mid-sentence"
}

/// How a line ends, read from its last characters only, so long lines cost nothing.
struct LineTail {
    /// The kinds of line ending.
    enum Ending: Equatable {
        case complete, ellipsis, openClause, other
        /// A character or word; `latin` for letters of alphabetic scripts.
        case word(latin: Bool)
    }

    let ending: Ending
    /// Length in scalars (counted up to 200 from the end).
    let length: Int
    /// Space-separated words among those scalars.
    let words: Int
    /// Whether those scalars hold any punctuation.
    let hasPunctuation: Bool
    /// The last sentence fragment, at most 20 scalars (with the final marks).
    let fragment: Range<Int>
    /// Starts like a list item or a numbered heading (-, •, 1., 一、, (一), 第三章).
    let startsAsListOrHeading: Bool
    /// Ends with a web address.
    let looksLikeURL: Bool
    /// Opens with a label and a colon (公司地址:…, Note: …): a field, not a sentence.
    let startsWithLabel: Bool

    init(_ document: Document, _ range: Range<Int>) {
        var length = 0, words = 1, index = range.upperBound, punctuation = false
        while index > range.lowerBound, length < 200 {
            let (scalar, size) = document.scalar(before: index)
            if scalar == " " { words += 1 }
            if !punctuation, scalar.value >= 0x21, CharacterClass.isPunctuation(scalar) { punctuation = true }
            length += 1
            index -= size
        }
        self.length = length
        self.words = words
        hasPunctuation = punctuation
        ending = Self.ending(document, range)
        fragment = Self.fragment(document, range)
        startsAsListOrHeading = Self.startsAsListOrHeading(document, range)
        startsWithLabel = Self.startsWithLabel(document, range)
        looksLikeURL = Self.containsAddress(document.bytes, max(range.lowerBound, range.upperBound - 200)..<range.upperBound)
    }

    /// Whether bytes hold `://` or `www.`.
    private static func containsAddress(_ bytes: [UInt8], _ range: Range<Int>) -> Bool {
        var index = range.lowerBound
        while index + 3 <= range.upperBound {
            if bytes[index] == 0x3A, bytes[index + 1] == 0x2F, bytes[index + 2] == 0x2F { return true }
            if index + 4 <= range.upperBound, bytes[index] | 0x20 == 0x77, bytes[index + 1] | 0x20 == 0x77,
               bytes[index + 2] | 0x20 == 0x77, bytes[index + 3] == 0x2E { return true }
            index += 1
        }
        return false
    }

    private static func ending(_ document: Document, _ range: Range<Int>) -> Ending {
        guard !range.isEmpty else { return .other }
        let last = document.scalar(before: range.upperBound).scalar
        switch last {
        case "…", ".":
            // One ellipsis (or three dots or more) right after a word is a cut; 「……」 and a
            // single full stop end a sentence.
            var run = 0, index = range.upperBound
            while index > range.lowerBound, case let (scalar, size) = document.scalar(before: index), scalar == last {
                run += 1
                index -= size
            }
            let cut = last == "…" ? run == 1 : run >= 3
            guard cut, index > range.lowerBound else { return .complete }
            let before = document.scalar(before: index).scalar
            return CharacterClass.isCJK(before) || before.properties.isAlphabetic || ("0"..."9").contains(before) ? .ellipsis : .complete
        case "。", "!", "?", "\u{FF01}", "\u{FF1F}", "\u{FF0E}", "”", "’", "」", "』", ")", "\u{FF09}", "》", "〉", "】", "\"", "'", "]", "}":
            return .complete
        case ",", "\u{FF0C}", "、", "\u{FF1B}", "\u{FF1A}", ":":
            return .openClause
        default:
            if CharacterClass.isCJK(last) { return .word(latin: false) }
            return last.properties.isAlphabetic ? .word(latin: true) : .other
        }
    }

    /// The final marks, then back to the previous sentence end, 20 scalars at most (and not
    /// from inside a Latin word).
    private static func fragment(_ document: Document, _ range: Range<Int>) -> Range<Int> {
        var start = range.upperBound, count = 0
        while start > range.lowerBound, case let (scalar, size) = document.scalar(before: start), CharacterClass.isPunctuation(scalar) {
            start -= size
            count += 1
        }
        let marks = start
        while start > range.lowerBound, count < 20 {
            let (scalar, size) = document.scalar(before: start)
            if "。\u{FF01}\u{FF1F}\u{FF1B}".unicodeScalars.contains(scalar) { break }
            // An ASCII sentence end counts when a space follows it (not in 3.5 or e.g).
            if ".!?;".unicodeScalars.contains(scalar), start < range.upperBound,
               CharacterClass.isBlank(document.scalar(at: start).scalar) { break }
            start -= size
            count += 1
        }
        if start > range.lowerBound, isLatinLetter(document.scalar(before: start).scalar) {
            // Cut inside a word: begin at the next word, if one starts before the final marks.
            var next = start
            while next < marks, case let (scalar, size) = document.scalar(at: next), !CharacterClass.isBlank(scalar) { next += size }
            if next < marks { start = next }
        }
        while start < range.upperBound, case let (scalar, size) = document.scalar(at: start), CharacterClass.isBlank(scalar) {
            start += size
        }
        return start..<range.upperBound
    }

    private static func isLatinLetter(_ scalar: Unicode.Scalar) -> Bool {
        scalar.properties.isAlphabetic && !CharacterClass.isCJK(scalar)
    }

    private static func startsWithLabel(_ document: Document, _ range: Range<Int>) -> Bool {
        var index = range.lowerBound, count = 0
        while index < range.upperBound, count < 10 {
            let (scalar, size) = document.scalar(at: index)
            if scalar == ":" || scalar == "\u{FF1A}" { return count > 0 }
            index += size
            count += 1
        }
        return false
    }

    private static func startsAsListOrHeading(_ document: Document, _ range: Range<Int>) -> Bool {
        var scalars: [Unicode.Scalar] = []
        var index = range.lowerBound
        while index < range.upperBound, scalars.count < 8 {
            let (scalar, size) = document.scalar(at: index)
            scalars.append(scalar)
            index += size
        }
        guard let first = scalars.first else { return false }
        if "-*•·#+>–—".unicodeScalars.contains(first) { return true }
        let numerals = "0123456789一二三四五六七八九十".unicodeScalars
        let leadingNumerals = scalars.prefix { numerals.contains($0) }.count
        if leadingNumerals > 0, leadingNumerals < scalars.count,
           ".、)\u{FF0E}\u{FF09}".unicodeScalars.contains(scalars[leadingNumerals]) { return true }
        if first == "(" || first == "\u{FF08}" {
            return scalars.dropFirst().prefix(4).contains { $0 == ")" || $0 == "\u{FF09}" }
        }
        if first == "第" { return scalars.dropFirst().prefix(5).contains { "章节條条部篇回".unicodeScalars.contains($0) } }
        return false
    }
}
