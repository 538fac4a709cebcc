/// Copies of the title near the top of a document, found once and shared by the duplicate
/// rules (`duplicate.repeated-title` reports them; `duplicate.repeated-paragraph` leaves them
/// alone so one damage is reported once).
public struct RepeatedTitles: SharedAnalysis {
    /// One surplus copy: the line to remove and the copy that stays.
    public struct Copy: Sendable, Hashable {
        /// The surplus line (0-based).
        public var line: Int
        /// The line that is kept (0-based).
        public var kept: Int
        /// The surplus line is the kept one plus a separator and a tail no list names
        /// (`Title - Example News`): most likely a site's name, but it could be a subtitle.
        public var unknownSuffix = false
    }

    /// Surplus copies in line order.
    public let copies: [Copy]

    /// Non-blank lines at the top that may hold the title and its copies.
    static let window = 8
    /// Longest line, in scalars, treated as a title.
    static let maxTitleLength = 100
    /// The first copy must be among this many non-blank lines at the top.
    static let firstCopyWithin = 4
    /// At most this many non-blank lines may sit between two copies.
    static let maxLinesBetween = 3
    /// Lines shorter than this (in scalars) count as short: verse, list entries, chrome.
    static let shortLine = 40

    /// Finds the copies.
    public init(document: Document, context: RuleContext) {
        let layout = context.shared(Layout.self, document)
        var lines: [(line: Int, key: String?)] = []
        var line = 0
        while line < layout.isBlank.count, lines.count < Self.window {
            if !layout.isBlank[line] { lines.append((line, Self.key(document, layout, line))) }
            line += 1
        }
        // `T - Some Site` beside `T`: the suffixed line joins the bare one's group.
        var suffixed = Set<Int>()
        // Known suffixes (`_第1页`, `- 百度文库`) already share the bare line's key.
        for (position, entry) in lines.enumerated() where entry.key != nil && !Self.hasSuffix(document, layout, entry.line) {
            for other in lines where other.key != nil && other.key != entry.key {
                if Self.isSuffixed(document, layout, entry.line, copyOf: other.line) {
                    lines[position].key = other.key
                    suffixed.insert(entry.line)
                    break
                }
            }
        }
        var groups: [String: [Int]] = [:]  // key → positions in `lines`
        for (position, entry) in lines.enumerated() {
            guard let key = entry.key else { continue }
            // A contents heading above means the repeats are entries and their headings.
            if ScrapedTitles.shared.contents.contains(key) { break }
            groups[key, default: []].append(position)
        }
        // Site chrome between copies (a template intro) is not the body.
        let chrome = context.shared(EdgeBoilerplate.self, document).blockLines
        var copies: [Copy] = []
        for positions in groups.values where positions.count > 1 && positions[0] < Self.firstCopyWithin {
            var group = [positions[0]]
            // A prose line between two copies means the body has begun: the later copy is a
            // watermark or a running header injected at intervals, not a repeated title.
            for position in positions.dropFirst() where position - group.last! - 1 <= Self.maxLinesBetween
                && !Self.proseBetween(document, layout, lines[group.last!].line, lines[position].line, chrome) {
                group.append(position)
            }
            let groupLines = group.map { lines[$0].line }
            guard groupLines.count > 1, !Self.isContentsList(document, layout, groupLines),
                  Self.bodyFollows(document, layout, after: groupLines.last!) else { continue }
            // Keep the first copy without a scraped suffix: the suffixed copy is the damaged one.
            let kept = groupLines.first { !Self.hasSuffix(document, layout, $0) && !suffixed.contains($0) } ?? groupLines[0]
            copies += groupLines.filter { $0 != kept }.map { Copy(line: $0, kept: kept, unknownSuffix: suffixed.contains($0)) }
        }
        self.copies = copies.sorted { $0.line < $1.line }
    }

