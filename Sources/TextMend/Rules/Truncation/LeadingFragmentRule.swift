/// A document whose text starts in the middle of a sentence: the second page of a
/// paginated article, or a chunk cut from a longer text (`和负相关。` on `…_4.html`).
///
/// Lint: the body's first line (after any top boilerplate) opens with a mark that cannot
/// open a sentence (`,` `。` `、` a closing bracket), with a lone particle (的 了 着 过 之),
/// or, in English, with a lower-case conjunction or preposition in a line of prose.
/// Format: none (the missing start cannot be restored).
public struct LeadingFragmentRule: Rule {
    public static let description = RuleDescription(
        id: "truncation.leading-fragment",
        category: .truncation,
        summary: "The document starts mid-sentence (\u{FF0C}和负相关。 / and then the council…)",
        rationale: """
            Paginated articles stored page by page (`…_4.html`), and chunks cut from a longer
            text, begin wherever the cut fell: `,特别是涉及…`, `的基本理论…`, `and the
            council voted…`. No text opens with a comma, a full stop or a closing bracket,
            nor with a lone particle (ICU's dictionary tells `的` from `的确`, `了` from `了解`).
            In English a lower-case `and`, `of`, `which` … opening a long line of prose is a
            cut; brand names (`iPhone`), commands (`npm install`) and abbreviations are not
            function words. The title line is looked at too: a page with no title starts
            with its text.
            """,
        fixSafety: "No fix: the missing start cannot be restored. The finding marks the opening fragment.",
        severity: .warning,
        fixability: .none,
        nonTriggeringExamples: [
            Example("的确,今年的工作成效明显。", prefixable: false),
            Example("的地得的用法\n\n“的”用在名词前\u{FF0C}“地”用在动词前\u{FF0C}“得”用在动词后。", prefixable: false),
            Example("了解情况后,我们立即开展了调查。", prefixable: false),
            Example("iPhone sales rose sharply in the third quarter of the year.", prefixable: false),
            Example("npm install installs the dependencies listed in package.json.", prefixable: false),
            Example("“我们明天再来,”他说。", prefixable: false),
            Example("……那一年,我十八岁。", prefixable: false),
            Example("and", prefixable: false),
        ],
        triggeringExamples: [
            Example("⟦,特别是⟧涉及数据处理的部分,需要进一步完善。", prefixable: false),
            Example("⟦的⟧基本理论和方法,是本课程的重点内容。", prefixable: false),
            Example("⟦and⟧ the council voted to approve the new budget on Monday night.", prefixable: false),
            Example("当前位置:首页 > 新闻\n\n⟦。同时还⟧要做好防汛准备工作。", prefixable: false),
            Example("关于防汛工作的通知\n\n⟦的⟧基本要求是提前准备。"),
        ],
        corrections: []
    )

    public init() {}

    public func check(_ document: Document, _ context: RuleContext) -> [Finding] {
        let edges = context.shared(EdgeBoilerplate.self, document)
        let layout = context.shared(Layout.self, document)
        let removed = edges.removedLines
        let lines = edges.bodyLines.lazy.filter { !layout.isBlank[$0] && !removed.contains($0) }.prefix(2)
        guard let first = lines.first else { return [] }
        if let cut = fragment(document, layout.trimmedLine(first)) { return [finding(Self.message, cut)] }
        // A title may come first: then look at the line after it.
        let title = layout.trimmedLine(first)
        guard lines.count == 2, document.string(title).unicodeScalars.count < 40,
              !"。.!?;:\u{FF01}\u{FF1F}\u{FF1B}\u{FF1A}".unicodeScalars.contains(document.scalar(before: title.upperBound).scalar),
              let cut = fragment(document, layout.trimmedLine(Array(lines)[1])) else { return [] }
        return [finding(Self.message, cut)]
    }

    /// The opening fragment of a line that starts mid-sentence.
    func fragment(_ document: Document, _ content: Range<Int>) -> Range<Int>? {
        guard !content.isEmpty else { return nil }
        let (scalar, length) = document.scalar(at: content.lowerBound)
        if Self.closers.contains(scalar) {
            // Take the clause up to the next mark, so the finding shows what follows.
            var end = content.lowerBound + length
            var count = 0
            while end < content.upperBound, count < 3 {
                let (next, nextLength) = document.scalar(at: end)
                guard CharacterClass.isCJK(next) else { break }
                end += nextLength
                count += 1
            }
            return content.lowerBound..<end
        }
        if Self.particles.contains(scalar) {
            // `的地得的用法`, `了着过`: particles named side by side are the topic, not a cut.
            let after = content.lowerBound + length
            if after < content.upperBound, Self.particles.contains(document.scalar(at: after).scalar) { return nil }
            let window = content.lowerBound..<min(content.upperBound, content.lowerBound + 24)
            if let token = wordTokens(of: document.string(window)).first, token.range.count == length {
                return content.lowerBound..<content.lowerBound + length
            }
            return nil
        }
        if ("a"..."z").contains(scalar) {
            var end = content.lowerBound
            while end < content.upperBound, ("a"..."z").contains(document.scalar(at: end).scalar) { end += 1 }
            let word = document.string(content.lowerBound..<end)
            let words = document.bytes[content].filter { $0 == 0x20 }.count + 1
            if Self.englishOpeners.contains(word), words >= 4, end < content.upperBound, document.bytes[end] == 0x20 {
                return content.lowerBound..<end
            }
        }
        return nil
    }

    /// Marks no sentence opens with (ASCII forms as on flattened pages).
    static let closers: Set<Unicode.Scalar> = [",", "。", "、", ";", ":", ")", "》", "」", "』", "】", "\u{FF0C}", "\u{FF1B}", "\u{FF1A}", "\u{FF09}", "\u{FF01}", "\u{FF1F}"]
    static let particles: Set<Unicode.Scalar> = ["的", "了", "着", "过", "之", "地", "得"]
    static let englishOpeners: Set<String> = ["and", "or", "but", "of", "the", "to", "with", "which", "that", "for", "from", "than", "whose", "whom", "nor", "into", "onto", "by"]

    static let message = "the document starts in the middle of a sentence"
}
