/// Slots a filter emptied: paired marks with nothing inside (`〔〕`, `《》`, `“”`, `（）`),
/// numbering without its number (`第章`, `共页`), a price without its amount (`定价: 元`), an
/// empty list item (`、、`), and in Latin-script sentences a double space between two words
/// (`see  for details`), a space before a comma (`CEO , said`), empty parentheses, brackets or
/// quotes (`( )`, `()`, `[]`, `""`), a blank after an opening mark (`( called`, `" never`) or
/// at the start of a paragraph (` said the company`), a link without its scheme (`see ://www.`)
/// and a mail address without its host (`debian-devel@.debian.org`); see `LatinSlotScan.swift`.
enum EmptySlotScan {
    /// A slot found in a line.
    struct Slot {
        /// Scalars reported.
        var range: Range<Int>
        /// Scalar index where the missing text goes.
        var gap: Int
        /// Whether it is a Latin-script gap (double space, space before a comma).
        var latin: Bool
        /// What was emptied, for the message.
        var what: String
        /// Scalars the restoration replaces (the double space), empty for an insertion.
        var replaced: Range<Int>
        /// Whether the slot says nothing of what went there (a clause that lost its first word:
        /// candidates are listed, none is applied).
        var open = false
    }

    static let pairs: [Unicode.Scalar: Unicode.Scalar] = [
        "\u{3014}": "\u{3015}", "\u{3010}": "\u{3011}", "\u{300A}": "\u{300B}", "\u{FF08}": "\u{FF09}",
        "\u{201C}": "\u{201D}", "\u{300C}": "\u{300D}", "\u{300E}": "\u{300F}", "\u{3008}": "\u{3009}",
    ]
    static let counters = Set("章节条页篇次届期款项号批回".unicodeScalars)
    static let priceLabels = ["定价", "价格", "售价", "单价", "票价", "金额", "合计", "共计", "总计", "费用"].map { Array($0.unicodeScalars) }

    /// The slots of a line; `leadsParagraph`: the line opens a paragraph (see `leadsParagraph`);
    /// `justified`: whether the line is padded to its neighbours' width (asked only when a
    /// double space is found; see `isJustified`).
    static func scan(_ line: LineScalars, leadsParagraph: Bool = false, justified: () -> Bool = { false },
                     followsSentence: () -> Bool = { false }) -> [Slot] {
        var slots: [Slot] = []
        let text = line.scalars
        // A paragraph that lost its first word starts with a comma (`，如果您想要`) after one
        // that ended a sentence (a page that starts mid-sentence follows no full stop).
        if text.count > 1, text[0] == "\u{FF0C}", opensClause(text[1]), followsSentence() {
            slots.append(Slot(range: 0..<1, gap: 0, latin: false, what: line.text(0..<1), replaced: 0..<0, open: true))
        }
        // A paragraph that lost its first word starts with a blank: judge the rest as prose.
        let lead = leadsParagraph && text.count > 1 && text[0] == " " && text[1] != " "
        // Prose needs 70% letters: a line with more than 30% non-ASCII scalars is not read (the
        // blank a lead skips is ASCII).
        let start = lead ? 1 : 0, lettersAtMost = text.count - start - line.nonASCII
        let latinProse = lettersAtMost * 10 >= (text.count - start) * 7 && isLatinProse(text, from: start)
        if lead, latinProse, let slot = leadingGap(text) { slots.append(slot) }
        var index = lead ? 1 : 0
        let active = latinProse ? activeInProse : Self.active
        while index < text.count {
            index = Self.next(in: text, from: index, active)
            guard index < text.count else { break }
            let scalar = text[index]
            // Most characters are Han that start no slot: only 第, 共 and 元 do (the marks are below U+4E00 or from U+FF00).
            if scalar.value >= 0x4E00 && scalar.value < 0xFF00 && scalar != "第" && scalar != "共" && scalar != "元" {
                index += 1
                continue
            }
            if Self.mayOpen(scalar), let close = pairs[LineScalars.normalize(scalar)] ?? asciiClose(scalar, latinProse) {
                var end = index + 1
                while end < text.count && (text[end] == " " || text[end] == "\u{3000}") { end += 1 }
                let ascii = scalar.isASCII
                if end < text.count, LineScalars.normalize(text[end]) == close || text[end] == close,
                   !ascii || emptyASCIIPair(text, index, end, latinProse) {
                    slots.append(Slot(range: index..<end + 1, gap: index + 1, latin: ascii && latinProse,
                                      what: "\(line.text(index..<index + 1))\(line.text(end..<end + 1))", replaced: index + 1..<end))
                    index = end + 1
                    continue
                }
                if latinProse, let slot = blankAfterOpening(text, index) {
                    slots.append(slot)
                    index = slot.range.upperBound
                    continue
                }
            }
            if scalar == "第", index + 1 < text.count, counters.contains(text[index + 1]),
               index == 0 || !"次门宅府".unicodeScalars.contains(text[index - 1]) {
                slots.append(Slot(range: index..<index + 2, gap: index + 1, latin: false, what: line.text(index..<index + 2), replaced: index + 1..<index + 1))
            } else if scalar == "共", index + 1 < text.count, text[index + 1] == "页" {
                slots.append(Slot(range: index..<index + 2, gap: index + 1, latin: false, what: "共页", replaced: index + 1..<index + 1))
            } else if scalar == "、", index + 1 < text.count, text[index + 1] == "、" || LineScalars.normalize(text[index + 1]) == "\u{FF0C}" {
                slots.append(Slot(range: index..<index + 2, gap: index + 1, latin: false, what: line.text(index..<index + 2), replaced: index + 1..<index + 1))
            } else if scalar == "\u{3002}" || scalar == "\u{FF08}", index + 2 < text.count, text[index + 1] == "\u{FF0C}", opensClause(text[index + 2]) {
                // `。，如果`, `（，如果`: a sentence or an aside that lost its first word.
                slots.append(Slot(range: index..<index + 2, gap: index + 1, latin: false, what: line.text(index..<index + 2),
                                  replaced: index + 1..<index + 1, open: true))
            } else if scalar == "元", let slot = emptyPrice(line, index) {
                slots.append(slot)
            } else if latinProse, scalar == "@", let slot = emptyMailHost(text, index) {
                slots.append(slot)
            } else if latinProse, scalar == " ", let slot = latinGap(line, index, justified) {
                slots.append(slot)
                index = slot.range.upperBound
                continue
            }
            index += 1
        }
        return slots
    }

