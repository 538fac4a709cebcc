/// A title repeated near the top of a document.
///
/// Lint: among the first eight non-blank lines, a short line equal to an earlier one once
/// both are normalised (`TextNormalization.comparable`: punctuation, width and scraped
/// suffixes such as `_第1页`, `.docx`, `(通用6篇)` or `- 百度文库` ignored).
/// Format: removes the surplus copy and the blank lines after it.
public struct RepeatedTitleRule: Rule {
    public static let description = RuleDescription(
        id: "duplicate.repeated-title",
        category: .duplicate,
        summary: "Title repeated at the top of the document",
        rationale: """
            Scrapers often store a page's title twice or three times: once from the page
            head, once from the article header, sometimes again from a file caption
            (`T.docx_第1页`). The copies sit within the first few lines, perhaps with a
            salutation or a metadata line between them. Lines are compared after
            normalisation, so a copy that differs only in punctuation, full-width letters or a
            scraped suffix still counts. The copies must be followed by the body (a prose line
            within three lines) or by the end of the text, and no prose may sit between two
            copies (a line repeated between paragraphs is a watermark). Left alone: lines ending like a
            sentence, a colon or a quotation; numbered headings (`1.`, `一、`, `第三章`,
            `Chapter 4`); lines inside a block of short lines (verse, lyrics, a contents list);
            repeats after a contents heading (`目录`, `Contents`); markup and code.
            """,
        fixSafety: """
            Safe: the removed line is an exact copy of a line that stays. When one copy
            carries a scraped suffix, that copy is the one removed. Suggested: a copy that
            adds a separator and a short tail no list names (`Title - Example News`), most
            likely a site's name but perhaps a subtitle.
            """,
        severity: .warning,
        fixability: .safe,
        nonTriggeringExamples: [
            Example("某市交通运输局工作总结\n\n某市交通运输局工作总结会议于昨日召开,会议回顾了上半年的工作。"),
            Example("Chapter 1\n\nIntroduction\n\nThis book is about text.\n\nChapter 2\n\nMethods"),
            Example("1.\n学习文件。\n1.\n再次学习。"),
            Example("一、\n总体要求\n一、\n工作目标"),
            Example("研究报告\n\n目录\n\n引言\n\n方法\n\n引言\n\n本文讨论……"),
            Example("Happy Birthday\n\nHappy birthday to you\nHappy birthday to you\nHappy birthday dear Anna\nHappy birthday to you"),
            Example("“你好。”\n“你好。”\n两人同时开口,又同时笑了。"),
            Example("通知\n\n全体员工:\n\n请于周五前提交报告。\n\n第二段。\n\n第三段。\n\n第四段。\n\n第五段。\n\n第六段。\n\n第七段。\n\n通知"),
            Example("价格:12.5元 😀\n\n价格:13元 😀"),
            Example("Let It Be\n\nWhen I find myself in times of trouble, Mother Mary comes to me\n\nSpeaking words of wisdom, let it be\n\nLet it be\n\nLet it be\n\nWhisper words of wisdom"),
            Example("Introduction\nBackground\nMethods\n\nIntroduction\n\nThis paper studies how scraped text is damaged and how to repair it."),
            Example("一、总体要求\n二、主要任务\n三、保障措施\n\n一、总体要求\n\n坚持以人民为中心的发展思想,全面推进各项工作。"),
            Example("Part IV\n\nPart IV\n\nThe war was over."),
            Example("<html>\n\t<head>\n\t\t<title>JSON-C</title>\n\t</head>\n\t<body>"),
            // A watermark injected between paragraphs is no title, even near the top.
            Example("城市公交线路调整方案\n\n本文来自某某新闻网\n\n第一段正文讲述了线路调整的背景和主要内容。\n\n本文来自某某新闻网\n\n第二段正文。\n\n本文来自某某新闻网"),
            Example("# Errors\n\nApplications running in Node.js will generally experience four categories of\nerrors\n\nMore text."),
            // A longer line that only begins like the title is no copy of it.
            Example("Results\n\nResults-based budgeting in small towns\n\nThe council adopted a new way of planning its budget, and this is how it works."),
            // A refrain of exclamations inside a three-line stanza is verse, not a title block.
            Example("Chant\n\nHoly, holy, holy!\nHoly, holy, holy!\nLord God Almighty!\n\n“No.”\n\nThey looked at each other and laughed."),
            Example("Python\n\nPython - the snake and the language named after a comedy group\n\nThe language took its name from the television series, not from the snake."),
        ],
        triggeringExamples: [
            Example("某市交通运输局党委书记在意识形态工作总结会上的讲话\n\n  同志们:\n\n⟦某市交通运输局党委书记在意识形态工作总结会上的讲话⟧\n\n  按照要求,今天召开总结会。",
                    prefixable: false),
            Example("合集下载\n\n党员个人年度总结\n\n⟦党员个人年度总结⟧\n\n⟦党员个人年度总结⟧\n\n2023年,我认真学习。"),
            Example("⟦上班管理规范.docx_第1页⟧\n\n上班管理规范\n\n第一条 为规范管理,制定本规范。", prefixable: false),
            Example("8+ Quick SD Card Lifespan Tests & Tips!\n⟦8+ QUICK SD CARD LIFESPAN TESTS & TIPS!⟧\nSD cards wear out.\nHere is how to tell when yours is about to fail, and what to do.",
                    prefixable: false),
            Example("学习心得体会\n⟦学习心得体会⟧\n通过学习,我深刻认识到理论学习的重要性,必须持之以恒。", prefixable: false),
            Example("⟦关于开展安全生产检查的通知_第1页⟧\n\n⟦关于开展安全生产检查的通知_第2页⟧\n\n关于开展安全生产检查的通知\n\n各单位:现将有关事项通知如下。",
                    prefixable: false),
            Example("导读\n\n⟦教师述职报告(通用6篇)⟧\n\n教师述职报告\n\n本人自参加工作以来……"),
            Example("What changed in the new release\n\n⟦What changed in the new release - Example News⟧\n\nThe best solution may be to mark the bug as forwarded upstream, and tell the team.",
                    prefixable: false),
        ],
        corrections: [
            Correction("""
                某市交通运输局党委书记在意识形态工作总结会上的讲话

                  同志们:

                某市交通运输局党委书记在意识形态工作总结会上的讲话

                  按照要求,今天召开总结会。
                """, """
                某市交通运输局党委书记在意识形态工作总结会上的讲话

                  同志们:

                  按照要求,今天召开总结会。
                """, prefixable: false),
            Correction("合集下载\n\nT与流程\n\n文档序号:1\n\nT与流程\n\nT与流程\n\n正文。", "合集下载\n\nT与流程\n\n文档序号:1\n\n正文。"),
            Correction("上班管理规范.docx_第1页\n上班管理规范\n第一条 为规范管理,制定本规范。", "上班管理规范\n第一条 为规范管理,制定本规范。",
                       prefixable: false),
            Correction("导读\n\n年终总结\n\n年终总结", "导读\n\n年终总结"),
        ]
    )

    public init() {}

    public func check(_ document: Document, _ context: RuleContext) -> [Finding] {
        let layout = context.shared(Layout.self, document)
        return context.shared(RepeatedTitles.self, document).copies.map { copy in
            let removal = Removal.lines(copy.line..<copy.line + 1, in: document, layout, absorbing: .blankLinesAfter)
            let message = copy.line > copy.kept ? Self.repeatedFrom(copy.kept) : Self.repeatedBelow(copy.kept)
            return finding(message, layout.trimmedLine(copy.line),
                           fix: Fix(copy.unknownSuffix ? .suggested : .safe, Self.fixTitle, [Edit(removal, "")]))
        }
    }

    static func repeatedFrom(_ line: Int) -> String { "title repeated from line \(line + 1)" }
    static func repeatedBelow(_ line: Int) -> String { "title repeated on line \(line + 1); this copy carries a scraped suffix" }
    static let fixTitle = "remove the repeated title"
}
