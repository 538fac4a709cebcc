/// A quote mark or bracket in a paragraph that is never closed, or closes nothing.
///
/// Lint: `“”` `《》` `「」` `『』` `【】` `（）` `()` `[]` without their partner in the paragraph.
/// Format: none; the lost text or mark cannot be known.
public struct UnbalancedBracketRule: Rule {
    public static let description = RuleDescription(
        id: "punctuation.unbalanced-bracket",
        category: .punctuation,
        summary: "Quote mark or bracket without its partner in the paragraph",
        rationale: """
            A truncated title (`…讲话》所在栏目`), a cut quotation or a dropped closing mark leaves a
            bracket alone. Each paragraph is scanned once with a small stack: an opening mark whose
            partner never comes, and a closing mark with nothing to close, are reported, naming the
            missing mark. Half- and full-width parentheses close each other, and `[0, 1)` style
            intervals are accepted. Not reported: straight quotes `"` and `'` (they open and close
            alike), `‘’` (also apostrophes), emoticons `:)` `:(` `;)` `:-)`, list markers such as
            `1)`, `a)`, `iv)`, `二)` after a line start, a space or punctuation, and the English
            convention of a quotation running over several paragraphs (a paragraph leaves `“`
            open and the next one opens with `“` again). A paragraph nested more than 32 deep or
            with more than 16 problems is not prose (code, tables, ASCII art): it is skipped.
            """,
        fixSafety: "No fix: whether a mark is missing or one is left over, and where, is not known.",
        severity: .warning,
        fixability: .none,
        nonTriggeringExamples: [
            Example("1) first\na) second\n  iv) third\n二)第四"),
            Example("Nice :) and sad :( and wink ;) and :-) (really)."),
            // Brackets named rather than used, and a face-like `=)` that closes a pair.
            Example("Detach with Control+] or press Ctrl-], then type \"[\" over a heading."),
            Example("在“已安装软件包”上按下“[”来陈列软件包。"),
            Example("Set them explicitly (with =), by adding (+), or subtracting (-)."),
            Example("Scripts run before or after (un-)installation; --[no-]install-recommends; Smuxi (based on GTK+), Irssi."),
            Example("He said \"hello and she said 'bye. It’s the students’ work."),
            Example("“First paragraph of the speech.\n\n“Second paragraph, still quoted.\n\n“Last one.”"),
            Example("区间 [0, 1) 与 (0, 1] 都是半开区间,见 f(x) 与 a[i]。"),
            Example("《意见》指出，要增强“四个意识”。【转载】「引用『内文』」（注）（混合)"),
            Example("Choose a) red, b) blue or c) green. 如下：1)完善制度；2）加强领导。"),
            Example("A family 👨‍👩‍👧 (with 🇨🇳 flags) and e\u{301}."),
        ],
        triggeringExamples: [
            Example("他说⟦“⟧这是一个测试。\n\n下一段。"),
            Example("某市党委书记的讲话⟦》⟧所在栏目:工作总结"),
            Example("见⟦【⟧附件1【附件2】"),
            Example("the list ⟦(⟧see below and more"),
            Example("「引用⟦『⟧内文」"),
            Example("“他说⟦（⟧你好”⟦）⟧"),
            Example("the value⟦]⟧ here"),
        ],
        corrections: []
    )

    /// Bounds on the work per paragraph.
    static let maxDepth = 32, maxProblems = 16

    /// Local: each paragraph is scanned on its own; the next one may continue a quotation.
    public static let scope: RuleScope = .paragraph

    public init() {}

    public func check(_ document: Document, _ context: RuleContext) -> [Finding] {
        let paragraphs = context.shared(Layout.self, document).paragraphs
        // The brackets of the whole text (a shared list; see `PunctuationMarks`), walked along
        // with the paragraphs: a paragraph without one has no problem.
        let brackets = context.shared(PunctuationMarks.self, document).brackets
        var cursor = 0
        var findings: [Finding] = []
        for (index, paragraph) in paragraphs.enumerated() {
            while cursor < brackets.count, brackets[cursor] < paragraph.content.lowerBound { cursor += 1 }
            var end = cursor
            while end < brackets.count, brackets[end] < paragraph.content.upperBound { end += 1 }
            defer { cursor = end }
            guard end > cursor else { continue }
            let nextOpensQuote = index + 1 < paragraphs.count && Self.opensWithQuote(document, paragraphs[index + 1].content)
            for problem in BracketScan.problems(document, paragraph.content, marks: brackets[cursor..<end]) {
                if problem.unclosed && problem.bracket == .quote && nextOpensQuote { continue }
                let (open, close) = problem.bracket.marks(halfWidth: problem.halfWidth)
                let message = problem.unclosed ? "unclosed \(open): the closing \(close) is missing"
                                               : "unopened \(close): the opening \(open) is missing"
                findings.append(finding(message, problem.range))
            }
        }
        return findings
    }

