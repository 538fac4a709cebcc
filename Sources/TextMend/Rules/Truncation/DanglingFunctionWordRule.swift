/// A sentence that ends with a function word right before its final mark.
///
/// Lint: `今年以来,在。`, `…加强和。`, `the results of.`, `and the.`: a preposition,
/// conjunction or article (from `Resources/function-words.txt`) stands alone, as ICU word
/// breaking sees it, right before `。!?.!?`.
/// Format: none; the missing words cannot be guessed.
public struct DanglingFunctionWordRule: Rule {
    public static let description = RuleDescription(
        id: "truncation.dangling-function-word",
        category: .truncation,
        summary: "Sentence ends with a function word, as if it was cut off",
        rationale: """
            Preview pages, length limits and keyword filters cut sentences mid-way and some
            then append a full stop: `今年以来,在。`, `要进一步加强和。`, `the results of.`.
            A preposition, conjunction or article cannot end a sentence, so the text after it
            is missing. The rule checks the last word with ICU word breaking on the sentence's
            tail, so `现在。`, `存在。` and `实在。` (words that end in 在) stay silent. Words that
            also work as verbs (`他不在。`) count only when they make up the whole clause
            (`…,在。`); English prepositions that may be stranded (`what dreams are made of.`)
            count only after a determiner and a noun. The word lists, and the words left out
            on purpose (的, 等, 对, to, in, on …), are in `Resources/function-words.txt`.
            """,
        fixSafety: "No fix: the words that were cut cannot be recovered.",
        severity: .warning,
        fixability: .none,
        nonTriggeringExamples: [
            Example("现在。存在。实在。所在。他一直都在。妈妈不在。“小王?”“在。”亲,在。是的,在。空调被。"),
            Example("苹果、香蕉等。这是我的。他是昨天来的。你说得对。"),
            Example("遥不可及。无人能及。宁死不从。双方讲和。一唱一和。事在人为。终于!"),
            Example("What are you looking for? That is what dreams are made of. Come in. Log on. I want to."),
            Example("Take the 9 a.m. train, and the... well, never mind. Plan A. x = a.b; y = a."),
            Example("Record a macro in register a. Use or instead of and. Build the package from."),
            Example("The value to calculate the length of. It is something we can all be proud of."),
            Example("Ich rufe dich morgen an. 今天天气很好 😀。价格为12.5元。"),
            Example("学习贯彻党的二十大精神,推动各项工作落地见效。\n\n  一、总体要求"),
        ],
        triggeringExamples: [
            Example("  一、意识形态工作开展情况\n\n  今年以来,⟦在。⟧"),
            Example("会议要求,各单位要进一步加强⟦和。⟧下一步要抓好落实。"),
            Example("对于这项工作,我们⟦将。⟧"),
            Example("The study measured the results ⟦of.⟧ She walked in and ⟦the.⟧ It told the history of ⟦the.⟧"),
            Example("今年以来,⟦在.⟧\n深入开展⟦以及!⟧"),
        ],
        corrections: []
    )

    public init() {}

    public func check(_ document: Document, _ context: RuleContext) -> [Finding] {
        let verdicts = context.keptForFix(Verdicts.self, document)
        return verdicts.found.map { report(document, $0.span, $0.mark) }
    }

    /// The sentences that end with a function word, judged mark by mark: a verdict reads the
    /// mark's own line (the tail before it, the scalar after it), and the Chinese tails are
    /// tokenized on their own unless there are many (then the document's token stream is
    /// read). After a round of `fix`, when neither document reads the stream, the verdicts of
    /// untouched lines are kept and only the touched lines are judged again (`EarlierRound`;
    /// RoundUpdateTests).
    struct Verdicts: SharedAnalysis {
        /// Dangling words with their marks, in document order.
        let found: [(span: Range<Int>, mark: Range<Int>)]
        /// The marks that end a Chinese candidate, in order.
        let chinese: [Int]
        /// Whether the document's token stream was read.
        let streamed: Bool

