/// Slots a filter emptied: paired marks with nothing inside (`〔〕`, `《》`, `“”`, `（）`),
/// numbering without its number (`第章`, `共页`), a price without its amount (`定价: 元`), an
/// empty list item (`、、`), and in Latin-script sentences a double space between two words
/// (`see  for details`), a space before a comma (`CEO , said`) or empty parentheses (`( )`).
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
    }

    static let pairs: [Unicode.Scalar: Unicode.Scalar] = [
        "\u{3014}": "\u{3015}", "\u{3010}": "\u{3011}", "\u{300A}": "\u{300B}", "\u{FF08}": "\u{FF09}",
        "\u{201C}": "\u{201D}", "\u{300C}": "\u{300D}", "\u{300E}": "\u{300F}", "\u{3008}": "\u{3009}",
    ]
    static let counters = Set("章节条页篇次届期款项号批回".unicodeScalars)
    static let priceLabels = ["定价", "价格", "售价", "单价", "票价", "金额", "合计", "共计", "总计", "费用"].map { Array($0.unicodeScalars) }

    static func scan(_ line: LineScalars) -> [Slot] {
        var slots: [Slot] = []
        let text = line.scalars
        let latinProse = isLatinProse(text)
        var index = 0
        while index < text.count {
            let scalar = text[index]
            if Self.mayOpen(scalar), let close = pairs[LineScalars.normalize(scalar)] ?? (scalar == "(" ? ")" : nil) {
                var end = index + 1
                while end < text.count && (text[end] == " " || text[end] == "\u{3000}") { end += 1 }
                let ascii = scalar == "("
                if end < text.count, LineScalars.normalize(text[end]) == close || text[end] == close,
                   !ascii || (end > index + 1 && !(index > 0 && isWordCharacter(text[index - 1]))) {
                    slots.append(Slot(range: index..<end + 1, gap: index + 1, latin: ascii && latinProse,
                                      what: "\(line.text(index..<index + 1))\(line.text(end..<end + 1))", replaced: index + 1..<end))
                    index = end + 1
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
            } else if scalar == "元", let slot = emptyPrice(line, index) {
                slots.append(slot)
            } else if latinProse, let slot = latinGap(line, index) {
                slots.append(slot)
                index = slot.range.upperBound
                continue
            }
            index += 1
        }
        return slots
    }

    /// `定价: 元`: a price label, a colon or blanks, then the unit.
    static func emptyPrice(_ line: LineScalars, _ index: Int) -> Slot? {
        var start = index
        while start > 0 && (line.scalars[start - 1] == " " || LineScalars.normalize(line.scalars[start - 1]) == "\u{FF1A}") { start -= 1 }
        guard start < index, let label = priceLabels.first(where: { start >= $0.count && line.scalars[start - $0.count..<start].elementsEqual($0) }) else { return nil }
        return Slot(range: start - label.count..<index + 1, gap: index, latin: false, what: line.text(start - label.count..<index + 1), replaced: index..<index)
    }

    /// A double space between two lower-case words, or a word, a space and a comma.
    static func latinGap(_ line: LineScalars, _ index: Int) -> Slot? {
        let text = line.scalars
        guard index > 0, index + 2 < text.count, text[index] == " " else { return nil }
        let before = text[index - 1]
        // `see  for`, `record  SMTP`, `Finally,  you`, `tools,  , and`: not after a full stop.
        if text[index + 1] == " ", isLetter(before) || before == "," || before == ";",
           isLetter(text[index + 2]) || text[index + 2] == "," || text[index + 2] == ".",
           isLower(before) || isLower(text[index + 2]) || before == "," {
            return Slot(range: index - 1..<index + 3, gap: index + 1, latin: true, what: "double space", replaced: index..<index + 2)
        }
        guard isLetter(before) else { return nil }
        if text[index + 1] == ",", text[index + 2] == " ", index + 3 < text.count, isLetter(text[index + 3]) {
            return Slot(range: index - 1..<index + 2, gap: index, latin: true, what: "space before a comma", replaced: index..<index + 1)
        }
        return nil
    }

    /// A line of running Latin-script prose: mostly letters and single spaces, at least
    /// eight words, not indented like code, with at most four double spaces, one per ten
    /// spaces (more means the text is aligned in columns or spaced after every sentence).
    static func isLatinProse(_ text: [Unicode.Scalar]) -> Bool {
        guard text.count >= 40, text.first != " ", text.first != "\t" else { return false }
        var letters = 0, spaces = 0, doubles = 0, code = 0
        for (offset, scalar) in text.enumerated() {
            if isLetter(scalar) { letters += 1 }
            if scalar == " " {
                spaces += 1
                if offset > 0 && text[offset - 1] == " " { doubles += 1 }
            }
            switch scalar {
            case "{", "}", "<", ">", "=", "_", "/", "\\", "|", "$", "#", "`", "@": code += 1
            default: break
            }
        }
        return spaces >= 8 && letters * 10 >= text.count * 7 && doubles <= min(4, max(1, spaces / 10)) && code * 50 < text.count
    }

    /// A fast test for the opening marks of `pairs` (and ASCII parentheses).
    @inline(__always)
    static func mayOpen(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x28, 0x201C, 0x3008, 0x300A, 0x300C, 0x300E, 0x3010, 0x3014, 0xFF08: true
        default: false
        }
    }

    static func isLetter(_ scalar: Unicode.Scalar) -> Bool { (scalar >= "a" && scalar <= "z") || (scalar >= "A" && scalar <= "Z") }
    static func isLower(_ scalar: Unicode.Scalar) -> Bool { scalar >= "a" && scalar <= "z" }
    static func isWordCharacter(_ scalar: Unicode.Scalar) -> Bool { isLetter(scalar) || (scalar >= "0" && scalar <= "9") || scalar == "_" }
}
