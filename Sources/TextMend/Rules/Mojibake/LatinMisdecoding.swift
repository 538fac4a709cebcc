import CICU

/// Repair of UTF-8 that was read as a single-byte charset (`CafÃ©`, `â€™`, `g√¢teau`,
/// `РџСЂРёРІРµС‚`): each character of a run becomes its byte again, and the bytes that form
/// valid UTF-8 sequences are decoded, one sequence at a time, when the result is plausible.
enum LatinMisdecoding {
    /// A repaired run: its new scalars and the charset it had been misread as.
    struct Result {
        var scalars: [Unicode.Scalar]
        var charset: String
        /// UTF-8 sequences decoded.
        var sequences: Int
        /// Whether every scalar of the run was part of a decoded sequence.
        var complete: Bool
        /// Which output scalars were decoded (the rest were kept as they were).
        var fresh: [Bool]
    }

    /// The letters next to a run (its word), for the case and apostrophe tests.
    struct Context {
        /// Letters right before the run (nearest first).
        var before: [Unicode.Scalar] = []
        /// Letters right after the run.
        var after: [Unicode.Scalar] = []
        /// The scalar right after the run, and the one right before it, if any.
        var next: Unicode.Scalar? = nil
        var previous: Unicode.Scalar? = nil
        /// The document lost its no-break spaces to spaces throughout: a lone sequence holding a
        /// space (`â €`) is believed.
        var trustSpaces = false
    }

    /// Byte codes of a run's scalars: 0–255 a byte; `lost` a U+FFFD standing for one lost
    /// byte; `space` an ASCII space that may stand for a no-break space (byte A0); else none.
    static let lost: UInt16 = 0x100, space: UInt16 = 0x101, none: UInt16 = 0xFFFF

    /// The best repair among the single-byte charsets, or nil.
    /// `relaxed` after an earlier round already repaired the run (mojibake of mojibake):
    /// lone sequences then need less support.
    /// In a later round only sequences made wholly of scalars the previous round decoded
    /// (`fresh`) count: the rest of the run was already judged.
    static func repair(_ run: [Unicode.Scalar], _ context: Context, fresh: [Bool]? = nil,
                       order: [LegacyCharsets.SingleByte] = LegacyCharsets.singleByte) -> Result? {
        // A later round decodes sequences of scalars the last round decoded (see `decode`): when
        // none of them is a character of any charset here (a run of Han), none decodes.
        if let fresh, !run.indices.contains(where: { fresh[$0] && LegacyCharsets.mayBeUpperHalf(run[$0]) }) { return nil }
        var best: Result? = nil
        for charset in order {
            guard let result = decode(run, charset, context, fresh: fresh) else { continue }
            if best == nil || result.sequences > best!.sequences { best = result }
            if result.complete { break }  // nothing left for another charset to explain
        }
        return best
    }

