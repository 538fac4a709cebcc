/// ASCII punctuation inside Chinese or Japanese text where the full-width mark belongs.
///
/// Lint: `,` `:` `;` `!` `?` between CJK characters, and ASCII parentheses around CJK text.
/// Format: replaces them with `，` `：` `；` `！` `？` and `（` `）`.
public struct HalfWidthPunctuationRule: Rule {
    public static let description = RuleDescription(
        id: "punctuation.half-width-in-cjk",
        category: .punctuation,
        summary: "Half-width punctuation inside Chinese or Japanese text",
        rationale: """
            Conversions and scrapers flatten full-width marks to ASCII: `《…》的要求,今天`, `同志们:`,
            `(一)加强组织领导`, `作出新的更大贡献!`. Chinese and Japanese typography uses the
            full-width `，：；！？（）`. A `, : ; ! ?` is reported when CJK (Han or kana) or a closing
            full-width mark (`》」』）】`, or a `”` closing CJK text) stands right before it, and CJK, a full-width mark, a line
            end or (for `, : ;`) a digit follows, possibly after spaces (`今年12月,已向`, `时间:10:30`).
            A mark after a short run of Latin words or numbers (unit signs `%` `‰` `℃` included)
            that itself follows CJK is reported only when CJK follows directly (`使用Python,然后`,
            `增长25%,未`). Parentheses are reported as a matched pair on one line: one finding
            with two edits, so a fix never leaves `（一)` half converted. The `(` must follow CJK,
            full-width punctuation or indentation, and the pair must hold CJK and no Latin
            letters (`(一)`, `(二)`), or one to three digits before CJK (`(1)加强`). Hangul does
            not count: Korean uses ASCII punctuation.
            Left alone: marks between Latin letters or digits (`10:30`, `1,024`, `Python, Java`),
            `(PBOC)`, `f(x)` and any call `name(…)`, backtick spans, URLs, emoticons `:)`, and
            parentheses after a space (`命令 (见 ls(1))`, the style of translated manuals).
            """,
        fixSafety: """
            Safe: each mark is replaced by its full-width form, and a single space after it goes
            too (a full-width mark carries its own spacing: `张三, 李四` becomes `张三，李四`);
            nothing else changes. Between CJK characters the ASCII mark has no other reading; `,` or `;`
            before a straight quote is left alone because it may separate CSV fields.
            """,
        severity: .warning,
        fixability: .safe,
        nonTriggeringExamples: [
            // GB/T 7714 reference entries keep their half-width `. : ,` on purpose.
            Example("[1] 张三. 中文信息处理[M]. 北京: 清华大学出版社, 2010.\n[2] 王五. Deep Learning[M]. 上海: 某某出版社, 2017: 45-67."),
            Example("Dr. Smith (born 1950): a note; really? yes! See f(x) and [1], 10:30, 1,024."),
            Example("学习 Python 3.11 的新特性：会议于 10:30 开始，共 1,024 人参加（线上）。"),
            Example("访问 https://example.com/a?b=1 获取资料，或者 http://例子.cn:8080/路径。"),
            Example("中国人民银行(PBOC)发布数据，函数 f(x) 与 printf(\"%d,中文\", x) 的用法见 `a(中文)`。"),
            Example("直接进入下个作业阶段 (见 systemd.mount(5))。(参看 dpkg(8)、apt(8) 等。)"),
            Example("e.g. 中文:English, 中文: English; 我会 Python, Java 和 Go。"),
            Example("今天很开心:) 明天见;) 好的👍🏽!👨‍👩‍👧 ok ❤️?"),
            Example("안녕하세요, 반갑습니다! 정말요? (한국어)"),
            Example("「こんにちは」と彼は言った。本当ですか？（はい）"),
            Example("名称,\"价格\",\"数量\"\n1) first item (a)\n(1) Introduction"),
            Example("增长 25%, 30% 和 40%; 气温 36\u{2103}, 湿度 80%\u{3002}Rates: 25%,30%;3\u{2030}."),
            Example("He said \u{201C}hello\u{201D},\nShe asked \u{201C}why\u{201D}?\nA \u{201C}wait\u{2026}\u{201D}, then \u{201C}go\u{201D}; done."),
        ],
        triggeringExamples: [
            Example("按照《关于加强意识形态工作的实施意见》的要求⟦,⟧今天⟦,⟧我们召开总结会。"),
            Example("  同志们⟦:⟧\n\n  今年以来⟦;⟧工作有序推进。"),
            Example("报告如下\n  ⟦(一)⟧加强组织领导⟦,⟧落实主体责任\n⟦(1)⟧完善制度"),
            Example("为推动交通运输事业高质量发展作出新的更大贡献⟦!⟧"),
            Example("今年12月⟦,⟧已向上级报告。时间⟦:⟧10:30⟦,⟧地点⟦:⟧ 三楼"),
            Example("これは何ですか⟦?⟧\n本当⟦!⟧⟦?⟧"),
            Example("我们使用Python 3.11⟦,⟧然后部署。他说⟦:⟧\"你好⟦!⟧\""),
            Example("他说\u{201C}你好\u{3002}\u{201D}⟦,⟧\n回答\u{201C}OK\u{201D}⟦,⟧然后走了\u{3002}"),
            Example("如下⟦:⟧⟦(一)⟧总体要求"),
            Example("同比增长25%⟦,⟧未达预期\u{3002}合格率为97.6%⟦;⟧差错率3\u{2030}⟦,⟧最高气温36\u{2103}⟦,⟧全年无事故\u{3002}"),
        ],
        corrections: [
            Correction("""
                  同志们:

                  按照《关于进一步加强和改进意识形态工作的实施意见》的要求,今天,我们在这里召开总结会,这次会议的主要内容是:总结上半年工作开展情况。

                  (一)加强组织领导,落实主体责任

                  全年共召开4次专题会议。今年12月,已向上级报告了上半年情况(含附件)。会议于10:30开始,共1,024人参加,使用Python 3.11。

                  为推动交通运输事业高质量发展作出新的更大贡献!
                """, """
                  同志们：

                  按照《关于进一步加强和改进意识形态工作的实施意见》的要求，今天，我们在这里召开总结会，这次会议的主要内容是：总结上半年工作开展情况。

                  （一）加强组织领导，落实主体责任

                  全年共召开4次专题会议。今年12月，已向上级报告了上半年情况（含附件）。会议于10:30开始，共1,024人参加，使用Python 3.11。

                  为推动交通运输事业高质量发展作出新的更大贡献！
                """),
            Correction("如下:(一)总体要求;(二)主要任务?", "如下：（一）总体要求；（二）主要任务？"),
            Correction("参会的有张三, 李四,  王五等! 地点: 三楼。时间: \n", "参会的有张三，李四，  王五等！地点：三楼。时间： \n"),
        ]
    )

