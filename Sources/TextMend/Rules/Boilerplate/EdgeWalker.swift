/// The line walk behind `EdgeBoilerplate`: top down, then bottom up (not past the line
/// where the top walk stopped), classifying lines by pattern and testing summary echoes.
struct EdgeWalker {
    /// Boilerplate found on a line (or a run of lines, for a list under a heading).
    struct Hit {
        var family: String
        var applicability: Applicability
        /// A continuation notice (`+cut`).
        var continues: Bool
        var lines: Range<Int>
        /// What to report: the trimmed lines, or the sentence.
        var span: Range<Int>
        /// Only a sentence inside the line is boilerplate (template-intro).
        var partial = false
        /// For a partial hit: the bytes that remove the sentence.
        var removal: Range<Int> = 0..<0
        /// Found by the bottom walk.
        var fromBottom = false
    }

    /// Lines looked at from each edge.
    static let maxExamined = 15
    /// A line this long (in scalars) is prose, not a title or a widget.
    static let proseLength = 60
    /// Lines longer than this are not matched against patterns.
    static let lineCap = 300
    /// A summary block may be this long.
    static let echoCap = 2000
    /// Short unmatched lines the bottom walk steps over (dates, signatures).
    static let maxSkips = 3
    /// Short unmatched sentences the top walk steps over (a tagline, a notice no pattern
    /// knows) to reach chrome below them: safe whole-line matches under them count only
    /// when a title line follows.
    static let maxTopSkips = 2
    /// Items a related-links heading may take with it.
    static let maxListItems = 8
    /// Families whose patterns match one sentence rather than a whole line.
    static let sentenceFamilies: Set<String> = ["template-intro"]
    static let relatedLinks = "related-links"
    static let echoFamily = "summary-echo"

    let document: Document
    let layout: Layout
    let buffer: UnsafeBufferPointer<UInt8>
    let custom: EdgePatterns?
    let builtIn = EdgePatterns.builtIn
    /// Hits by their first line.
    var hits: [Int: Hit] = [:]
    var echoes: [EdgeBoilerplate.SummaryEcho] = []
    /// The first line the top walk did not take (the body's first line, or the line count).
    var topStop = 0

    init(document: Document, layout: Layout, buffer: UnsafeBufferPointer<UInt8>, custom: EdgePatterns?) {
        self.document = document
        self.layout = layout
        self.buffer = buffer
        self.custom = custom
    }

    mutating func run() {
        walkTop()
        keepQuotedTitle()
        walkBottom()
    }

    /// The body's first paragraph quoting the document's first line makes that line its
    /// title (`All rights reserved` above an essay on the phrase, `相关阅读` above a page about
    /// the widget): chrome is never what the text goes on to discuss.
    private mutating func keepQuotedTitle() {
        guard let first = layout.isBlank.indices.first(where: { !layout.isBlank[$0] }), first < topStop,
              let hit = hits[first], !hit.partial, hit.lines.count == 1, topStop < layout.isBlank.count,
              !layout.isBlank[(first + 1)..<topStop].contains(false) else { return }
        var title = trimmedLine(first).range
        // Without its closing marks: `All rights reserved.` is quoted as `all rights reserved`.
        while title.upperBound > title.lowerBound, case let (scalar, length) = document.scalar(before: title.upperBound),
              CharacterClass.isPunctuation(scalar) { title = title.lowerBound..<title.upperBound - length }
        guard title.count >= 4 else { return }
        let body = trimmedLine(topStop).range
        let needle = document.bytes[title].map(Self.foldedASCII)
        let haystack = document.bytes[body.lowerBound..<min(body.upperBound, body.lowerBound + Self.echoCap)].map(Self.foldedASCII)
        guard haystack.count >= needle.count else { return }
        for start in 0...(haystack.count - needle.count) where haystack[start] == needle[0] {
            if haystack[start..<start + needle.count].elementsEqual(needle) {
                hits[first] = nil
                topStop = first
                return
            }
        }
    }