    /// One charset's repair of a run.
    static func decode(_ run: [Unicode.Scalar], _ charset: LegacyCharsets.SingleByte, _ context: Context,
                       fresh: [Bool]? = nil) -> Result? {
        let relaxed = fresh != nil
        // Only a windows-1252 reading lost its no-break spaces to spaces (copied from a browser).
        let nbspAtA0 = charset.name == LegacyCharsets.windows1252.name
        let common = nbspAtA0 || charset.name == "MacRoman"
        // A later round's sequences start at a scalar the last round decoded: when none of those
        // is a lead byte here (Han never is), nothing decodes (the special scalars below never lead).
        if let fresh, !run.indices.contains(where: { index in
            fresh[index] && charset.byte(run[index]).map { $0 >= 0xC2 && $0 <= 0xF4 } ?? false
        }) { return nil }
        let codes: [UInt16] = run.map { scalar in
            if scalar == "\u{FFFD}" { return lost }
            if scalar == "?" { return nbspAtA0 ? lost : none }
            if scalar == " " { return nbspAtA0 ? space : none }
            return charset.byte(scalar).map { UInt16($0) } ?? none
        }
        var found: [(start: Int, length: Int, scalar: Unicode.Scalar)] = []
        var index = 0
        while index < run.count {
            if let (length, scalar) = sequence(codes, at: index), fresh.map({ !$0[index..<(index + length)].contains(false) }) ?? true {
                found.append((index, length, scalar))
                index += length
            } else {
                index += 1
            }
        }
        // A space inside a sequence is only believed when the run holds other sequences too.
        if !context.trustSpaces && found.count < 2 && found.contains(where: { codes[$0.start..<($0.start + $0.length)].contains(space) }) { return nil }
        guard !found.isEmpty else { return nil }
        // The less common charsets must explain the whole run (checked below): their sequences
        // hold only non-ASCII scalars, so sequences too short to cover them all settle it now,
        // before the plausibility tests (a run of Chinese mojibake tried in every charset).
        let nonASCII = run.reduce(0) { $1.isASCII ? $0 : $0 + 1 }
        if !common && found.reduce(0, { $0 + $1.length }) < nonASCII { return nil }
        let total = relaxed ? max(found.count, 2) : found.count
        let scriptLetters = relaxed ? 2 : found.filter { isScriptLetter($0.scalar) }.count
        var output: [Unicode.Scalar] = []
        var outputFresh: [Bool] = []
        var decoded: [Unicode.Scalar] = []
        var covered = 0, cursor = 0, previousKeptEnd = -1
        for item in found {
            output.append(contentsOf: run[cursor..<item.start])
            outputFresh.append(contentsOf: repeatElement(false, count: item.start - cursor))
            cursor = item.start
            let source = run[item.start..<(item.start + item.length)]
            // A combining mark must sit on a character that is itself right: plain or repaired.
            let onSound = item.start == 0 ? !(context.previous.map { $0 == " " || $0 == "\n" } ?? true) : previousKeptEnd == item.start
            guard plausible(item.scalar, source, run, item.start, total, scriptLetters, context),
                  common || item.scalar == "\u{FFFD}" || total >= 2 || isGeneralPunctuation(item.scalar)
                    || fitsWord(item.scalar, run, item.start, item.length, context),
                  onSound || !(0x0300...0x036F).contains(item.scalar.value) else { continue }
            output.append(item.scalar)
            outputFresh.append(true)
            decoded.append(item.scalar)
            covered += item.length
            cursor = item.start + item.length
            previousKeptEnd = cursor
        }
        output.append(contentsOf: run[cursor...])
        outputFresh.append(contentsOf: repeatElement(false, count: run.count - cursor))
        guard !decoded.isEmpty else { return nil }
        // The less common charsets must explain the whole run: `Рівне`, `ТІРКЕЛГІ` are Ukrainian
        // and Kazakh, where `Рі`, `ГІ` pair up as UTF-8 by chance.
        if !common && covered != nonASCII { return nil }
        // Letters of two different scripts out of one run (`ڠ` and `ר`) are noise, not a word
        // (compared in turn: no set built for each run).
        var block: Int? = nil
        for scalar in decoded {
            guard let next = scriptBlock(scalar) else { continue }
            if let block, block != next { return nil }
            block = next
        }
        // Letters only (`ВІКІ`) do not turn into symbols or modifiers (`²ʲ`); punctuation may come out.
        if run.allSatisfy({ $0.properties.isAlphabetic }), !decoded.allSatisfy({ isPlainLetter($0) || CharacterClass.isPunctuation($0) }) {
            return nil
        }
        return Result(scalars: output, charset: charset.name, sequences: decoded.count, complete: covered == nonASCII,
                      fresh: outputFresh)
    }