        init(document: Document, context: RuleContext) {
            let rule = DanglingFunctionWordRule()
            let bytes = document.bytes
            let marks = context.shared(PunctuationMarks.self, document).sentenceMarks
            var found: [(span: Range<Int>, mark: Range<Int>)] = []
            var chinese: [Int] = [], judged: [Int] = []
            func markRange(_ index: Int) -> Range<Int> { index..<index + (bytes[index] < 0x80 ? 1 : 3) }
            // English verdicts now; Chinese candidates gathered for `judged`.
            func sort(_ marks: some Sequence<Int>) {
                for index in marks where index > 0 {
                    let mark = markRange(index)
                    switch rule.candidate(document, mark: mark) {
                    case .chinese: chinese.append(index); judged.append(index)
                    case .english: if let span = rule.english(document, mark: mark) { found.append((span, mark)) }
                    case nil: break
                    }
                }
            }
            func streams() -> Bool { chinese.count > max(DanglingFunctionWordRule.localTokenizationLimit, bytes.count / 256) }
            func judge(_ stream: TokenStream?) {
                for index in judged {
                    let mark = markRange(index)
                    if let span = rule.chinese(document, mark: mark, tokens: rule.tailTokens(document, mark: mark, stream: stream)) {
                        found.append((span, mark))
                    }
                }
            }
            if let round = context.earlierRound, let earlier = round.context.cached(Verdicts.self), !earlier.streamed {
                round.lines.walk(from: round.document, to: document) { old, shift in
                    found.append(contentsOf: earlier.found.slice(positionsIn: old) { $0.mark.lowerBound }.lazy.map { item in
                        (item.span.shifted(by: shift), item.mark.shifted(by: shift))
                    })
                    chinese.append(contentsOf: earlier.chinese.slice(positionsIn: old) { $0 }.lazy.map { $0 + shift })
                } rescan: { range in
                    sort(marks.slice(positionsIn: range) { $0 })
                }
                if !streams() {
                    judge(nil)
                    self.found = found.sorted { $0.span.lowerBound < $1.span.lowerBound }
                    self.chinese = chinese
                    self.streamed = false
                    return
                }
                found = []
                chinese = []
                judged = []
            }
            // Every . ! ? 。 ! ? of the text (a shared list; see `PunctuationMarks`).
            sort(marks)
            // Many candidates: one pass of ICU over the whole text (cached, shared with other
            // rules) is cheaper than a small pass for each (about one per 256 bytes breaks even).
            let streamed = streams()
            judge(streamed ? document.tokens(.word) : nil)
            self.found = found.sorted { $0.span.lowerBound < $1.span.lowerBound }
            self.chinese = chinese
            self.streamed = streamed
        }
    }

    func report(_ document: Document, _ span: Range<Int>, _ mark: Range<Int>) -> Finding {
        finding(Self.message(document.string(span.lowerBound..<mark.lowerBound)), span)
    }

    enum Candidate { case chinese, english }

    /// Whether the sentence ending at `mark` may end with a function word, and in which language.
    func candidate(_ document: Document, mark: Range<Int>) -> Candidate? {
        let previous = document.scalar(before: mark.lowerBound).scalar
        // Ellipses (`..`, `。。`) and runs of marks trail off on purpose.
        if Self.isMark(previous) { return nil }
        let next = mark.upperBound < document.bytes.count ? document.scalar(at: mark.upperBound).scalar : nil
        if let next, Self.isMark(next) || next == "…" { return nil }
        if CharacterClass.isCJK(previous) {
            return FunctionWords.shared.endsChineseWord(previous) ? .chinese : nil
        }
        // ASCII's alphabetic scalars are its letters.
        if previous.isASCII, (0x41...0x5A).contains(previous.value) || (0x61...0x7A).contains(previous.value), mark.count == 1 {
            // `a.m.`, `3.5`, `x.y`: an English sentence mark is followed by a space, a closing mark or the end.
            if let next, !(Self.isWhitespace(next) || Self.isClosing(next)) { return nil }
            return .english
        }
        return nil
    }