    /// ASCII letters in lower case, every other byte as it is.
    private static func foldedASCII(_ byte: UInt8) -> UInt8 {
        (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(byte) ? byte | 0x20 : byte
    }

    private mutating func walkTop() {
        var examined = 0
        var skipped: [Int] = []          // short sentences stepped over
        var tentative: [Int: Hit] = [:]  // sure matches below them
        var titled = false               // a title line followed those matches
        topStop = layout.isBlank.count
        // Where the body starts. Matches below a sentence count only when a title and then
        // prose follow them: a page opens with its chrome and title, never with its body.
        func stop(at line: Int, prose: Bool) {
            if prose, titled {
                hits.merge(tentative) { first, _ in first }
                topStop = line
            } else {
                topStop = skipped.first ?? line
            }
        }
        for line in layout.isBlank.indices where !layout.isBlank[line] {
            if examined == Self.maxExamined { stop(at: line, prose: false); return }
            examined += 1
            let (range, length) = trimmedLine(line)
            if let hit = classify(line, range, length) {
                if skipped.isEmpty {
                    hits[line] = hit
                    // The rest of a partly matched line is the body.
                    if hit.partial { topStop = line; return }
                    continue
                }
                // Below a sentence, only a sure whole-line match may be chrome.
                guard hit.applicability == .safe, !hit.partial else { stop(at: line, prose: false); return }
                tentative[line] = hit
                continue
            }
            if skipped.isEmpty, let echo = summaryEcho(line, range, length) {
                hits[line] = echo
                continue
            }
            if length >= Self.proseLength { stop(at: line, prose: true); return }
            if endsSentence(range) {
                if titled || skipped.count == Self.maxTopSkips { stop(at: line, prose: true); return }
                skipped.append(line)
                continue
            }
            if !tentative.isEmpty { titled = true }
        }
        stop(at: layout.isBlank.count, prose: false)
    }

    private mutating func walkBottom() {
        var examined = 0, skipped = 0
        var pending: [Int] = []  // short lines stepped over since the last hit, bottom first
        var line = layout.isBlank.count - 1
        while line > topStop {
            defer { line -= 1 }
            if layout.isBlank[line] { continue }
            examined += 1
            if examined > Self.maxExamined { return }
            let (range, length) = trimmedLine(line)
            if var hit = classify(line, range, length) {
                if hit.family == Self.relatedLinks, !hit.partial, let last = pending.first {
                    hit.lines = line..<last + 1  // the heading takes its list
                    hit.span = range.lowerBound..<trimmedLine(last).range.upperBound
                    skipped -= pending.count
                } else if skipped > Self.maxSkips {
                    return
                }
                hit.fromBottom = true
                hits[line] = hit
                pending = []
                if hit.partial { return }
                continue
            }
            if skipped <= Self.maxSkips, var echo = summaryEcho(line, range, length) {
                echo.fromBottom = true
                hits[line] = echo
                pending = []
                continue
            }
            if length >= Self.proseLength || endsSentence(range) { return }
            pending.append(line)
            skipped += 1
            if pending.count > Self.maxListItems { return }
        }
    }

    // MARK: Classifying one line

    private func classify(_ line: Int, _ range: Range<Int>, _ length: Int) -> Hit? {
        guard length <= Self.lineCap else { return nil }
        let long = length >= Self.proseLength
        var match = builtIn.match(buffer, range, long: long)
        if match == nil || match?.pattern.applicability == .suggested, let own = custom?.match(buffer, range) {
            match = own
        }
        guard let match else { return nil }
        let family = match.pattern.family
        let sentence = Self.sentenceFamilies.contains(family)
        // A long line is boilerplate only when it opens with the match (a notice, not prose
        // that mentions one).
        if long, !sentence, scalarCount(range.lowerBound..<match.range.lowerBound, limit: 9) > 8 {
            return nil
        }
        var hit = Hit(family: family, applicability: match.pattern.applicability, continues: match.pattern.continues,
                      lines: line..<line + 1, span: range)
        if sentence {
            let sentenceRange = layout.trim(enclosingSentence(match.range, line: range))
            if sentenceRange != range {
                hit.partial = true
                hit.span = sentenceRange
                hit.removal = removalInsideLine(sentenceRange, line: range)
            }
        }
        return hit
    }

    /// The sentence of a line that holds a match: from the previous sentence end (or the
    /// line start) through the next one (or the line end).
    private func enclosingSentence(_ match: Range<Int>, line: Range<Int>) -> Range<Int> {
        func endsSentence(_ scalar: Unicode.Scalar) -> Bool {
            scalar == "。" || scalar == "!" || scalar == "?" || scalar == "\u{FF01}" || scalar == "\u{FF1F}"
        }
        var start = match.lowerBound, end = match.upperBound
        while start > line.lowerBound, case let (scalar, length) = document.scalar(before: start), !endsSentence(scalar) {
            start -= length
        }
        while end < line.upperBound {
            let (scalar, length) = document.scalar(at: end)
            end += length
            if endsSentence(scalar) { break }
        }
        // Keep a closing quote with its sentence.
        while end < line.upperBound, case let (scalar, length) = document.scalar(at: end), scalar == "”" || scalar == "」" {
            end += length
        }
        return start..<end
    }

    /// A sentence plus the blanks after it (or before it, when it ends the line).
    private func removalInsideLine(_ sentence: Range<Int>, line: Range<Int>) -> Range<Int> {
        var start = sentence.lowerBound, end = sentence.upperBound
        while end < line.upperBound, case let (scalar, length) = document.scalar(at: end), CharacterClass.isBlank(scalar) {
            end += length
        }
        if end == line.upperBound {
            while start > line.lowerBound, case let (scalar, length) = document.scalar(before: start), CharacterClass.isBlank(scalar) {
                start -= length
            }
        }
        return start..<end
    }

    // MARK: Summary echoes

    /// A block that repeats the title and the body's opening: labelled (`内容摘要:`) and
    /// overlapping by half, or unlabelled, cut off like a snippet and overlapping by 80%.
    private mutating func summaryEcho(_ line: Int, _ range: Range<Int>, _ length: Int) -> Hit? {
        guard length >= 20, length <= Self.echoCap else { return nil }
        let marker = builtIn.marker(buffer, range)
        // Unlabelled, only a long snippet cut off mid-way: the full text is the original.
        if marker == nil, length < Self.proseLength || !endsCut(range) { return nil }
        let pieces = marker.map { [range.lowerBound..<$0.lowerBound, $0.upperBound..<range.upperBound] } ?? [range]
        var echo = EchoShingles()
        for piece in pieces { echo.add(document, piece) }
        guard echo.pairs.count >= 12 else { return nil }
        // The reference: the title and the body's opening, without this line, other hits
        // and other labelled blocks.
        var reference = EchoShingles()
        let budget = min(4 * Self.echoCap, max(400, 2 * length))
        let text = document.bytes[range]
        for other in layout.isBlank.indices where other != line && !layout.isBlank[other] {
            if let hit = hits[other], !hit.partial { continue }
            let otherRange = trimmedLine(other).range
            if builtIn.marker(buffer, otherRange) != nil { continue }
            // A verbatim copy of a line is a repeated paragraph (the duplicate rules' business).
            if marker == nil, document.bytes[otherRange] == text { return nil }
            reference.add(document, otherRange, budget: budget)
            if reference.scalars >= budget { break }
        }
        let overlap = echo.containment(in: reference)
        let applicability: Applicability
        if marker != nil, overlap >= 0.5 { applicability = .safe }
        else if marker == nil, overlap >= 0.8 { applicability = .suggested }
        else { return nil }
        let content = pieces.map { document.string($0).trimmingEdgeBlanks() }.filter { !$0.isEmpty }.joined(separator: " ")
        echoes.append(EdgeBoilerplate.SummaryEcho(line: line, content: content, overlap: overlap, hasMarker: marker != nil))
        return Hit(family: Self.echoFamily, applicability: applicability, continues: false, lines: line..<line + 1, span: range)
    }

    // MARK: Line measures

    /// A line without surrounding blanks, and its length in scalars (counted up to the
    /// summary cap and no further).
    func trimmedLine(_ line: Int) -> (range: Range<Int>, length: Int) {
        let range = layout.trimmedLine(line)
        return (range, scalarCount(range, limit: Self.echoCap + 1))
    }

    private func scalarCount(_ range: Range<Int>, limit: Int) -> Int {
        var count = 0, index = range.lowerBound
        while index < range.upperBound, count < limit {
            if buffer[index] & 0xC0 != 0x80 { count += 1 }
            index += 1
        }
        return count
    }

    /// Whether a line stops mid-way: an ellipsis, or no closing mark at all.
    private func endsCut(_ range: Range<Int>) -> Bool {
        let last = document.scalar(before: range.upperBound).scalar
        if last == "…" || document.bytes[range].suffix(3).elementsEqual("...".utf8) { return true }
        return !endsSentence(range) && !CharacterClass.isPunctuation(last)
    }

    /// Whether a line ends a sentence (。 ! ? . possibly inside closing quotes).
    private func endsSentence(_ range: Range<Int>) -> Bool {
        var end = range.upperBound
        while end > range.lowerBound {
            let (scalar, length) = document.scalar(before: end)
            switch scalar {
            case "。", "!", "?", ".", "\u{FF01}", "\u{FF1F}", "\u{FF0E}", "…": return true
            case "”", "’", "」", "』", "\"", "'", ")", "\u{FF09}": end -= length
            default: return false
            }
        }
        return false
    }
}
