/// Anti-scraping jammer text: runs of one- and two-character ASCII tokens that forum
/// software hides in pages so that copies come out garbled.
///
/// Lint: six or more tokens of one or two printable ASCII characters separated by single
/// spaces (`4 U+ Z. t1 D& z3 n i% D2`), mixing letters, digits and at least three different
/// symbols (two in a run of eight), digits, and a third of the tokens (three at least)
/// gluing a letter or digit to a symbol.
/// Format: removes the run (and the line when nothing else is on it).
public struct JammerTextRule: Rule {
    public static let description = RuleDescription(
        id: "boilerplate.jammer-text",
        category: .boilerplate,
        summary: "Anti-scraping jammer tokens (4 U+ Z. t1 D& z3) injected into the text",
        rationale: """
            Discuz! and similar forum software print random strings in invisible elements
            (`class="jammer"`) between a post's lines. A scraper that ignores styles keeps
            them: `; i [+ l3 @ |1 m) q` as a line of its own, or glued to the end or start of
            a line of prose. The runs are unmistakable: many one- or two-character tokens
            separated by single spaces, with letters and digits glued to assorted symbols.
            Lists (`a, b, c`), formulas (`1 + 2 = 3`), chess moves and table rules use one
            or two symbols and rarely glue them to letters, so they stay silent.
            """,
        fixSafety: """
            Safe: a run needs six tokens, three different symbols, letters and digits, and
            three tokens (a third of the run) that glue a symbol to a letter or digit; no
            prose or code reads like that.
            """,
        severity: .warning,
        fixability: .safe,
        nonTriggeringExamples: [
            Example("Solve x + y = 3 and x - y = 1 for x and y."),
            Example("Options: a, b, c, d, e, f or g."),
            Example("1. e4 e5 2. Nf3 Nc6 3. Bb5 a6 is the Ruy Lopez."),
            Example("| - | - | - | - |\n|:-:|:-:|:-:|:-:|"),
            Example("按 Ctrl + C 复制,按 Ctrl + V 粘贴。"),
            Example("The grades were A+ B+ C- D+ A- B overall."),
            Example("It would thus be written A | B, A | C."),
            Example("Final grades: A+ B+ C- D+ A- B+ C+ D- for the eight groups."),
            Example("Our report cards read A+ B+ C- D+ A- B, which was enough."),
        ],
        triggeringExamples: [
            Example("楼主说得很有道理,我也遇到过这种情况。\n⟦4 U+ Z. t1 D& z3 n i% D2⟧\n后来换了一个版本就好了。"),
            Example("楼主说得很有道理,我也遇到过这种情况。⟦; i [+ l3 @ |1 m) q⟧\n后来换了一个版本就好了。"),
            Example("楼主说得很有道理 ⟦/ G- k; W% a% |( ^# n% J3⟧ 后来换了一个版本就好了。"),
            Example("楼主说得很有道理。\n⟦i K F. c7 z3 R^ A5 s4⟧\n后来换了一个版本就好了。"),
        ],
        corrections: [
            Correction("楼主说得很有道理。\n4 U+ Z. t1 D& z3 n i% D2\n后来换了一个版本。", "楼主说得很有道理。\n后来换了一个版本。"),
            Correction("楼主说得很有道理。; i [+ l3 @ |1 m) q\n后来换了。", "楼主说得很有道理。\n后来换了。"),
            Correction("第一段。\n\n/ G- k; W% a% |( ^# n% J3\n\n第二段。", "第一段。\n\n第二段。"),
        ]
    )

    public init() {}

    /// Fewest tokens in a run.
    static let minimumTokens = 6
    /// Lines longer than this are scanned only in their first part (a huge line costs nothing).
    static let lineCap = 1 << 16

    public func check(_ document: Document, _ context: RuleContext) -> [Finding] {
        let candidates = context.keptForFix(CandidateLines.self, document).lines
        guard !candidates.isEmpty else { return [] }
        let layout = context.shared(Layout.self, document)
        var findings: [Finding] = []
        for line in candidates {
            let content = document.lineContent(line)
            let end = min(content.upperBound, content.lowerBound + Self.lineCap)
            for run in runs(document.bytes, content.lowerBound..<end) {
                findings.append(finding(Self.message, run, fix: Fix(.safe, Self.fixTitle, [Edit(NoiseRemoval.range(of: run, in: document, layout), "")])))
            }
        }
        return findings
    }

    /// `candidateLines(_:in:)` of the whole document, kept for `fix` (`servesFix`). A line is a
    /// candidate by its own bytes, so after a round of `fix` only the touched lines are read
    /// again (`EarlierRound`; RoundUpdateTests).
    struct CandidateLines: SharedAnalysis {
        /// The lines in order.
        let lines: [Int]

