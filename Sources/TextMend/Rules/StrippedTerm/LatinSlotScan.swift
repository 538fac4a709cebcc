/// The Latin-script slots a deleted word leaves around brackets and quotes, in lines of
/// running prose: empty `()`, `[]` and `""`, a blank right after an opening mark (`( called it`,
/// `" never had`) and a blank that opens a paragraph (` said the company`). Each must look like
/// a sentence that lost a word, not like code, a value or padding: `f()`, `set it to ""`,
/// `- [ ] task`, `[](url)`, `( see below )`, `"sudo rm * " and` and dialogue stay silent.
extension EmptySlotScan {
    /// The closing mark of an ASCII opening one: `)` always, `]` and `"` only in prose.
    @inline(__always)
    static func asciiClose(_ scalar: Unicode.Scalar, _ latinProse: Bool) -> Unicode.Scalar? {
        switch scalar {
        case "(": ")"
        case "[": latinProse ? "]" : nil
        case "\"": latinProse ? "\"" : nil
        default: nil
        }
    }

    /// Whether the ASCII pair `open`…`close` (blanks between) is an emptied slot.
    static func emptyASCIIPair(_ text: [Unicode.Scalar], _ open: Int, _ close: Int, _ latinProse: Bool) -> Bool {
        if text[open] == "(" && close > open + 1 { return emptyParentheses(text, open, close, latinProse) }
        // `()`, `[]`, `[ ]`, `""` (not `" "`, a space character): only between words of prose.
        guard latinProse, text[open] != "\"" || close == open + 1, open >= 2, text[open - 1] == " ",
              isLetter(text[open - 2]), !valueWord(text, before: open - 1) else { return false }
        // Followed by a blank and a word (not a call, a link, an index or the end of a line),
        // and the only such pair in the line (several mean the text is about code).
        guard close + 2 < text.count, text[close + 1] == " ", isWordCharacter(text[close + 2]) else { return false }
        var pairs = 0
        for index in 1..<text.count where text[index - 1] == text[open] && text[index] == text[close] { pairs += 1 }
        guard pairs <= 1 else { return false }
        // A quoted term is part of the sentence: without it the words around must not read on
        // (`the "" of`), else the quotes are a mention (`the "" line`).
        return text[open] != "\"" || !readsOn(text, open, close)
    }

    /// Whether the word after `close` follows the word before `open` at least about as often as
    /// it occurs at all (`EnglishModel`).
    static func readsOn(_ text: [Unicode.Scalar], _ open: Int, _ close: Int) -> Bool {
        guard let left = LatinTermRanking.token(text, before: open), let right = LatinTermRanking.token(text, after: close + 1) else { return true }
        let model = EnglishModel.shared
        return model.logProbability(right, after: left) - model.logProbability(right) > -1
    }

    /// Words after which an empty pair is a value (`set it to ""`, `returns ()`, `an empty []`).
    static let valueWords: Set<String> = [
        "to", "as", "is", "be", "or", "and", "string", "strings", "value", "values", "return", "returns",
        "equals", "empty", "list", "array", "tuple", "use", "uses", "like", "with", "of", "operator", "brackets",
        "parentheses", "quotes", "type", "write", "writes", "then", "either", "call", "calls",
    ]

    /// Whether the word ending before `index` (a blank) is one of `valueWords`.
    static func valueWord(_ text: [Unicode.Scalar], before index: Int) -> Bool {
        var start = index
        while start > 0 && isLetter(text[start - 1]) && index - start < 12 { start -= 1 }
        var word = ""
        word.unicodeScalars.append(contentsOf: text[start..<index].map { isLower($0) ? $0 : Unicode.Scalar($0.value | 0x20)! })
        return valueWords.contains(word)
    }

    /// `see ://www.debian.org`: a blank, then `://` and a host name (a letter, a dot further
    /// on): a link whose scheme (`https`) went. Not `://` named alone (`does not contain ://`).
    static func lostScheme(_ text: [Unicode.Scalar], _ blank: Int) -> Slot? {
        guard blank + 4 < text.count, text[blank + 1] == ":", text[blank + 2] == "/", text[blank + 3] == "/",
              isLetter(text[blank + 4]) else { return nil }
        var end = blank + 5
        while end < text.count && (isWordCharacter(text[end]) || text[end] == "-") { end += 1 }
        guard end + 1 < text.count, text[end] == ".", isLetter(text[end + 1]) else { return nil }
        return Slot(range: blank..<blank + 4, gap: blank + 1, latin: true, what: "link without its scheme", replaced: blank..<blank + 1)
    }

    /// `debian-devel@.debian.org`: a mail address whose host lost its first label (`lists`):
    /// a local part, `@.`, then labels ending in a common top-level domain (not a systemd
    /// unit template, `getty@.service`).
    static func emptyMailHost(_ text: [Unicode.Scalar], _ at: Int) -> Slot? {
        guard at > 0, isWordCharacter(text[at - 1]), at + 2 < text.count, text[at + 1] == ".", isLetter(text[at + 2]) else { return nil }
        var end = at + 2, lastDot = at + 1
        while end < text.count && (isWordCharacter(text[end]) || text[end] == "-" || (text[end] == "." && end + 1 < text.count && isLetter(text[end + 1]))) {
            if text[end] == "." { lastDot = end }
            end += 1
        }
        guard lastDot > at + 1, mailDomains.contains(String(String.UnicodeScalarView(text[lastDot + 1..<end]))) else { return nil }
        return Slot(range: at..<at + 2, gap: at + 1, latin: true, what: "mail address without its host", replaced: at + 1..<at + 1)
    }