    /// The comparable form of a line that could be a title, or nil.
    static func key(_ document: Document, _ layout: Layout, _ line: Int) -> String? {
        let range = layout.trimmedLine(line)
        guard range.count <= maxTitleLength * 4 else { return nil }
        let text = document.string(range)
        guard text.unicodeScalars.count <= maxTitleLength, let last = text.unicodeScalars.last, !endsSentence(last),
              !TextComparison.looksLikeCode(document, line: range, indentationCounts: false),
              !startsWithNumbering(text) else { return nil }
        let key = TextNormalization.comparable(text)
        // `——`, `* * *`, `A`: too little to call a title.
        let letters = key.unicodeScalars.filter { CharacterClass.isCJK($0) || $0.properties.isAlphabetic }.count
        guard letters >= 2, !isInStanza(document, layout, line), !continuesWrappedLine(document, layout, line, key) else { return nil }
        return key
    }

    /// Longest tail, in scalars, after the separator of a suffixed copy.
    static let maxSuffixLength = 30

    /// Whether `line` is `bare` followed by a separator (` - `, ` | `, `_`, ` – `, ` — `,
    /// ` · `) and a short tail that reads like a name: at most four words, no sentence mark.
    static func isSuffixed(_ document: Document, _ layout: Layout, _ line: Int, copyOf bare: Int) -> Bool {
        let text = TextNormalization.folded(document.string(layout.trimmedLine(line)))
        let title = TextNormalization.folded(document.string(layout.trimmedLine(bare)))
        guard title.count >= 4, text.count > title.count,
              String(String.UnicodeScalarView(text[..<title.count])).lowercased()
                == String(String.UnicodeScalarView(title)).lowercased() else { return false }
        let rest = text[title.count...]
        guard let separator = rest.firstIndex(where: { !$0.properties.isWhitespace }),
              "-_|\u{2013}\u{2014}\u{00B7}".unicodeScalars.contains(rest[separator]),
              separator > rest.startIndex || rest[separator] == "_" else { return false }
        let tail = rest[(separator + 1)...].drop { $0.properties.isWhitespace }
        guard !tail.isEmpty, tail.count <= maxSuffixLength,
              tail.allSatisfy({ $0.properties.isAlphabetic || $0.properties.numericType != nil || " .&'".unicodeScalars.contains($0) || CharacterClass.isCJK($0) }),
              tail.split(separator: " ").count <= 4 else { return false }
        return true
    }

    static func hasSuffix(_ document: Document, _ layout: Layout, _ line: Int) -> Bool {
        TextNormalization.hasScrapedSuffix(document.string(layout.trimmedLine(line)))
    }

    /// Titles do not end with a full stop, a colon or a closing quote (dialogue does).
    static func endsSentence(_ scalar: Unicode.Scalar) -> Bool {
        "。.;\u{FF1B},\u{FF0C}:\u{FF1A}”」』’\"".unicodeScalars.contains(scalar)  // full-width semicolon, comma, colon as escapes
    }

    /// `1.`, `一、`, `(二)`, `第三章`, `Chapter 4`: numbered headings are section headings.
    static func startsWithNumbering(_ text: String) -> Bool {
        let scalars = Array(TextNormalization.folded(text).prefix(12))
        var index = scalars.first == "(" ? 1 : 0
        let start = index
        while index < scalars.count, TextNormalization.isNumeral(scalars[index]) { index += 1 }
        if index > start, index < scalars.count, ".、)".unicodeScalars.contains(scalars[index]) { return true }
        if scalars.first == "第", index == 0 {
            var end = 1
            while end < scalars.count, TextNormalization.isNumeral(scalars[end]) { end += 1 }
            let rest = String(String.UnicodeScalarView(scalars[end...]))
            return end > 1 && ScrapedTitles.shared.headingWords.contains { rest.hasPrefix($0) }
        }
        let words = text.lowercased().split(separator: " ", maxSplits: 2)
        guard words.count > 1, ScrapedTitles.shared.headingWords.contains(String(words[0])) else { return false }
        // `Chapter 4`, `Part IV`, `Appendix A`; not `Part Time Jobs`.
        let label = words[1].prefix { $0 != "." && $0 != ":" }
        return label.count == 1 || label.allSatisfy { $0.isNumber || "ivxlc".contains($0) }
    }

