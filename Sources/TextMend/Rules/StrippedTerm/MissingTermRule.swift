/// A place where a term the source is known to delete fits back in.
///
/// Lint: with a strip lexicon, each place where inserting one of its terms makes the text
/// clearly more word-like under the lexicon (`评议员` → `评议党员`), and the blanks a deleted
/// word leaves beside a Latin word in a Chinese sentence (`Linux 。`, `CUPS  Internet`).
/// Format: inserts the term when one clearly wins; otherwise suggests the candidates.
public struct MissingTermRule: Rule {
    public static let description = RuleDescription(
        id: "stripped-term.missing-term",
        category: .strippedTerm,
        summary: "A term the source deletes fits here",
        rationale: """
            With terms known to be deleted by a source (`[strip] terms`, `--strip-terms`, a
            built-in profile, or terms an intact summary shows deleted), every place in the body
            where inserting one forms a word with its neighbours is scored with the lexicon:
            how much more word-like the text becomes, less the cost of assuming a deletion.
            Terms that occur anywhere in the body's sentences are not deleted by this source and
            are not tried, so a profile does no harm on text it does not fit. Without terms, a
            character the document never uses but whose absence orphans several different
            characters is tried the same way, and kept when it clearly repairs three places.
            With terms, the blanks a deleted word leaves beside a Latin word in a Chinese
            sentence (`Linux 。`, two blanks between Latin words, a one-line paragraph opening
            with a blank) are places too, where the terms are suggested, those of the word
            class the place takes first.
            """,
        fixSafety: "Safe when one term wins by a wide margin; otherwise suggested, with the ranked candidates (always suggested beside a Latin word).",
        severity: .warning,
        fixability: .sometimes,
        nonTriggeringExamples: [
            Example("坚持全面从严治党,加强党的建设,学习贯彻会议精神。", options: StrippedExamples.party),
            Example("系统会自动安装软件包,用户和组名称不变。", options: StrippedExamples.party),
            // One phrase repeated is one place, however often it recurs.
            Example("这一类的录是索引。那一类的录是索引。第三类的录是索引。第四类的录是索引。", options: StrippedExamples.terms(["子目"])),
            // A long word (环境变量) completed in three places only.
            Example("程序由量确定。这些量通常会被自动设置。每个量确定了语言。", options: StrippedExamples.terms(["环境变"])),
            // Blanks beside Latin words that Chinese prose has: after a comma, before a
            // closing bracket, a paragraph's indented second line; and a blank slot whose term
            // the body uses (so the source does not delete it).
            Example("\u{5B89}\u{88C5}\u{5B8C}\u{6BD5}\u{FF0C} Debian \u{4F1A}\u{91CD}\u{542F}\u{FF08}\u{89C1} xwayland \u{FF09}\u{3002}\n\n"
                    + "\u{7B2C}\u{4E00}\u{884C}\u{3002}\n vim \u{53EF}\u{4EE5}\u{7F16}\u{8F91}\u{6587}\u{4EF6}\u{3002}",
                    options: StrippedExamples.terms(["使用"])),
            Example("\u{4F7F}\u{7528}\u{4E86}\u{65B0}\u{7684} Debian \u{3002}", options: StrippedExamples.terms(["使用"])),
            // Blanks that scraped pages put beside Latin words: before a full-width colon in a
            // contact line, fields parted by two blanks, a numbered one-line heading.
            Example("\u{8054}\u{7CFB}\u{6211}\u{4EEC} Email \u{FF1A}a@b.c\n\n\u{6765}\u{6E90}\u{FF1A}\u{672C}\u{7AD9}  \u{4F5C}\u{8005}\u{FF1A}admin\n\n"
                    + "QQ:10000  Email:a@b.c  Tel:1 \u{8054}\u{7CFB}\n\n 1 \u{6982}\u{8FF0}\n\n\u{5B89}\u{88C5} Debian \u{7CFB}\u{7EDF}\u{3002}",
                    options: StrippedExamples.terms(["使用", "发行版"])),
        ],
        triggeringExamples: [
            Example("坚持从严⟦治,⟧加⟦强风⟧廉政建设。", options: StrippedExamples.party),
            // 子目录 cut in four places told apart by the characters next out (的|录是, 的|录存).
            Example("有三种类型⟦的录⟧是包含索引的。最后一类重要⟦的录⟧存放了安装文件,它所处⟦的录⟧树也很大。某某⟦某录⟧,都有说明。",
                    options: StrippedExamples.terms(["子目"])),
            // 环境变量 cut in four places: a long word, though the lexicon prices it as rare.
            Example("程序⟦由量⟧确定。这⟦些量⟧通常会被自动设置。每⟦个量⟧确定了语言。设⟦置量⟧通常很简单。", options: StrippedExamples.terms(["环境变"])),
            // Blanks a word deleted beside a Latin word leaves: before a full stop, two in a
            // row, at the start of a one-line paragraph.
            Example("\u{4ED6}\u{53D1}\u{5E03}\u{4E86}\u{65B0}\u{7684} Linu⟦x \u{3002}⟧\n\n\u{672C}\u{8282}\u{4ECB}\u{7ECD} CUP⟦S  I⟧nternet \u{6253}\u{5370}\u{3002}\n\n"
                    + "⟦ v⟧im \u{53EF}\u{4EE5}\u{7F16}\u{8F91}\u{6587}\u{4EF6}\u{3002}", options: StrippedExamples.terms(["使用", "发行版"])),
        ],
        corrections: [
            Correction("坚持从严治,加强作风建设。", "坚持从严治党,加强作风建设。", options: StrippedExamples.party),
            Correction("加强风廉政建设。", "加强党风廉政建设。", options: StrippedExamples.party),
            Correction("\u{4ED6}\u{53D1}\u{5E03}\u{4E86}\u{65B0}\u{7684} Linux \u{3002}", "\u{4ED6}\u{53D1}\u{5E03}\u{4E86}\u{65B0}\u{7684} Linux 发行版\u{3002}",
                       unsafe: true, options: StrippedExamples.terms(["发行版"])),
            Correction("\u{5B8C}\u{6BD5}\u{3002}\n\n vim \u{53EF}\u{4EE5}\u{7F16}\u{8F91}\u{6587}\u{4EF6}\u{3002}",
                       "\u{5B8C}\u{6BD5}\u{3002}\n\n使用 vim \u{53EF}\u{4EE5}\u{7F16}\u{8F91}\u{6587}\u{4EF6}\u{3002}",
                       unsafe: true, options: StrippedExamples.terms(["使用"])),
        ]
    )

    public init() {}

    public func check(_ document: Document, _ context: RuleContext) -> [Finding] {
        context.shared(StrippedScan.self, document).gaps(.missingTerm).map { gap in
            finding("a term this source deletes fits between \u{201C}\(gap.label)\u{201D}\(gap.fitsClause)", gap.span,
                    fix: gap.fix(), suggestions: gap.suggestions)
        }
    }
}