    /// Top-level domains a mail host ends in (`emptyMailHost`).
    static let mailDomains: Set<String> = ["org", "com", "net", "edu", "gov", "info", "io", "cn", "uk", "de", "fr", "jp", "eu", "us", "ca", "au"]

    /// A lower-case word starts at `index` (`said`, `a`; not `iPhone`).
    static func startsLowerWord(_ text: [Unicode.Scalar], _ index: Int) -> Bool {
        index < text.count && isLower(text[index]) && !(index + 1 < text.count && text[index + 1] >= "A" && text[index + 1] <= "Z")
    }

    /// `( called it …)`, `" never had …"`: an opening parenthesis or quote, one blank, then a
    /// lower-case word, where the mark opens (it follows a blank or the line start, and an
    /// ASCII quote is the line's first, third, … one) and its closing mark is not padded too
    /// (`( see below )`). A parenthesis must close in the line.
    static func blankAfterOpening(_ text: [Unicode.Scalar], _ index: Int) -> Slot? {
        let mark = text[index]
        guard mark == "(" || mark == "\"" || mark == "\u{201C}", index + 2 < text.count, text[index + 1] == " ",
              startsLowerWord(text, index + 2), index == 0 || text[index - 1] == " " || (mark != "(" && text[index - 1] == "(")
        else { return nil }
        if mark == "\"" {
            var quotes = 0
            for scalar in text[..<index] where scalar == "\"" { quotes += 1 }
            guard quotes % 2 == 0 else { return nil }
        }
        let close: Unicode.Scalar = mark == "(" ? ")" : mark == "\"" ? "\"" : "\u{201D}"
        var end = index + 2
        while end < text.count && text[end] != close && text[end] != mark && end - index < 400 { end += 1 }
        let closed = end < text.count && text[end] == close
        if closed && text[end - 1] == " " { return nil }
        if mark == "(" && !closed { return nil }
        let what = mark == "(" ? "space after an opening parenthesis" : "space after an opening quote"
        return Slot(range: index..<index + 3, gap: index + 1, latin: true, what: what, replaced: index + 1..<index + 2)
    }

    /// ` said the company chose …`: a paragraph whose first word went, leaving the blank before
    /// the next one, a lower-case word.
    static func leadingGap(_ text: [Unicode.Scalar]) -> Slot? {
        guard startsLowerWord(text, 1) else { return nil }
        return Slot(range: 0..<2, gap: 0, latin: true, what: leadingSpace, replaced: 0..<1)
    }

    /// The label of a paragraph's leading blank (the rule words its message apart).
    static let leadingSpace = "leading space"

    /// The lines among `lines` that open a paragraph with a blank where a first word went
    /// (`leadsParagraph`), unless the document indents other lines (then a blank is layout).
    static func leadingGapLines(_ document: Document, _ lines: [Int]) -> Set<Int> {
        var found = Set<Int>()
        for line in lines {
            let content = document.lineContent(line)
            guard let first = content.first.map({ document.bytes[$0] }), first == 0x20 || first == 0x09,
                  content.contains(where: { document.bytes[$0] != 0x20 && document.bytes[$0] != 0x09 && document.bytes[$0] != 0x0D }) else { continue }
            guard leadsParagraph(document, line) else { return [] }
            found.insert(line)
        }
        return found
    }

    /// Whether `line` belongs to text justified by padding blanks (`fmt`-style, licences and
    /// READMEs), at least 40 bytes long: two more lines of its paragraph within three of it
    /// are exactly as long, or a line next to it is and has a double space between words too.
    static func isJustified(_ document: Document, _ line: Int) -> Bool {
        let length = document.lineContent(line).count
        guard length >= 40 else { return false }
        var equal = 0
        for step in [-1, 1] {
            var other = line + step
            while other >= 0 && other < document.lineCount && abs(other - line) <= 3 {
                let content = document.lineContent(other)
                if content.isEmpty { break }
                if content.count == length {
                    equal += 1
                    if abs(other - line) == 1 && hasInnerDoubleSpace(document, content) { return true }
                }
                other += step
            }
        }
        return equal >= 2
    }

    /// Whether two blanks follow a word (not a full stop, not the indentation) in `range`.
    static func hasInnerDoubleSpace(_ document: Document, _ range: Range<Int>) -> Bool {
        var previous: UInt8 = 0, beforePrevious: UInt8 = 0
        for index in range {
            let byte = document.bytes[index]
            if byte == 0x20 && previous == 0x20 && beforePrevious != 0x20 && beforePrevious != 0x2E && beforePrevious != 0 { return true }
            beforePrevious = previous
            previous = byte
        }
        return false
    }

    /// Whether `line` starts with one blank and a letter and stands as a paragraph of its own:
    /// a blank line (or the document start) before it, and after it a blank line, the end or a
    /// line not indented (a block of lines indented by one blank is a layout, as in Debian
    /// control files).
    static func leadsParagraph(_ document: Document, _ line: Int) -> Bool {
        let content = document.lineContent(line)
        guard content.count > 2, document.bytes[content.lowerBound] == 0x20, document.bytes[content.lowerBound + 1] >= 0x61,
              document.bytes[content.lowerBound + 1] <= 0x7A else { return false }
        func blank(_ other: Int) -> Bool { document.lineContent(other).allSatisfy { document.bytes[$0] == 0x20 || document.bytes[$0] == 0x09 } }
        guard line == 0 || blank(line - 1) else { return false }
        guard line + 1 < document.lineCount else { return true }
        let next = document.lineContent(line + 1)
        return next.isEmpty || blank(line + 1) || (document.bytes[next.lowerBound] != 0x20 && document.bytes[next.lowerBound] != 0x09)
    }
}
