/// A space inside a Chinese word, where a PDF or Word line wrap used to be (最 多能够容纳).
///
/// Lint: one space between two Han characters where ICU's dictionary, reading the text
/// without the space, finds a word that spans it (`用户操作手 册`).
/// Format: deletes the space (safe when a paragraph has two or more such spaces).
public struct SpaceInsideWordRule: Rule {
    public static let description = RuleDescription(
        id: "invalid-char.space-inside-word",
        category: .invalidChar,
        summary: "Space inside a Chinese word where an old line wrap was (计算 机, 最 多能够容纳)",
        rationale: """
            Text extracted from PDF and Word files turns each line wrap into a space. Chinese
            needs no spaces, so one lands wherever the line broke, often inside a word:
            `最 多能够容纳`, `用户操作手 册`, `计算 机`. Like a zero-width space it splits the
            word for search and tokenizers. Spaces that separate on purpose fall between
            words: `第一章 总则`, `习近平 出席会议`, `北京 上海 广州`, poetry's caesura. So the
            rule joins the characters around the space and flags it when ICU's Chinese
            dictionary then reads one word across it. A paragraph with at least three spaces
            between Han characters, a third or more of them inside words, was wrapped: its
            other such spaces are wraps that happened to fall between two words, and are
            flagged too.
            """,
        fixSafety: """
            Safe for spaces inside words when the paragraph holds two or more of them (a
            wrapped text); a single one may be a deliberate space inside a name or a word
            list, and its removal is suggested, as is the removal of a wrap between words.
            """,
        severity: .warning,
        fixability: .sometimes,
        nonTriggeringExamples: [
            Example("第一章 总则\n\n第一条 为了规范管理,制定本办法。"),
            Example("北京 上海 广州 深圳"),
            Example("习近平 出席会议并发表重要讲话"),
            Example("安装 Debian 系统的方法。"),
            Example("床前明月光 疑是地上霜"),
        ],
        triggeringExamples: [
            Example("该设备的内存最⟦ ⟧多能够容纳两千个用户,并且支持用户操作手⟦ ⟧册中的全部功能。"),
            Example("请阅读用户操作手⟦ ⟧册。"),
        ],
        corrections: [
            Correction("该设备的内存最 多能够容纳两千个用户,并且支持用户操作手 册中的全部功能。", "该设备的内存最多能够容纳两千个用户,并且支持用户操作手册中的全部功能。"),
            Correction("请阅读用户操作手 册。", "请阅读用户操作手册。", unsafe: true),
            Correction("该设备的内存最 多能够容纳两千个用户,并且支持用户操作手 册中的全部功能,用户 可以随时查看。",
                       "该设备的内存最多能够容纳两千个用户,并且支持用户操作手册中的全部功能,用户可以随时查看。", unsafe: true),
        ]
    )

    public init() {}

    /// Han characters taken on each side of a space.
    static let context = 4
    /// Spaces looked at per document (a bound for huge documents).
    static let maximumCandidates = 20_000

    public func check(_ document: Document, _ context: RuleContext) -> [Finding] {
        let layout = context.shared(Layout.self, document)
        // Every space between two Han characters, and whether it splits a word.
        let gaps = context.shared(Gaps.self, document).list
        var findings: [Finding] = []
        var start = 0
        while start < gaps.count {
            // The gaps of one paragraph.
            let paragraph = paragraphIndex(layout, document.lineIndex(ofByte: gaps[start].space))
            var end = start + 1
            while end < gaps.count, paragraphIndex(layout, document.lineIndex(ofByte: gaps[end].space)) == paragraph { end += 1 }
            let group = gaps[start..<end]
            let splitting = group.filter(\.splits).count
            // A wrapped paragraph: several gaps, a good share of them inside words; then the
            // others are wraps too, though only the dictionary's are sure.
            let wrapped = group.count >= 3 && splitting >= 2 && splitting * 3 >= group.count
            for gap in group where gap.splits || wrapped {
                let applicability: Applicability = gap.splits && splitting >= 2 ? .safe : .suggested
                let message = gap.splits ? Self.message : Self.wrapMessage
                findings.append(finding(message, gap.space..<gap.space + 1, fix: Fix(applicability, Self.fixTitle, [Edit(gap.space..<gap.space + 1, "")])))
            }
            start = end
        }
        return findings
    }

