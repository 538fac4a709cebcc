/// A chatbot's refusal published as an article (很抱歉,我无法为您撰写…, As an AI language
/// model, I cannot…): a verdict on the whole document.
///
/// Lint: the text's first paragraph (after the title and any edge boilerplate) opens with
/// a refusal formula from document-verdicts.txt.
/// Format: none (there is no article to repair; drop the page).
public struct ChatbotRefusalRule: Rule {
    public static let description = RuleDescription(
        id: "boilerplate.chatbot-refusal",
        category: .boilerplate,
        summary: "The page is a chatbot's refusal, not an article (很抱歉,我无法为您撰写…)",
        rationale: """
            Content farms that generate pages with a chatbot publish whatever came back,
            refusals included: a title, then `很抱歉,作为一个AI语言模型,我无法为您撰写…` or
            `I'm sorry, but I can't fulfill this request.` The page holds no article. Only the
            opening of the first paragraph is read, so articles that quote such a reply
            (in quotation marks, or further down) stay silent.
            """,
        fixSafety: "No fix: the page has no text to keep. The finding marks the refusal paragraph.",
        severity: .warning,
        fixability: .none,
        nonTriggeringExamples: [
            Example("人工智能的边界\n\n当记者要求它撰写一篇假新闻时,聊天机器人回答:“很抱歉,我无法为您撰写这类内容。”"),
            Example("Chatbots\n\n\"I'm sorry, but I can't help with that,\" the chatbot replied when asked."),
            Example("会议通知\n\n抱歉,原定于周五的会议因故推迟,具体时间另行通知。"),
        ],
        triggeringExamples: [
            Example("述职报告是什么意思\n\n⟦很抱歉,作为一个AI语言模型,我无法为您撰写这篇文章,因为缺少必要的信息。⟧"),
            Example("Best SD cards of 2023\n\n⟦I'm sorry, but I can't fulfill this request. As an AI language model, I cannot browse the internet.⟧"),
        ],
        corrections: []
    )

    public init() {}

    public func check(_ document: Document, _ context: RuleContext) -> [Finding] {
        let edges = context.shared(EdgeBoilerplate.self, document)
        let layout = context.shared(Layout.self, document)
        let removed = edges.removedLines
        // The first two paragraphs of the body: a title may come first.
        var seen = 0
        for paragraph in layout.paragraphs where edges.bodyLines.contains(paragraph.lines.lowerBound) && !removed.contains(paragraph.lines.lowerBound) {
            let opening = paragraph.content.lowerBound..<min(paragraph.content.upperBound, paragraph.content.lowerBound + 240)
            let text = document.string(layout.trim(opening))
            if Self.patterns.contains(where: { $0.firstMatch(in: text) != nil }) {
                return [finding(Self.message, layout.trim(paragraph.content))]
            }
            seen += 1
            if seen == 2 { break }
        }
        return []
    }

    static let patterns: [ICURegex] = WordListResource.sections(PackageResources.document_verdicts_txt)["refusal", default: []]
        .compactMap { try? ICURegex($0) }

    static let message = "the page is a chatbot's refusal, not an article"
}