    /// A valid UTF-8 sequence at `index` (no overlongs, no surrogates; CESU-8 pairs accepted).
    /// One lost byte may stand for any continuation byte (the sequence decodes to U+FFFD); a
    /// space only where the byte A0 is wanted.
    static func sequence(_ codes: [UInt16], at index: Int) -> (Int, Unicode.Scalar)? {
        let lead = codes[index]
        guard lead >= 0xC2, lead <= 0xF4 else { return nil }
        let length = lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4
        guard index + length <= codes.count else { return nil }
        var value = UInt32(lead) & (length == 2 ? 0x1F : length == 3 ? 0x0F : 0x07)
        var lostOne = false
        for offset in 1..<length {
            var code = codes[index + offset]
            if code == lost {
                if lostOne { return nil }
                lostOne = true
                continue
            }
            if code == space { code = 0xA0 }
            guard code < 0x100, code & 0xC0 == 0x80 else { return nil }
            value = value << 6 | UInt32(code & 0x3F)
        }
        if lostOne { return (length, "\u{FFFD}") }
        if length == 3 && value < 0x800 || length == 4 && (value < 0x10000 || value > 0x10FFFF) { return nil }
        if (0xD800...0xDBFF).contains(value), index + 6 <= codes.count, codes[index + 3] == 0xED,
           (0xB0...0xBF).contains(codes[index + 4]), codes[index + 5] & 0xC0 == 0x80, codes[index + 5] < 0x100 {
            let low = 0xD000 | UInt32(codes[index + 4] & 0x3F) << 6 | UInt32(codes[index + 5] & 0x3F)
            return (6, Unicode.Scalar(0x10000 + ((value - 0xD800) << 10) + (low - 0xDC00))!)
        }
        return Unicode.Scalar(value).map { (length, $0) }
    }

    /// CJK Unified Ideographs: every one an assigned letter (`otherLetter`, alphabetic; checked
    /// against the stdlib), so the checks below answer for them without a property look-up.
    static var unifiedIdeographs: ClosedRange<UInt32> { 0x4E00...0x9FFF }