    /// A line inside a block of short lines (verse, lyrics, a list) is no title; other copies
    /// count, so `T\nT\n短句\n长正文…` is still a title block.
    static func isInStanza(_ document: Document, _ layout: Layout, _ line: Int) -> Bool {
        let paragraph = paragraphLines(layout, line)
        // Three short lines that all end like verse (`Holy, holy, holy!` twice, then
        // `Lord God Almighty!`): a refrain, not a title over its body.
        if paragraph.count == 3, paragraph.allSatisfy({ isShort(document, layout, $0) && endsVerseLine(document, layout, $0) }) {
            return true
        }
        guard paragraph.count >= 4 else { return false }
        return paragraph.filter { $0 != line && isShort(document, layout, $0) }.count >= 3
    }

    /// The line ends with `!`, `?`, `,` or `;` (half- or full-width), as lines of verse do.
    static func endsVerseLine(_ document: Document, _ layout: Layout, _ line: Int) -> Bool {
        guard let last = document.string(layout.trimmedLine(line)).unicodeScalars.last else { return false }
        return "!?,;\u{FF01}\u{FF1F}\u{FF0C}\u{FF1B}".unicodeScalars.contains(last)
    }

    /// The first copy is an entry of a list of short lines and the next copy sits elsewhere:
    /// a contents list without a heading, then the first section's heading.
    static func isContentsList(_ document: Document, _ layout: Layout, _ copies: [Int]) -> Bool {
        let paragraph = paragraphLines(layout, copies[0])
        guard !paragraph.contains(copies[1]) else { return false }
        return paragraph.filter { $0 != copies[0] && isShort(document, layout, $0) }.count >= 2
    }

    /// After a title block comes the body: a prose line within the next three lines, or the
    /// end of the text. Verse goes on with more short lines (`Let It Be` … `Let it be`).
    static func bodyFollows(_ document: Document, _ layout: Layout, after line: Int) -> Bool {
        var next = line + 1, seen = 0
        while next < layout.isBlank.count, seen < 3 {
            if !layout.isBlank[next] {
                if isProse(document, layout, next) { return true }
                seen += 1
            }
            next += 1
        }
        return seen == 0
    }

    static func proseBetween(_ document: Document, _ layout: Layout, _ first: Int, _ last: Int, _ chrome: Set<Int>) -> Bool {
        (first + 1..<last).contains { !layout.isBlank[$0] && !chrome.contains($0) && isProse(document, layout, $0) }
    }

    /// The second line of hard-wrapped prose (`…four categories of\nerrors`) is no title.
    static func continuesWrappedLine(_ document: Document, _ layout: Layout, _ line: Int, _ key: String) -> Bool {
        guard line > 0, !layout.isBlank[line - 1] else { return false }
        let range = layout.trimmedLine(line - 1)
        guard range.count <= maxTitleLength * 8, case let text = document.string(range), text.unicodeScalars.count >= shortLine,
              let last = text.unicodeScalars.last, CharacterClass.isCJK(last) || last.properties.isAlphabetic else { return false }
        return TextNormalization.comparable(text) != key
    }

    static func paragraphLines(_ layout: Layout, _ line: Int) -> ClosedRange<Int> {
        var first = line, last = line
        while first > 0, !layout.isBlank[first - 1] { first -= 1 }
        while last + 1 < layout.isBlank.count, !layout.isBlank[last + 1] { last += 1 }
        return first...last
    }

    static func isShort(_ document: Document, _ layout: Layout, _ line: Int) -> Bool {
        let range = layout.trimmedLine(line)
        return range.count < shortLine * 4 && document.string(range).unicodeScalars.count < shortLine
    }

    /// A long line, or one that ends like a sentence.
    static func isProse(_ document: Document, _ layout: Layout, _ line: Int) -> Bool {
        let range = layout.trimmedLine(line)
        guard range.count < shortLine * 4 else { return true }
        let text = document.string(range)
        guard let last = text.unicodeScalars.last else { return false }
        return text.unicodeScalars.count >= shortLine || "。.!?!?…”」".unicodeScalars.contains(last)
    }
}
