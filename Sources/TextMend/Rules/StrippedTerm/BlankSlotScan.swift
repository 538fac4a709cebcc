/// The blanks a deleted Chinese word leaves beside a Latin word in a Chinese sentence: with
/// terms known deleted, `使用 SMTP` loses 使用 and leaves `， SMTP`, which reads on, but
/// `Linux 发行版。` leaves `Linux 。` (a blank before a full stop), `CUPS 使用 Internet` leaves
/// `CUPS  Internet` (two blanks) and a paragraph that opened with `使用 vim` opens with
/// ` vim`. Chinese prose puts no blank before its full-width marks, none at a paragraph's
/// start and never two in a row, so each of these is a slot; what filled it is guessed from
/// the terms by the word class a slot before or after a Latin word takes (`rank`).
enum BlankSlotScan {
    /// A blank slot: the scalars reported, the insertion point, and whether the deleted word
    /// stood before a Latin word (a verb or a measure: 使用 vim, 一些 Java) or after one (a
    /// noun: Linux 发行版).
    struct Slot {
        var range: Range<Int>
        var gap: Int
        var beforeLatin: Bool
        /// Two blanks between words.
        var double = false
    }

    /// Full-width marks that never follow a blank in Chinese prose: ，。；、！？ (not ：, which
    /// scraped contact lines put after a blank: `Email ：a@b.c`; a switch: a set's hashing,
    /// asked at every blank after a Latin word, cost more than the whole scan).
    @inline(__always)
    static func isClosingMark(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0xFF0C, 0x3002, 0xFF1B, 0x3001, 0xFF01, 0xFF1F: true
        default: false
        }
    }

    /// The blank slots of a line holding Han text; `opensParagraph`: the line is a one-line
    /// paragraph (a blank line before and after it), so a blank at its start is no indentation.
    static func scan(_ line: LineScalars, opensParagraph: () -> Bool) -> [Slot] {
        guard line.nonASCII > 0, line.count > 2 else { return [] }
        var (slots, doubles) = line.scalars.withUnsafeBufferPointer { blanks($0) }
        // A letter: a one-line paragraph opening with a blank and a number is a heading (` 1 概述`).
        if line.scalars[0] == " ", EmptySlotScan.isLetter(line.scalars[1]), opensParagraph() {
            slots.insert(Slot(range: 0..<2, gap: 0, beforeLatin: true), at: 0)
        }
        // A Chinese sentence only; several double blanks in a line are its layout
        // (`QQ:10000  Email:a@b.c  Tel:1`).
        guard !slots.isEmpty, line.scalars.contains(where: LineScalars.isHan) else { return [] }
        return doubles > 1 ? slots.filter { !$0.double } : slots
    }

    /// The slots of blanks inside a line (not at its start), and how many double blanks it has.
    private static func blanks(_ text: UnsafeBufferPointer<Unicode.Scalar>) -> ([Slot], Int) {
        var slots: [Slot] = [], doubles = 0
        var index = 1
        while index + 1 < text.count {
            // Most scalars are no blank: one comparison each.
            guard text[index] == " ", text[index - 1] != " " else {
                index += 1
                continue
            }
            if text[index + 1] == " " {
                doubles += 1
                // Exactly two blanks between Latin words: `CUPS  Internet`, `IPv6  "FF02` (not
                // beside Han text, where two blanks part the fields of a page's metadata line:
                // `来源：本站原创  作者：admin`).
                if index + 2 < text.count, latinEnd(text[index - 1]), latinStart(text[index + 2]) {
                    slots.append(Slot(range: index - 1..<index + 3, gap: index + 1, beforeLatin: true, double: true))
                }
                index += 2
            } else {
                // `Linux 。`: a Latin word, a blank and a full-width mark.
                if latinEnd(text[index - 1]), isClosingMark(text[index + 1]) {
                    slots.append(Slot(range: index - 1..<index + 2, gap: index + 1, beforeLatin: false))
                }
                index += 1
            }
        }
        return (slots, doubles)
    }

    /// A letter, a digit or an opening quote: how a Latin word starts.
    static func latinStart(_ scalar: Unicode.Scalar) -> Bool {
        EmptySlotScan.isWordCharacter(scalar) || scalar == "\"" || scalar == "'"
    }

    /// A letter, a digit, or a closing parenthesis or quote: how a Latin word ends.
    static func latinEnd(_ scalar: Unicode.Scalar) -> Bool {
        EmptySlotScan.isWordCharacter(scalar) || scalar == ")" || scalar == "\"" || scalar == "'"
    }

    /// Parts of speech (jieba's first letter) a word standing before a Latin word takes: a verb,
    /// a preposition or a measure (使用 vim, 于 2015, 一些 Java); after one, a noun (Debian 软件包).
    static let beforeClasses: Set<Unicode.Scalar> = ["v", "p", "m"]
    static let afterClasses: Set<Unicode.Scalar> = ["n", "l"]

    /// The terms that may stand as a word of their own in the slot (two characters or more),
    /// those of the word class the slot takes first, then by frequency. Others stay in: the
    /// lexicon's classes are a hint, not a verdict (it calls 发行版 a verb).
    static func rank(_ terms: [String], beforeLatin: Bool) -> [String] {
        let lexicon = Lexicon.shared
        let classes = beforeLatin ? beforeClasses : afterClasses
        let words = terms.enumerated().filter { $0.element.unicodeScalars.count >= 2 }.map { index, term -> (String, Int, Int, Int) in
            let entry = lexicon.entry(term)
            let fits = entry?.partOfSpeech.map(classes.contains) ?? false
            return (term, fits ? 0 : 1, -Int(entry?.frequencyClass ?? 0), index)
        }
        return words.sorted { ($0.1, $0.2, $0.3) < ($1.1, $1.2, $1.3) }.map(\.0)
    }
}