    /// ICU word tokens (document byte ranges, no spaces) of the sentence's tail before `mark`:
    /// a few dozen scalars, never the whole text, unless the document's stream is at hand.
    func tailTokens(_ document: Document, mark: Range<Int>, stream: TokenStream?) -> [Token] {
        var start = mark.lowerBound
        var scalars = 0
        while start > 0, scalars < Self.window {
            let (scalar, length) = document.scalar(before: start)
            if scalar == "\n" { break }
            start -= length
            scalars += 1
        }
        if let stream {
            guard var index = stream.index(containing: mark.lowerBound - 1) else { return [] }
            var tokens: [Token] = []
            while index >= 0, case let token = stream[index], token.range.lowerBound >= start {
                if token.kind != .space { tokens.append(token) }
                index -= 1
            }
            return tokens.reversed()
        }
        return wordTokens(of: document.string(start..<mark.lowerBound)).compactMap { token in
            token.kind == .space ? nil : Token(range: start + token.range.lowerBound..<start + token.range.upperBound, kind: token.kind)
        }
    }

    /// The dangling word's span with the mark, judged from the tail's tokens.
    func chinese(_ document: Document, mark: Range<Int>, tokens: [Token]) -> Range<Int>? {
        guard let word = tokens.last, word.range.upperBound == mark.lowerBound else { return nil }
        let text = document.string(word.range)
        let words = FunctionWords.shared
        let before = tokens.dropLast().last.map { document.string($0.range) }
        if words.zhClause.contains(text) {
            // `他不在。` is fine; `今年以来,在。` lost everything after the preposition; but
            // `亲,在。` and `是的,在。` answer a question.
            guard let before, words.clauseSeparators.contains(before),
                  Self.clauseLength(document, tokens.dropLast(2)) >= 3 else { return nil }
        } else if words.zh.contains(text) {
            guard let before, let last = before.unicodeScalars.last else { return nil }
            // One character before: ICU split a compound it does not know (讲和, 老将).
            if before.unicodeScalars.count == 1, CharacterClass.isCJK(last) { return nil }
            if words.zhVerbal.contains(last) { return nil }
        } else {
            return nil
        }
        return word.range.lowerBound..<mark.upperBound
    }

    /// Scalars in the words of the clause that ends where `tokens` end.
    static func clauseLength(_ document: Document, _ tokens: ArraySlice<Token>) -> Int {
        var count = 0
        for token in tokens.reversed() {
            if token.kind == .punctuation { break }
            count += document.string(token.range).unicodeScalars.count
        }
        return count
    }

    /// Reads the last one to three ASCII words before the mark.
    func english(_ document: Document, mark: Range<Int>) -> Range<Int>? {
        let bytes = document.bytes
        func wordBefore(_ end: Int) -> Range<Int>? {
            var start = end
            while start > 0, end - start < 24, case let byte = bytes[start - 1],
                  (0x61...0x7A).contains(byte) || (0x41...0x5A).contains(byte) { start -= 1 }
            return start < end ? start..<end : nil
        }
        func spacesBefore(_ offset: Int) -> Int? {
            var start = offset
            while start > 0, bytes[start - 1] == 0x20 { start -= 1 }
            return start < offset ? start : nil
        }
        let words = FunctionWords.shared
        // Most sentences end with a word that is on neither list: told by its bytes, no String.
        guard let word = wordBefore(mark.lowerBound), words.mayBeEnglish(bytes, word),
              let gap = spacesBefore(word.lowerBound), let before = wordBefore(gap) else { return nil }
        let text = document.string(word)
        if words.en.contains(text) {
            // `instead of and.` names the word; `the history of the.` is still cut.
            if text != "the", words.enMention.contains(document.string(before).lowercased()) { return nil }
            return word.lowerBound..<mark.upperBound
        }
        guard words.enNoun.contains(text), bytes[mark.lowerBound] == 0x2E,
              let gap2 = spacesBefore(before.lowerBound), let determiner = wordBefore(gap2),
              words.enDeterminers.contains(document.string(determiner).lowercased()) else { return nil }
        // `the value to calculate the length of.`: the object of `of` was moved, nothing was cut.
        var cursor = determiner.lowerBound
        for _ in 0..<3 {
            guard let gap = spacesBefore(cursor), let earlier = wordBefore(gap) else { break }
            if words.enGapCues.contains(document.string(earlier).lowercased()) { return nil }
            cursor = earlier.lowerBound
        }
        return word.lowerBound..<mark.upperBound
    }

    /// Unicode whitespace, ASCII without a property look-up.
    static func isWhitespace(_ scalar: Unicode.Scalar) -> Bool {
        scalar.isASCII ? (0x09...0x0D).contains(scalar.value) || scalar.value == 0x20 : scalar.properties.isWhitespace
    }