    static func opensWithQuote(_ document: Document, _ range: Range<Int>) -> Bool {
        var index = range.lowerBound
        while index < range.upperBound, case let (scalar, length) = document.scalar(at: index), CharacterClass.isBlank(scalar) {
            index += length
        }
        return index < range.upperBound && document.scalar(at: index).scalar == "“"
    }
}

/// The stack scan behind `UnbalancedBracketRule`, one paragraph at a time.
enum BracketScan {
    /// The pairs the rule knows.
    enum Bracket: Sendable {
        case quote, book, corner, whiteCorner, lenticular, paren, square

        /// The opening and closing marks (half-width forms for parentheses and square brackets when asked).
        func marks(halfWidth: Bool) -> (String, String) {
            switch self {
            case .quote: ("“", "”")
            case .book: ("《", "》")
            case .corner: ("「", "」")
            case .whiteCorner: ("『", "』")
            case .lenticular: ("【", "】")
            case .paren: halfWidth ? ("(", ")") : ("（", "）")
            case .square: ("[", "]")
            }
        }
    }

    /// One mark without its partner.
    struct Problem {
        var bracket: Bracket
        var unclosed: Bool
        var halfWidth: Bool
        var range: Range<Int>
    }

    private struct Mark {
        var bracket: Bracket
        var opens: Bool
        var range: Range<Int>
        var halfWidth: Bool { range.count == 1 }
    }

    /// Unclosed and unopened marks of one paragraph, in document order, from the offsets of
    /// its brackets (`PunctuationMarks.brackets` within the paragraph).
    static func problems(_ document: Document, _ paragraph: Range<Int>, marks: ArraySlice<Int>) -> [Problem] {
        let bytes = document.bytes
        var stack: [Mark] = [], problems: [Problem] = []
        func report(_ mark: Mark, unclosed: Bool) {
            problems.append(Problem(bracket: mark.bracket, unclosed: unclosed, halfWidth: mark.halfWidth, range: mark.range))
        }
        for index in marks {
            guard let mark = self.mark(bytes, at: index, end: paragraph.upperBound) else { continue }
            if mark.halfWidth && (isEmoticon(bytes, mark.range.lowerBound, paragraph, parenOpen: stack.contains { $0.bracket == .paren })
                || isLiteral(bytes, mark.range.lowerBound, paragraph, pending: stack.contains { $0.bracket == mark.bracket })) {
                continue
            }
            if mark.opens {
                guard stack.count < UnbalancedBracketRule.maxDepth else { return [] }
                stack.append(mark)
                continue
            }
            if let top = stack.last, top.bracket == mark.bracket
                || (top.halfWidth && mark.halfWidth && [.paren, .square].contains(top.bracket) && [.paren, .square].contains(mark.bracket)) {
                stack.removeLast()  // a pair, or an interval such as [0, 1)
            } else if let match = stack.lastIndex(where: { $0.bracket == mark.bracket }) {
                for inner in stack[(match + 1)...] { report(inner, unclosed: true) }
                stack.removeSubrange(match...)
            } else if !(mark.bracket == .paren && isListMarker(document, mark.range.lowerBound, paragraph.lowerBound)) {
                report(mark, unclosed: false)
            }
            if problems.count > UnbalancedBracketRule.maxProblems { return [] }
        }
        for mark in stack { report(mark, unclosed: true) }
        if problems.count > UnbalancedBracketRule.maxProblems { return [] }
        return problems.sorted { $0.range.lowerBound < $1.range.lowerBound }
    }