    /// What may follow the comma of a clause that lost its first word: a Han character, a
    /// letter, a digit or a blank (not another mark: `“，”` names the comma).
    static func opensClause(_ scalar: Unicode.Scalar) -> Bool {
        LineScalars.isHan(scalar) || isWordCharacter(scalar) || scalar == " "
    }

    /// `定价: 元`: a price label, a colon or blanks, then the unit.
    static func emptyPrice(_ line: LineScalars, _ index: Int) -> Slot? {
        var start = index
        while start > 0 && (line.scalars[start - 1] == " " || LineScalars.normalize(line.scalars[start - 1]) == "\u{FF1A}") { start -= 1 }
        guard start < index, let label = priceLabels.first(where: { start >= $0.count && line.scalars[start - $0.count..<start].elementsEqual($0) }) else { return nil }
        return Slot(range: start - label.count..<index + 1, gap: index, latin: false, what: line.text(start - label.count..<index + 1), replaced: index..<index)
    }

    /// A double space between two words (one lower-case), or a word, a space and a comma,
    /// full stop or closing parenthesis.
    static func latinGap(_ line: LineScalars, _ index: Int, _ justified: () -> Bool = { false }) -> Slot? {
        let text = line.scalars
        guard index > 0, index + 1 < text.count, text[index] == " " else { return nil }
        if text[index + 1] == ":" { return lostScheme(text, index) }
        let before = text[index - 1]
        // `see  for`, `record  SMTP`, `Finally,  you`, `tools,  , and`, `"source"  using`, `huge  —`,
        // `orphan  (moving`: not after a full stop, not a list of names (`Cantrill,  Robert`),
        // not justified text.
        if index + 2 < text.count, text[index + 1] == " ", isLetter(before) || before == "," || before == ";" || closesWord(text, index - 1) {
            let after = text[index + 2]
            guard isLetter(after) || after == "," || after == "." || after == "\u{2014}" || opensQuote(after) || (after == "(" && isLower(before)),
                  before == "," ? !isUpper(after) : isLower(before) || isLower(after), !labelsLine(text, index), !justified() else { return nil }
            return Slot(range: index - 1..<index + 3, gap: index + 1, latin: true, what: "double space", replaced: index..<index + 2)
        }
        // `the CEO , said`, `tools, , and`, `see the .`, `(as )`: a space before a mark that
        // ends a word, then a blank, a quote or the line end (not `.conf`, `...`, `, ,`).
        guard isLetter(before) || (before == "," && text[index + 1] == ","), isLower(before) || text[index + 1] == "," else { return nil }
        switch text[index + 1] {
        case ",", ".", ")":
            let next = index + 2 < text.count ? text[index + 2] : " "
            // Not a spaced ellipsis (`word . . .`) nor a one-letter word (`x .`); a full stop
            // ends a sentence (`. and ..` is a path) and follows no option (`git add -u .`);
            // `word ),` is a parenthesis that lost its last word.
            let dot = text[index + 1] == ".", parenthesis = text[index + 1] == ")"
            guard next == " " || next == "\"" || next == "\u{201D}" || (parenthesis && (next == "," || next == "." || next == ";")),
                  !(dot && index >= 2 && text[index - 2] == " "),
                  !(dot && index + 3 < text.count && (text[index + 3] == "." || (next == " " && isLower(text[index + 3])))),
                  !(dot && followsOption(text, index)), !followsIdentifier(text, index),
                  !parenthesis || !paddedOpening(text, before: index) else { return nil }
            let what = text[index + 1] == "," ? "space before a comma" : text[index + 1] == "." ? "space before a full stop" : "space before a parenthesis"
            return Slot(range: index - 1..<index + 2, gap: index, latin: true, what: what, replaced: index..<index + 1)
        default:
            return nil
        }
    }