    /// Letters of scripts other than Latin, Greek and Cyrillic (Han, Hangul, Hebrew, Thai …).
    static func isScriptLetter(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0..<0x0530, 0x1E00...0x1EFF, 0x2C60...0x2C7F, 0xA720...0xA7FF, 0xFB00...0xFB06: false
        case unifiedIdeographs: true
        default: scalar.properties.isAlphabetic
        }
    }

    /// Latin Extended-A letters no major language writes: one alone is not evidence.
    static let rareLatin: Set<UInt32> = [0x0108, 0x0109, 0x011C, 0x011D, 0x0124, 0x0125, 0x0126, 0x0127, 0x0128, 0x0129,
                                         0x012C, 0x012D, 0x0132, 0x0133, 0x0134, 0x0135, 0x0138, 0x013F, 0x0140, 0x0149,
                                         0x014A, 0x014B, 0x014E, 0x014F, 0x015C, 0x015D, 0x0166, 0x0167, 0x0168, 0x0169,
                                         0x016C, 0x016D, 0x0174, 0x0175, 0x0176, 0x0177, 0x017F]

    /// Latin Extended-B letters languages write (ƒ, Vietnamese ơ ư, pinyin ǎ ǐ ǒ ǔ ǖ, digraphs
    /// ǆ ǉ ǌ, Romanian ș ț, Azerbaijani ə); the rest (ǂ ƨ ƪ …) alone is no evidence.
    static let usedExtendedB: Set<UInt32> = Set([0x0192, 0x018F, 0x01A0, 0x01A1, 0x01AF, 0x01B0, 0x01E6, 0x01E7, 0x01EA, 0x01EB,
                                                 0x01F4, 0x01F5, 0x0218, 0x0219, 0x021A, 0x021B] + Array(0x01C4...0x01DC))

    /// Whether decoding `source` to `scalar` is believable where it stands.
    static func plausible(_ scalar: Unicode.Scalar, _ source: ArraySlice<Unicode.Scalar>, _ run: [Unicode.Scalar], _ start: Int,
                          _ total: Int, _ scriptLetters: Int, _ context: Context) -> Bool {
        let value = scalar.value
        if value == 0xFFFD { return source.first!.properties.isAlphabetic }
        // `é »`, `á –` alone: a letter, a no-break space and a mark are French spacing, not one
        // character (inside a run of Chinese mojibake `æ »` is 标).
        if total == 1, source.count == 3, !context.trustSpaces, source[source.startIndex + 1] == "\u{00A0}" || source[source.startIndex + 1] == " " { return false }
        if !unifiedIdeographs.contains(value) {
            switch scalar.properties.generalCategory {
            case .unassigned, .privateUse, .surrogate: return false
            case .control: return (0x80...0x9F).contains(value)  // kept only if a later round decodes it
            default: break
            }
        }
        if HanFrequency.isHan(scalar), HanFrequency.tier(scalar) == .rare { return false }
        let lead = source.first!
        // Box drawing next to box drawing is line art (`├┤`), not code page 437 mojibake.
        if total < 3, source.allSatisfy({ (0x2500...0x259F).contains($0.value) }) { return false }
        // A lone two-byte sequence led by a symbol (×£, √π, ∆°) is a symbol next to a symbol.
        if total == 1 && source.count == 2 && !lead.properties.isAlphabetic {
            // Only MacRoman's `√` and `≈` (bytes C3, C5) lead a lone letter: `g√¢teau`, not `«åpne»`.
            guard lead == "√" || lead == "≈", isLatinLetter(scalar), hasLetterAround(run, start, source.count, context) else { return false }
        }
        switch value {
        case 0x00A0...0x01FF, 0x0218...0x021B, 0x1E00...0x1EFF:
            if total == 1 && (rareLatin.contains(value) || ((0x0180...0x024F).contains(value) && !usedExtendedB.contains(value))) { return false }
        case 0x0200...0x02AF:
            return false  // Latin Extended-B's rare tail and IPA: ɡ ɿ Ʌ come from `É¡` `É¿` `É…`
        case 0x02B0...0x02FF:
            // Modifier letters (ʽ ʲ) come from noise; spacing accents (˛ ˜) may close a face.
            if total < 2 || scalar.properties.generalCategory == .modifierLetter { return false }
        case 0x0300...0x036F, 0x0386...0x03CE, 0x0400...0x045F, 0x0490...0x0491:
            break
        case 0x0370...0x03FF:
            return false  // Greek's archaic and Coptic letters
        case 0x0460...0x07FF:
            if total < 2 { return false }  // a lone Armenian, Hebrew or Arabic letter
        default:
            // A lone syllable: `ë…”` is not 녔; a lone common Han character may stand (`åœ¨` 在).
            let commonHan = HanFrequency.isHan(scalar) && HanFrequency.tier(scalar) == .common
            if isScriptLetter(scalar) && scriptLetters < 2 && !commonHan { return false }
        }
        guard total == 1, source.count == 2 else { return true }
        // `SÍ…`, `MARQUÉ…`: a word ending in an accented letter before an ellipsis.
        if source.last == "…" { return false }
        // `SELKÄ EDELLÄ`, `ÎNCÂ `: a letter before a no-break space is just that, except a
        // `Ã `/`Â ` that does not end an upper-case word.
        if source.last == "\u{00A0}" {
            if lead != "Ã" && lead != "Â" || insideUpperCaseWord(run, start, 2, context) { return false }
        }
        if isLatinLetter(scalar) {
            // `Ã’s`: a curly apostrophe before a letter is an apostrophe.
            if source.last == "\u{2019}", let next = nextScalar(run, start + 2, context), next.properties.isAlphabetic { return false }
            // `AHÅ™`, `MÄ£ÄM`: a lower-case letter inside an upper-case word.
            if scalar.properties.isLowercase, insideUpperCaseWord(run, start, 2, context) { return false }
            // A decoded letter standing alone as a word is one of the one-letter words.
            if !hasLetterAround(run, start, 2, context), !"àèéòóùÀÉ".unicodeScalars.contains(scalar) { return false }
        }
        return true
    }

    /// For the less common charsets a lone sequence must fit its word: a lower-case letter
    /// inside a word, or an upper-case one starting a lower-case word (`Ĺ˝inoma`), not `NICIODATĂ™`.
    static func fitsWord(_ scalar: Unicode.Scalar, _ run: [Unicode.Scalar], _ start: Int, _ length: Int, _ context: Context) -> Bool {
        let before = start > 0 ? run[start - 1] : context.before.first
        let after = start + length < run.count ? run[start + length] : context.after.first
        let letterBefore = before?.properties.isAlphabetic ?? false
        let lowerAfter = after?.properties.isLowercase ?? false
        if scalar.properties.isLowercase { return letterBefore || (after?.properties.isAlphabetic ?? false) }
        if scalar.properties.isUppercase { return !letterBefore && lowerAfter }
        return false
    }

    /// A rough script of a non-Latin letter (its Unicode block), or nil.
    static func scriptBlock(_ scalar: Unicode.Scalar) -> Int? {
        let value = scalar.value
        if unifiedIdeographs.contains(value) { return 0x3000 }
        guard value >= 0x0370, isPlainLetter(scalar), !(0x1E00...0x1EFF).contains(value) else { return nil }
        switch value {
        case 0x0370...0x03FF: return 0x0370
        case 0x0400...0x052F: return 0x0400
        case 0x0600...0x06FF, 0x0750...0x077F: return 0x0600
        case 0x3040...0x30FF, 0x3400...0x9FFF, 0xF900...0xFAFF: return 0x3000  // Han and kana together
        default: return 0x100000 + Int(tm_script(value))
        }
    }

    /// General punctuation and the symbol blocks after it (– ’ “ € ™ ← ✔): what a lone
    /// three-byte sequence of a less common charset may give (`вЂ“`).
    static func isGeneralPunctuation(_ scalar: Unicode.Scalar) -> Bool {
        (0x2000...0x2BFF).contains(scalar.value) && !isPlainLetter(scalar)
    }

    static func isSymbolOrPunctuation(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.properties.generalCategory {
        case .mathSymbol, .currencySymbol, .modifierSymbol, .otherSymbol, .spaceSeparator: true
        default: CharacterClass.isPunctuation(scalar)
        }
    }

    static func isPlainLetter(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.properties.generalCategory {
        case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .otherLetter: true
        default: false
        }
    }

    static func isLatinLetter(_ scalar: Unicode.Scalar) -> Bool {
        scalar.properties.isAlphabetic && (scalar.value < 0x0250 || (0x1E00...0x1EFF).contains(scalar.value))
    }

    static func nextScalar(_ run: [Unicode.Scalar], _ index: Int, _ context: Context) -> Unicode.Scalar? {
        index < run.count ? run[index] : context.next
    }

    static func hasLetterAround(_ run: [Unicode.Scalar], _ start: Int, _ length: Int, _ context: Context) -> Bool {
        let before = start > 0 ? run[start - 1].properties.isAlphabetic : !context.before.isEmpty
        let after = start + length < run.count ? run[start + length].properties.isAlphabetic : !context.after.isEmpty
        return before || after
    }

    static func insideUpperCaseWord(_ run: [Unicode.Scalar], _ start: Int, _ length: Int, _ context: Context) -> Bool {
        var letters: [Unicode.Scalar] = []
        var index = start - 1
        while index >= 0, run[index].properties.isAlphabetic { letters.append(run[index]); index -= 1 }
        if index < 0 { letters += context.before }
        index = start + length
        while index < run.count, run[index].properties.isAlphabetic { letters.append(run[index]); index += 1 }
        if index >= run.count { letters += context.after }
        let upper = letters.filter { $0.properties.isUppercase }.count
        let lower = letters.filter { $0.properties.isLowercase }.count
        return upper >= 2 && lower == 0
    }
}
