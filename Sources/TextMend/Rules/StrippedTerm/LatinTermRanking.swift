/// Ranks the Latin-script strip terms at a gap in an English sentence by how well each fits
/// between the word before and the word after (`EnglishModel`), and spells each as the
/// replacement of the gap's blanks.
///
/// The score leans towards how much the neighbours raise the term's probability over its own:
/// the fit less `ownWeight` times the first word's log probability, so a frequent word
/// (`before`, `since`) does not win a gap between `desired` and `format` on frequency alone,
/// while a rare one does not win on rarity (`the debian .`: `directory`, not `success`). On
/// the stripped-term benchmark's English documents, exact restorations with terms for seeds
/// 1-3: 0.869/0.742/0.661 by fit alone (weight 0), 0.881/0.748/0.739 at 1, 0.887/0.781/0.713
/// at 0.7.
enum LatinTermRanking {
    /// The replacements for `replaced` (the blanks of a Latin gap), best-fitting term first.
    static func candidates(_ terms: [String], _ line: LineScalars, _ replaced: Range<Int>) -> [String] {
        let text = line.scalars
        let left = token(text, before: replaced.lowerBound), right = token(text, after: replaced.upperBound)
        let model = terms.count > 1 ? EnglishModel.shared : nil
        let scored = terms.enumerated().map { offset, term in
            (term, model.map { score($0, words(term), left, right) } ?? 0, offset)
        }
        let opening = opens(text, replaced.lowerBound)
        let closing = closes(text, replaced.upperBound)
        return scored.sorted { ($1.1, $0.2) < ($0.1, $1.2) }.map { (opening ? "" : " ") + $0.0 + (closing ? "" : " ") }
    }

    /// How much of the first word's own log probability the score takes off (see the type).
    static let ownWeight = 0.7

    /// The fit of `words` between `left` and `right`, less `ownWeight` times the first word's
    /// own log probability.
    static func score(_ model: EnglishModel, _ words: [EnglishModel.Token], _ left: EnglishModel.Token?, _ right: EnglishModel.Token?) -> Double {
        guard let first = words.first else { return -.infinity }
        return model.fit(words, left: left, right: right) - ownWeight * model.logProbability(first)
    }

    /// Whether the text before `index` is a line start, an opening mark (`(`, `[`, `“`, or an
    /// ASCII quote after a blank or `(`) or a mail address's `@`, so a term inserted there
    /// needs no blank before it.
    static func opens(_ text: [Unicode.Scalar], _ index: Int) -> Bool {
        guard index > 0 else { return true }
        switch text[index - 1] {
        case "(", "[", "\u{201C}", "@": return true
        case "\"": return index == 1 || text[index - 2] == " " || text[index - 2] == "("
        default: return false
        }
    }

    /// Whether the text from `index` is a line end or a mark that follows a word directly
    /// (`,`, `.`, `)`, a closing quote), so a term inserted before it needs no blank after it;
    /// a word, an opening mark (`"login"`, `(`) or a dash does.
    static func closes(_ text: [Unicode.Scalar], _ index: Int) -> Bool {
        guard index < text.count else { return true }
        let next = text[index]
        if EmptySlotScan.isWordCharacter(next) { return false }
        switch next {
        case "(", "[", "\u{201C}", "\u{2014}", "\u{2013}": return false
        case "\"": return !(index + 1 < text.count && EmptySlotScan.isWordCharacter(text[index + 1]))
        default: return true
        }
    }

    /// The words of a term as model tokens.
    static func words(_ term: String) -> [EnglishModel.Token] {
        term.unicodeScalars.split(separator: " ").compactMap { EnglishModel.Token($0) }
    }

    /// The word or mark before `index`, across blanks (nil at the line start or on a symbol).
    static func token(_ text: [Unicode.Scalar], before index: Int) -> EnglishModel.Token? {
        var end = index
        while end > 0 && text[end - 1] == " " { end -= 1 }
        guard end > 0 else { return EnglishModel.Token(".".unicodeScalars) }
        var start = end
        while start > 0 && (EmptySlotScan.isLetter(text[start - 1]) || text[start - 1] == "'") && end - start < 24 { start -= 1 }
        return EnglishModel.Token(text[(start < end ? start : end - 1)..<end])
    }

    /// The word or mark after `index`, across blanks (nil at the line end or on a symbol).
    static func token(_ text: [Unicode.Scalar], after index: Int) -> EnglishModel.Token? {
        var start = index
        while start < text.count && text[start] == " " { start += 1 }
        guard start < text.count else { return nil }
        var end = start
        while end < text.count && (EmptySlotScan.isLetter(text[end]) || text[end] == "'") && end - start < 24 { end += 1 }
        return EnglishModel.Token(text[start..<(end > start ? end : start + 1)])
    }
}