    /// Whether the word ending before `index` is a command-line option (`-u`, `--all`; not
    /// the end of a hyphenated word, `non-native`).
    static func followsOption(_ text: [Unicode.Scalar], _ index: Int) -> Bool {
        var start = index
        while start > 0 && isLetter(text[start - 1]) && index - start < 24 { start -= 1 }
        guard start > 0 && text[start - 1] == "-" else { return false }
        var dash = start - 1
        if dash > 0 && text[dash - 1] == "-" { dash -= 1 }
        return dash == 0 || text[dash - 1] == " "
    }

    /// Whether the text before the blank at `index` is the line's one token and holds a digit or
    /// a hyphen: an entry of a change or definition list (`n-i-bz  Fix …`, `21e7537a  fix …`,
    /// `first-error  Specifies …`), whose two blanks set off the label.
    static func labelsLine(_ text: [Unicode.Scalar], _ index: Int) -> Bool {
        var label = false
        for scalar in text[..<index] {
            if scalar == " " { return false }
            if scalar == "-" || (scalar >= "0" && scalar <= "9") { label = true }
        }
        return label
    }

    /// Whether the word ending before `index` is a code identifier, a lower-case letter then an
    /// upper-case one (`deviceSpec ,`, `LbxNewClient .`): specifications converted from markup
    /// leave a blank after each marked-up name; a deleted word leaves an ordinary one before it.
    static func followsIdentifier(_ text: [Unicode.Scalar], _ index: Int) -> Bool {
        var at = index - 1
        while at > 0 && isLetter(text[at]) && index - at < 40 {
            if isUpper(text[at]) && isLower(text[at - 1]) { return true }
            at -= 1
        }
        return false
    }

    /// Whether the parenthesis closed at `index` was opened with a blank after it too
    /// (`( see below )`: a writer's padding, not a deletion).
    static func paddedOpening(_ text: [Unicode.Scalar], before index: Int) -> Bool {
        var open = index - 1
        while open >= 0 && text[open] != "(" && text[open] != ")" && index - open < 400 { open -= 1 }
        return open >= 0 && text[open] == "(" && open + 1 < text.count && text[open + 1] == " "
    }

    /// `( )` with a blank inside, not a call (`f( )`): in a prose line, or between CJK text
    /// (scrapers flatten `\u{FF08}\u{FF09}`), not in code or a table (`now ( )`, `| ( )`).
    static func emptyParentheses(_ text: [Unicode.Scalar], _ open: Int, _ close: Int, _ latinProse: Bool) -> Bool {
        guard close > open + 1, !(open > 0 && isWordCharacter(text[open - 1])) else { return false }
        if latinProse { return true }
        var before = open
        while before > 0 && text[before - 1] == " " { before -= 1 }
        return (before > 0 && !text[before - 1].isASCII) || (close + 1 < text.count && !text[close + 1].isASCII)
    }

    /// A closing quote or parenthesis right after a letter (`"source"`, `(GUI)`), or a closing
    /// quote after a comma (`terminals,"  said`: the quoted sentence goes on).
    static func closesWord(_ text: [Unicode.Scalar], _ index: Int) -> Bool {
        guard index > 0 else { return false }
        let quote = text[index] == "\"" || text[index] == "\u{201D}"
        return (quote || text[index] == ")") && (isLetter(text[index - 1]) || (quote && text[index - 1] == ","))
    }

    /// An opening quote.
    static func opensQuote(_ scalar: Unicode.Scalar) -> Bool { scalar == "\"" || scalar == "\u{201C}" }