        init(document: Document, context: RuleContext) {
            let rule = JammerTextRule()
            guard let round = context.earlierRound, let earlier = round.context.cached(CandidateLines.self) else {
                lines = rule.candidateLines(document, in: 0..<document.bytes.count)
                return
            }
            var lines: [Int] = []
            round.lines.walkLines(from: round.document, to: document) { old, shift in
                lines.append(contentsOf: earlier.lines.slice(positionsIn: old) { $0 }.lazy.map { $0 + shift })
            } rescan: { region in
                lines.append(contentsOf: rule.candidateLines(document, in: document.byteRange(ofLines: region)))
            }
            self.lines = lines
        }
    }

    /// Lines where four spaces in a row are two or three bytes apart: a run of six short
    /// tokens has at least that, so other lines need no closer look (one pass, no copies).
    /// `range` starts at a line start and ends at one or at the end.
    func candidateLines(_ document: Document, in range: Range<Int>) -> [Int] {
        var lines: [Int] = []
        document.bytes.withUnsafeBufferPointer { buffer in
            guard let base = buffer.baseAddress else { return }
            var lastSpace = -10, streak = 0, lastLine = -1
            // A space two or three bytes after the last one continues the streak unless a line
            // break stands between them (a break ends every streak).
            @inline(__always) func space(_ index: Int) {
                let gap = index - lastSpace
                streak = (gap == 2 || gap == 3) && buffer[index - 1] != 0x0A && buffer[lastSpace + 1] != 0x0A ? streak + 1 : 0
                lastSpace = index
                if streak >= 4 {
                    let line = document.lineIndex(ofByte: index)
                    if line != lastLine { lines.append(line); lastLine = line }
                }
            }
            // Spaces found eight bytes at a time (an exact per-byte equality mask).
            var index = range.lowerBound
            while index + 8 <= range.upperBound {
                var found = WordBytes.equal(WordBytes.load(base, index), 0x20)
                while found != 0 {
                    space(index + found.trailingZeroBitCount / 8)
                    found &= found &- 1
                }
                index += 8
            }
            while index < range.upperBound {
                if buffer[index] == 0x20 { space(index) }
                index += 1
            }
        }
        return lines
    }

    /// Runs of jammer tokens in a line.
    func runs(_ bytes: [UInt8], _ line: Range<Int>) -> [Range<Int>] {
        var result: [Range<Int>] = []
        var tokens: [Range<Int>] = []  // the current run's tokens
        func close() {
            if tokens.count >= Self.minimumTokens, isJammer(bytes, tokens) { result.append(tokens.first!.lowerBound..<tokens.last!.upperBound) }
            tokens = []
        }
        var index = line.lowerBound
        while index < line.upperBound {
            let byte = bytes[index]
            guard byte > 0x20 && byte < 0x7F else {
                // A space between tokens continues the run only if it is a single space.
                if byte == 0x20, !tokens.isEmpty, tokens.last!.upperBound == index,
                   index + 1 < line.upperBound, bytes[index + 1] > 0x20 && bytes[index + 1] < 0x7F {
                    index += 1
                    continue
                }
                close()
                index += 1
                continue
            }
            var end = index
            while end < line.upperBound, bytes[end] > 0x20 && bytes[end] < 0x7F { end += 1 }
            let gluedBefore = index > line.lowerBound && bytes[index - 1] != 0x20
            let gluedAfter = end < line.upperBound && bytes[end] != 0x20
            if end - index > 2 || (gluedBefore && !tokens.isEmpty) {
                close()
            } else {
                if gluedBefore { close() }  // glued to text before: may only open a run
                tokens.append(index..<end)
                if gluedAfter { close() }   // glued to text after: may only close a run
            }
            index = end
        }
        close()
        return result
    }

    /// Letters, digits and several different symbols, glued together in two-character tokens.
    func isJammer(_ bytes: [UInt8], _ tokens: [Range<Int>]) -> Bool {
        var symbols: Set<UInt8> = []
        var letters = 0, mixed = 0, digits = 0
        for token in tokens {
            var hasSymbol = false, hasAlphanumeric = false, hasLetter = false, hasDigit = false
            for byte in bytes[token] {
                switch byte {
                case 0x30...0x39: hasAlphanumeric = true; hasDigit = true
                case 0x41...0x5A, 0x61...0x7A: hasAlphanumeric = true; hasLetter = true
                default: hasSymbol = true; symbols.insert(byte)
                }
            }
            if hasLetter { letters += 1 }
            if hasDigit { digits += 1 }
            if token.count == 2 && ((hasSymbol && hasAlphanumeric) || (hasLetter && hasDigit)) { mixed += 1 }
        }
        // Random strings hold digits; lists of grades or options do not.
        guard letters >= 2, digits >= 1, mixed >= 3, mixed * 3 >= tokens.count else { return false }
        // Two symbols suffice in a long run that also mixes in digits (i K F. c7 z3 R^ A5 s4).
        return symbols.count >= 3 || (symbols.count == 2 && tokens.count >= 8 && mixed >= 4 && digits >= 2)
    }

    static let message = "anti-scraping jammer tokens injected into the text"
    static let fixTitle = "remove the jammer tokens"
}