    /// The bracket mark starting at `index`, if any; ASCII, then three-byte CJK forms.
    @inline(__always)
    private static func mark(_ bytes: [UInt8], at index: Int, end: Int) -> Mark? {
        let byte = bytes[index]
        switch byte {
        case 0x28: return Mark(bracket: .paren, opens: true, range: index..<index + 1)
        case 0x29: return Mark(bracket: .paren, opens: false, range: index..<index + 1)
        case 0x5B: return Mark(bracket: .square, opens: true, range: index..<index + 1)
        case 0x5D: return Mark(bracket: .square, opens: false, range: index..<index + 1)
        case 0xE2, 0xE3, 0xEF: break
        default: return nil
        }
        guard index + 2 < end else { return nil }
        let b1 = bytes[index + 1], b2 = bytes[index + 2], range = index..<index + 3
        switch (byte, b1, b2) {
        case (0xE2, 0x80, 0x9C): return Mark(bracket: .quote, opens: true, range: range)
        case (0xE2, 0x80, 0x9D): return Mark(bracket: .quote, opens: false, range: range)
        case (0xE3, 0x80, 0x8A...0x91):
            let brackets: [Bracket] = [.book, .corner, .whiteCorner, .lenticular]
            return Mark(bracket: brackets[Int(b2 - 0x8A) / 2], opens: b2 % 2 == 0, range: range)
        case (0xEF, 0xBC, 0x88): return Mark(bracket: .paren, opens: true, range: range)
        case (0xEF, 0xBC, 0x89): return Mark(bracket: .paren, opens: false, range: range)
        default: return nil
        }
    }

    /// `:)` `:(` `;)` `=)` `:-)`: the parenthesis is a face, not a bracket, when the face stands
    /// after a blank, or when `:(` is followed by a blank, or `:)` has no parenthesis to close
    /// (`如下:(一)` and `(note:)` stay brackets).
    private static func isEmoticon(_ bytes: [UInt8], _ index: Int, _ paragraph: Range<Int>, parenOpen: Bool) -> Bool {
        guard bytes[index] == 0x28 || bytes[index] == 0x29, index > paragraph.lowerBound else { return false }
        var eyes = index - 1
        if bytes[eyes] == 0x2D && eyes > paragraph.lowerBound { eyes -= 1 }  // a nose
        guard bytes[eyes] == 0x3A || bytes[eyes] == 0x3B || bytes[eyes] == 0x3D else { return false }
        func isSpace(_ byte: UInt8) -> Bool { byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D }
        // A closing face never swallows a parenthesis that is open: `(with =)` is a pair.
        if bytes[index] == 0x29 { return !parenOpen }
        if eyes == paragraph.lowerBound || isSpace(bytes[eyes - 1]) { return true }
        return index + 1 == paragraph.upperBound || isSpace(bytes[index + 1])
    }

    /// A bracket named rather than used: quoted (`"["`, `“[”`, `'('`) or a key in a key
    /// combination (`Ctrl-]`, `Control+]`) — a closer only when no opener is pending, so
    /// `(un-)installation` and `--[no-]install` stay pairs.
    private static func isLiteral(_ bytes: [UInt8], _ index: Int, _ paragraph: Range<Int>, pending: Bool) -> Bool {
        guard index > paragraph.lowerBound else { return false }
        let before = bytes[index - 1]
        let after: UInt8? = index + 1 < paragraph.upperBound ? bytes[index + 1] : nil
        if (before == 0x22 || before == 0x27) && after == before { return true }
        // “[” : U+201C before, U+201D after.
        if index >= paragraph.lowerBound + 3, bytes[index - 3] == 0xE2, bytes[index - 2] == 0x80, before == 0x9C,
           index + 3 < paragraph.upperBound, bytes[index + 1] == 0xE2, bytes[index + 2] == 0x80, bytes[index + 3] == 0x9D {
            return true
        }
        let closes = bytes[index] == 0x29 || bytes[index] == 0x5D
        if closes && !pending && (before == 0x2B || before == 0x2D) && index >= paragraph.lowerBound + 2 {
            let letter = bytes[index - 2]
            return (0x41...0x5A).contains(letter) || (0x61...0x7A).contains(letter)
        }
        return false
    }

    /// `1)`, `a)`, `iv)`, `二)`: one to three letters, digits or Han numerals after a line
    /// start, a blank or punctuation.
    private static func isListMarker(_ document: Document, _ index: Int, _ start: Int) -> Bool {
        var cursor = index, count = 0
        while cursor > start && count <= 3 {
            let (scalar, length) = document.scalar(before: cursor)
            let isLabel = (scalar.isASCII && CJKMarks.isASCIIAlphanumeric(UInt8(scalar.value)))
                || "一二三四五六七八九十".unicodeScalars.contains(scalar)
            guard isLabel else { break }
            cursor -= length
            count += 1
        }
        guard (1...3).contains(count) else { return false }
        guard cursor > start else { return true }
        let before = document.scalar(before: cursor).scalar
        return before == "\n" || CharacterClass.isBlank(before) || CharacterClass.isPunctuation(before)
    }
}