    /// Every space between two Han characters, in document order, and whether ICU reads one
    /// word across it. A space, the bytes around it and the Han characters `spansWord` takes
    /// never cross a line break, so after a round of `fix` only the touched lines are read
    /// again (`EarlierRound`; RoundUpdateTests compares the update with a fresh scan).
    struct Gaps: SharedAnalysis {
        /// The spaces, with whether each splits a word.
        let list: [(space: Int, splits: Bool)]
        /// Candidate spaces (`candidates(_:_:limit:)`) in the document, up to the bound.
        let candidates: Int

        init(document: Document, context: RuleContext) {
            let bound = SpaceInsideWordRule.maximumCandidates
            if let round = context.earlierRound, let earlier = round.context.cached(Gaps.self), earlier.candidates < bound {
                var list: [(space: Int, splits: Bool)] = []
                var candidates = earlier.candidates
                let lines = round.lines
                lines.walk(from: round.document, to: document) { old, shift in
                    list.append(contentsOf: earlier.list.slice(positionsIn: old) { $0.space }.lazy.map { ($0.space + shift, $0.splits) })
                } rescan: { range in
                    let spaces = Self.candidates(document.bytes, range, limit: bound)
                    candidates += spaces.count
                    Self.judge(document, spaces, &list)
                }
                for region in lines.oldBytes(round.document) {
                    candidates -= Self.candidates(round.document.bytes, region, limit: bound).count
                }
                // Under the bound the list is every gap, as a fresh scan finds them.
                if candidates < bound {
                    self.list = list
                    self.candidates = candidates
                    return
                }
            }
            let spaces = Self.candidates(document.bytes, 0..<document.bytes.count, limit: bound)
            var list: [(space: Int, splits: Bool)] = []
            Self.judge(document, spaces, &list)
            self.list = list
            candidates = spaces.count
        }

        /// Appends the candidates between two Han characters, with whether each splits a word.
        static func judge(_ document: Document, _ spaces: [Int], _ list: inout [(space: Int, splits: Bool)]) {
            let rule = SpaceInsideWordRule()
            for index in spaces where rule.isHan(document.scalar(before: index).scalar) && rule.isHan(document.scalar(at: index + 1).scalar) {
                list.append((index, rule.spansWord(document, index)))
            }
        }

        /// The first `limit` spaces in `range` with a byte from 0x80 up before them and one from
        /// 0xE3 up after (Han starts at E3-E9).
        static func candidates(_ bytes: [UInt8], _ range: Range<Int>, limit: Int) -> [Int] {
            var spaces: [Int] = []
            bytes.withUnsafeBufferPointer { buffer in
                guard let base = buffer.baseAddress else { return }
                var index = max(range.lowerBound, 1)
                let end = min(range.upperBound, buffer.count - 1)
                while index < end, spaces.count < limit {
                    // Eight bytes at a time: a candidate needs a space in them and a byte from 0x80
                    // up just before that space (in them, or the byte before them).
                    if index + 8 <= end {
                        let word = WordBytes.load(base, index)
                        if WordBytes.equal(word, 0x20) == 0 || (word & WordBytes.highs == 0 && buffer[index - 1] < 0x80) { index += 8; continue }
                    }
                    let stop = min(index + 8, end)
                    while index < stop, spaces.count < limit {
                        if buffer[index] == 0x20, buffer[index - 1] >= 0x80, buffer[index + 1] >= 0xE3 { spaces.append(index) }
                        index += 1
                    }
                }
            }
            return spaces
        }
    }

    func isHan(_ scalar: Unicode.Scalar) -> Bool {
        (0x4E00...0x9FFF).contains(scalar.value) || (0x3400...0x4DBF).contains(scalar.value)
    }

    /// Whether ICU reads one word across the space once it is removed.
    func spansWord(_ document: Document, _ space: Int) -> Bool {
        var start = space, end = space + 1
        for _ in 0..<Self.context {
            guard start > 0 else { break }
            let (scalar, length) = document.scalar(before: start)
            guard isHan(scalar) else { break }
            start -= length
        }
        for _ in 0..<Self.context {
            guard end < document.bytes.count else { break }
            let (scalar, length) = document.scalar(at: end)
            guard isHan(scalar) else { break }
            end += length
        }
        let left = document.string(start..<space), right = document.string(space + 1..<end)
        let joint = left.utf8.count
        return wordTokens(of: left + right).contains { $0.range.lowerBound < joint && $0.range.upperBound > joint }
    }

    func paragraphIndex(_ layout: Layout, _ line: Int) -> Int {
        max(layout.paragraphs.partitioningIndex { $0.lines.lowerBound > line } - 1, 0)
    }

    static let message = "space inside a word where a line used to wrap"
    static let wrapMessage = "space where a line used to wrap, in a paragraph with spaces inside words"
    static let fixTitle = "delete the space"
}
