/// Tag words glued to the end of a paragraph by tag-cloud mirrors (…帮助开发者成长。前端).
///
/// Lint: a Chinese paragraph whose last sentence mark is followed by one tag: an ASCII word
/// (`。git`, `。bash`) or a listed Chinese tag word (`。前端`, `。微信`, noise-words.txt).
/// Format: removes the tag (safe when two or more paragraphs carry one, else suggested).
public struct GluedTagRule: Rule {
    public static let description = RuleDescription(
        id: "boilerplate.glued-tag",
        category: .boilerplate,
        summary: "Tag word glued to the end of a paragraph (…成长。前端, …即可。git)",
        rationale: """
            Mirrors of programming blogs (程序员大本营, javashuo and the like) append the
            article's tags to its paragraphs: `帮助开发者成长。前端`, `…执行即可。bash`. A
            Chinese sentence never goes on after its final mark with a bare word and no mark
            of its own, so a tail of letters after `。`, `!`, `?`, `…` or a closing bracket at
            the end of a paragraph is a tag. ASCII words are tags by shape; Chinese tails
            only when listed, since chat-style prose ends with bare words (`今天很开心。哈哈`).
            Digits (footnote numbers) are left alone.
            """,
        fixSafety: """
            Safe when at least two paragraphs of the document carry a tag (the mirror's
            habit); a single tail is suggested.
            """,
        severity: .warning,
        fixability: .sometimes,
        nonTriggeringExamples: [
            Example("今天天气很好,我们去公园玩了一整天。哈哈"),
            Example("详见《中华人民共和国民法典》第一千条。1"),
            Example("He said it was fine. Really"),
            Example("安装完成后重启系统即可。\n\n配置文件位于 /etc/apt/sources.list。"),
            Example("版本说明:本软件基于 Debian 12。"),
        ],
        triggeringExamples: [
            Example("本文介绍如何搭建开发环境,帮助开发者成长。⟦前端⟧\n\n首先安装编辑器,然后配置插件。⟦前端⟧"),
            Example("执行下面的命令即可完成安装。⟦bash⟧"),
            Example("我们制定了一个计划,以迁移到选定的开源系统 Debian。⟦git⟧\n\n依赖关系写在 Depends、Conflicts 和 Replaces。⟦数据库⟧"),
        ],
        corrections: [
            Correction("本文介绍如何搭建开发环境,帮助开发者成长。前端\n\n首先安装编辑器,然后配置插件。git",
                       "本文介绍如何搭建开发环境,帮助开发者成长。\n\n首先安装编辑器,然后配置插件。"),
            Correction("执行下面的命令即可完成安装。bash", "执行下面的命令即可完成安装。", unsafe: true),
        ]
    )

    public init() {}

    /// Longest tag, in scalars.
    static let maximumTag = 12

    public func check(_ document: Document, _ context: RuleContext) -> [Finding] {
        let tails = context.keptForFix(Tails.self, document).lines.compactMap(\.tag)
        let applicability: Applicability = tails.count >= 2 ? .safe : .suggested
        return tails.map { finding(Self.message, $0, fix: Fix(applicability, Self.fixTitle, [Edit($0, "")])) }
    }

    /// Each paragraph's last line with the tag at its end (nil: none), in order. A line's tag
    /// is read from the line alone, so after a round of `fix` an untouched line that ended a
    /// paragraph before keeps its earlier result (`EarlierRound`; RoundUpdateTests).
    struct Tails: SharedAnalysis {
        /// The paragraphs' last lines and their tags.
        let lines: [(line: Int, tag: Range<Int>?)]

        init(document: Document, context: RuleContext) {
            let layout = context.shared(Layout.self, document)
            let rule = GluedTagRule()
            let ends = layout.paragraphs.map { $0.lines.upperBound - 1 }
            guard let round = context.earlierRound, let earlier = round.context.cached(Tails.self) else {
                lines = ends.map { ($0, rule.tag(document, layout.trimmedLine($0))) }
                return
            }
            // The untouched stretches, in the edited document's lines, and how far their lines moved.
            var kept: [(lines: Range<Int>, shift: Int)] = []
            round.lines.walkLines(from: round.document, to: document) { old, shift in
                kept.append((old.shifted(by: shift), shift))
            } rescan: { _ in }
            var lines: [(line: Int, tag: Range<Int>?)] = []
            lines.reserveCapacity(ends.count)
            var stretch = 0, cursor = 0
            for line in ends {
                while stretch < kept.count, kept[stretch].lines.upperBound <= line { stretch += 1 }
                if stretch < kept.count, kept[stretch].lines.contains(line) {
                    let oldLine = line - kept[stretch].shift
                    while cursor < earlier.lines.count, earlier.lines[cursor].line < oldLine { cursor += 1 }
                    if cursor < earlier.lines.count, earlier.lines[cursor].line == oldLine {
                        let shift = document.lineStarts[line] - round.document.lineStarts[oldLine]
                        lines.append((line, earlier.lines[cursor].tag.map { $0.shifted(by: shift) }))
                        continue
                    }
                }
                lines.append((line, rule.tag(document, layout.trimmedLine(line))))
            }
            self.lines = lines
        }
    }

    /// The tag at the end of a line, if the line is a Chinese sentence followed by one.
    func tag(_ document: Document, _ line: Range<Int>) -> Range<Int>? {
        var start = line.upperBound
        var scalars = 0, ascii = true, digitsOnly = true
        while start > line.lowerBound, scalars <= Self.maximumTag {
            let (scalar, length) = document.scalar(before: start)
            // Alphabetic exactly: ASCII at the letters, and every CJK unified ideograph (the common
            // cases without the property look-up, the costly part).
            let alphabetic = scalar.isASCII ? EmptySlotScan.isLetter(scalar)
                : (0x4E00...0x9FFF).contains(scalar.value) || scalar.properties.isAlphabetic
            guard alphabetic || ("0"..."9").contains(scalar) else { break }
            if scalar.value >= 0x80 { ascii = false }
            if !("0"..."9").contains(scalar) { digitsOnly = false }
            start -= length
            scalars += 1
        }
        guard scalars >= 1, scalars <= Self.maximumTag, !digitsOnly, start > line.lowerBound else { return nil }
        let (mark, markLength) = document.scalar(before: start)
        guard Self.marks.contains(mark), start - markLength > line.lowerBound else { return nil }
        // The sentence is Chinese (a Chinese mark, or Chinese text before the mark), and long
        // enough to be prose.
        let (before, _) = document.scalar(before: start - markLength)
        guard Self.chineseMarks.contains(mark) || CharacterClass.isCJK(before) || CharacterClass.isCJKPunctuation(before),
              document.string(line.lowerBound..<start).unicodeScalars.count >= 8 else { return nil }
        let tail = start..<line.upperBound
        let word = document.string(tail)
        if ascii {
            guard word.unicodeScalars.first!.properties.isAlphabetic, scalars >= 2 else { return nil }
            return tail
        }
        return Self.tags.contains(word.lowercased()) ? tail : nil
    }

    static let marks: Set<Unicode.Scalar> = ["。", "!", "?", "\u{FF01}", "\u{FF1F}", "…", ")", "\u{FF09}", "”", "」", "』"]
    static let chineseMarks: Set<Unicode.Scalar> = ["。", "\u{FF01}", "\u{FF1F}", "\u{FF09}", "」", "』"]
    static let tags: Set<String> = Set(WordListResource.sections(PackageResources.noise_words_txt)["glued-tags", default: []].map { $0.lowercased() })

    static let message = "tag word glued to the end of the paragraph"
    static let fixTitle = "remove the tag"
}