    /// `.` `。` `!` `?`.
    static func isMark(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x2E, 0x3002, 0x21, 0x3F: true
        default: false
        }
    }
    /// `"` `'` `)` `]` `}` `”` `’` `」` `』` `》` `〉` `】`.
    static func isClosing(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x22, 0x27, 0x29, 0x5D, 0x7D, 0x201D, 0x2019, 0x300D, 0x300F, 0x300B, 0x3009, 0x3011: true
        default: false
        }
    }

    /// Scalars of context handed to ICU before the mark.
    static let window = 24
    /// Up to this many Chinese candidates are always tokenized locally.
    static let localTokenizationLimit = 256

    static func message(_ word: String) -> String { "sentence ends with the function word “\(word)”, as if cut off" }
}

/// The lists of `Resources/function-words.txt`.
struct FunctionWords: Sendable {
    let zh: Set<String>
    let zhClause: Set<String>
    let zhVerbal: Set<Unicode.Scalar>
    let en: Set<String>
    let enMention: Set<String>
    let enNoun: Set<String>
    let enDeterminers: Set<String>
    let enGapCues: Set<String>
    /// Last scalars of the Chinese words: a fast filter before ICU runs.
    let zhLastScalars: Set<Unicode.Scalar>
    /// `zhLastScalars` below U+10000 as bits (`value >> 6`, bit `value & 63`): a look-up without hashing.
    let zhLastBits: [UInt64]
    /// Whether a word of `en` or `en-noun` has this first and last byte (`first << 8 | last`)
    /// and, per entry, the lengths in bytes such words have (bit `length`, below 64): a filter
    /// before the sets are asked.
    let enShapes: [UInt64]
    /// Marks that close a clause, after which a lone preposition is a cut (`…,在。`).
    let clauseSeparators: Set<String> = [",", "\u{3001}", ";", "\u{FF0C}", "\u{FF1B}"]  // ASCII and full-width comma and semicolon, enumeration comma

    static let shared: FunctionWords = {
        let sections = WordListResource.sections(PackageResources.function_words_txt)
        let zh = Set(sections["zh", default: []]), zhClause = Set(sections["zh-clause", default: []])
        let lastScalars = Set(zh.union(zhClause).compactMap { $0.unicodeScalars.last })
        var lastBits = [UInt64](repeating: 0, count: 1 << 10)
        for scalar in lastScalars where scalar.value < 0x10000 { lastBits[Int(scalar.value) >> 6] |= 1 << UInt64(scalar.value & 63) }
        return FunctionWords(
            zh: zh, zhClause: zhClause,
            zhVerbal: Set(sections["zh-verbal", default: []].compactMap { $0.unicodeScalars.first }),
            en: Set(sections["en", default: []]), enMention: Set(sections["en-mention", default: []]),
            enNoun: Set(sections["en-noun", default: []]),
            enDeterminers: Set(sections["en-determiners", default: []]),
            enGapCues: Set(sections["en-gap-cues", default: []]),
            zhLastScalars: lastScalars, zhLastBits: lastBits,
            enShapes: shapes(sections["en", default: []] + sections["en-noun", default: []]))
    }()

    /// Whether a scalar is the last of a Chinese word (`zhLastScalars`).
    func endsChineseWord(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value < 0x10000 ? zhLastBits[Int(scalar.value) >> 6] & 1 << UInt64(scalar.value & 63) != 0 : zhLastScalars.contains(scalar)
    }

    /// The `enShapes` table of a word list.
    static func shapes(_ words: [String]) -> [UInt64] {
        var table = [UInt64](repeating: 0, count: 1 << 16)
        for word in words {
            let utf8 = Array(word.utf8)
            guard let first = utf8.first, let last = utf8.last else { continue }
            table[Int(first) << 8 | Int(last)] |= 1 << UInt64(min(utf8.count, 63))
        }
        return table
    }

    /// Whether the bytes of `word` may spell a word of `en` or `en-noun` (false: they do not).
    func mayBeEnglish(_ bytes: [UInt8], _ word: Range<Int>) -> Bool {
        guard !word.isEmpty else { return false }
        return enShapes[Int(bytes[word.lowerBound]) << 8 | Int(bytes[word.upperBound - 1])] & 1 << UInt64(min(word.count, 63)) != 0
    }
}