    /// Local: each line is scanned on its own.
    public static let scope: RuleScope = .line

    public init() {}

    public func check(_ document: Document, _ context: RuleContext) -> [Finding] {
        var findings: [Finding] = []
        for line in 0..<document.lineCount {
            let range = document.lineContent(line)
            // Lines of ASCII, Latin or Cyrillic text cannot hold Han or kana: skip them whole.
            guard CJKMarks.mayHoldHanOrKana(document.bytes, range) else { continue }
            // Every hit is a `(` or one of `,:;!?`: a line without them needs no scan.
            guard Self.holdsMark(document.bytes, range) else { continue }
            for hit in HalfWidthPunctuationScan.hits(document, range) {
                let (name, fullWidth) = Self.forms[hit.mark]!
                let edits: [Edit]
                if hit.positions.count == 2 {
                    edits = [Edit(hit.positions[0]..<hit.positions[0] + 1, "（"), Edit(hit.positions[1]..<hit.positions[1] + 1, "）")]
                } else {
                    let mark = hit.positions[0]
                    edits = [Edit(mark..<mark + 1 + Self.spacesToDrop(document.bytes, after: mark + 1, range.upperBound), fullWidth)]
                }
                findings.append(finding(Self.message(name), hit.positions[0]..<hit.positions.last! + 1,
                                        fix: Fix(.safe, Self.fixTitle(name, fullWidth), edits)))
            }
        }
        return findings
    }

    /// Name and full-width form of each mark; `(` stands for a pair of parentheses.
    static let forms: [UInt8: (String, String)] = [
        UInt8(ascii: ","): ("comma", "，"), UInt8(ascii: ":"): ("colon", "："), UInt8(ascii: ";"): ("semicolon", "；"),
        UInt8(ascii: "!"): ("exclamation mark", "！"), UInt8(ascii: "?"): ("question mark", "？"),
        UInt8(ascii: "("): ("parentheses", "（）"),
    ]

    static func message(_ name: String) -> String { "half-width \(name) in CJK text" }
    static func fixTitle(_ name: String, _ fullWidth: String) -> String { "use the full-width \(name) \(fullWidth)" }

    /// The one space after a converted mark, which a full-width mark does not take (`张三, 李四`
    /// becomes `张三，李四`). Two or more spaces may stand for a flattened line break
    /// (`同志们:  按照`), and spaces that end the line are left to the whitespace tools.
    static func spacesToDrop(_ bytes: [UInt8], after start: Int, _ end: Int) -> Int {
        start + 1 < end && bytes[start] == UInt8(ascii: " ") && bytes[start + 1] != UInt8(ascii: " ") ? 1 : 0
    }

    /// The marks a hit starts with (those `forms` converts).
    static let markBytes = ByteSet(Array(forms.keys))

    /// Whether `range` holds one of `markBytes`, eight bytes at a time: every mark lies in
    /// 0x21...0x3F, so only the ASCII bytes in that span (digits, mostly, in CJK text) are
    /// looked up.
    static func holdsMark(_ bytes: [UInt8], _ range: Range<Int>) -> Bool {
        bytes.withUnsafeBufferPointer { buffer -> Bool in
            guard let base = buffer.baseAddress else { return false }
            var index = range.lowerBound
            while index + 8 <= range.upperBound {
                var inSpan = WordBytes.within(WordBytes.load(base, index), 0x21, 0x3F)
                while inSpan != 0 {
                    if markBytes.contains(buffer[index + inSpan.trailingZeroBitCount / 8]) { return true }
                    inSpan &= inSpan &- 1
                }
                index += 8
            }
            while index < range.upperBound {
                if markBytes.contains(buffer[index]) { return true }
                index += 1
            }
            return false
        }
    }
}