    /// A line of running Latin-script prose: mostly letters and single spaces, at least
    /// eight words, not indented like code, with at most one double space between words per
    /// eight spaces but two always allowed (more means the text is aligned in columns; a
    /// paragraph on one line that lost a word six times is still prose), not counting two
    /// spaces after a full stop; paths (`/usr/bin`) are allowed, terminal escapes and box
    /// lines are not.
    /// `start`: where the line's text begins (after the blank a deleted first word left).
    static func isLatinProse(_ text: [Unicode.Scalar], from start: Int = 0) -> Bool {
        guard text.count - start >= 40, text[start] != " ", text[start] != "\t" else { return false }
        var letters = 0, spaces = 0, doubles = 0, code = 0
        // Letters can be at most the scalars that are not non-letters: stop once too few remain.
        let count = text.count - start, least = count * 7
        for offset in start..<text.count {
            let scalar = text[offset]
            if isLetter(scalar) {
                letters += 1
                continue  // a letter is no blank and no code mark: nothing more to count
            } else if (count - (offset + 1 - start - letters)) * 10 < least {
                return false
            }
            if scalar == " " {
                spaces += 1
                if offset > start + 1 && text[offset - 1] == " " && !".!?:".unicodeScalars.contains(text[offset - 2]) { doubles += 1 }
            }
            switch scalar {
            case "{", "}", "<", ">", "=", "_", "\\", "|", "$", "#", "`", "@": code += 1
            // Terminal output (escape sequences, overstrike) and tables drawn with box lines are
            // laid out: their blanks justify and align (man-db's manual, X11's specifications).
            case "\u{1B}", "\u{08}", "\u{2500}"..."\u{257F}": return false
            default: break
            }
        }
        return spaces >= 8 && letters * 10 >= count * 7 && doubles <= max(2, spaces / 8) && code * 50 < count
    }

    /// The scalars below U+10000 the loop of `scan` looks at (`mayOpen`, 第, 共, 、, 元, 。), one bit
    /// each; in Latin prose the blank and `@` too. The others are skipped in a tight loop (`next`).
    static let active = activeBits(blank: false)
    static let activeInProse = activeBits(blank: true)

    private static func activeBits(blank: Bool) -> [UInt64] {
        var bits = [UInt64](repeating: 0, count: 0x10000 / 64)
        // Derived from `mayOpen` (one pass, once per process) so the two cannot drift apart.
        var values = (UInt32(0)..<0x10000).filter { Unicode.Scalar($0).map(mayOpen) ?? false }
        values += "第共、元\u{3002}".unicodeScalars.map(\.value)
        if blank { values += [0x20, 0x40] }  // the blank and `@` (`emptyMailHost`)
        for value in values { bits[Int(value) >> 6] |= 1 << UInt64(value & 63) }
        return bits
    }

    /// The first index from `start` whose scalar is in `active` (or the end).
    @inline(__always)
    static func next(in text: [Unicode.Scalar], from start: Int, _ active: [UInt64]) -> Int {
        text.withUnsafeBufferPointer { text in
            active.withUnsafeBufferPointer { active in
                var index = start
                while index < text.count {
                    let value = text[index].value
                    if value < 0x10000 && active[Int(value) >> 6] & (1 << UInt64(value & 63)) != 0,
                       value != 0x20 || (index + 1 < text.count && opensLatinGap(text[index + 1])) { return index }
                    index += 1
                }
                return index
            }
        }
    }

    /// Whether a blank followed by `scalar` may be a Latin gap: `latinGap` judges none but a
    /// blank before a blank, `,`, `.`, `)` or `:` (in prose the words' blanks are skipped with the rest).
    @inline(__always)
    static func opensLatinGap(_ scalar: Unicode.Scalar) -> Bool {
        scalar == " " || scalar == "," || scalar == "." || scalar == ")" || scalar == ":"
    }

    /// A fast test for the opening marks of `pairs` (and ASCII parentheses, brackets, quotes).
    @inline(__always)
    static func mayOpen(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x22, 0x28, 0x5B, 0x201C, 0x3008, 0x300A, 0x300C, 0x300E, 0x3010, 0x3014, 0xFF08: true
        default: false
        }
    }

    static func isLetter(_ scalar: Unicode.Scalar) -> Bool { (scalar >= "a" && scalar <= "z") || (scalar >= "A" && scalar <= "Z") }
    static func isLower(_ scalar: Unicode.Scalar) -> Bool { scalar >= "a" && scalar <= "z" }
    static func isUpper(_ scalar: Unicode.Scalar) -> Bool { scalar >= "A" && scalar <= "Z" }
    static func isWordCharacter(_ scalar: Unicode.Scalar) -> Bool { isLetter(scalar) || (scalar >= "0" && scalar <= "9") || scalar == "_" }
}
