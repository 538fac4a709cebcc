import Foundation

/// Learns which character a keyword filter deleted from the document itself, without terms.
///
/// A filter deletes the same character everywhere, so it is absent from the whole body while
/// the words it was part of leave their other half orphaned in several places (党 → `员干部`,
/// `建100周年`; 文 → `档`, `件`). From the first pass's counts of characters standing with no
/// common two-character word beside them, each absent character is weighed by the orphans it
/// would join into a word: an orphan's weight is shared among the absent characters that could
/// complete it, by the frequency of the word each makes. The candidates that explain orphans
/// of two or more different characters are then tried as terms (`StrippedScan` keeps one only
/// when it clearly repairs three places). One orphan character alone (`域`, `学`) is never
/// enough: 领域, 区域, 流域 fit it equally, and a technical sense may stand alone: such a
/// candidate is screened with the common characters the body lacks instead
/// (AbsentCharacterScreen.swift), where its repairs must still complete several words.
extension LexicalGapScan {
    /// Orphan characters weighed: standalone share at most this.
    static let inferenceShare = 0.2
    /// Share of an orphan character's occurrences that must stand alone.
    static let inferenceAloneShare = 0.5
    /// Least share of an orphan's absent partners (by word frequency) that counts a partner.
    static let inferencePartnerShare = 0.1
    /// Least weight (orphan sites explained) and different orphan characters of a candidate.
    static let inferenceWeight = 1.0
    static let inferenceCharacters = 2
    /// Candidates tried, strongest first, and partners on each side whose runs are looked at.
    static let inferenceCandidates = 4
    static let trialPartners = 12

    /// Characters of traditional script (`Resources/function-words.txt`).
    static let traditional: [Unicode.Scalar] = WordListResource.sections(PackageResources.function_words_txt)["zh-traditional", default: []]
        .flatMap { $0.split(separator: " ") }.compactMap { $0.unicodeScalars.first }

    /// Whether the body is written in traditional script (its markers make 1% of its Han
    /// text): simplified characters are absent from it for no filter's sake.
    var isTraditional: Bool {
        Self.traditional.reduce(0) { $0 + occurrences($1) } * 100 >= hanCount
    }

    /// Characters the document's orphans suggest a filter deleted, strongest first, the
    /// characters whose runs a trial looks at, and the characters to screen.
    func inferredTerms() -> Inference {
        guard !boundAlone.isEmpty, !isTraditional else { return Inference(terms: [], partners: []) }
        var weight: [UInt32: Double] = [:], characters: [UInt32: Int] = [:], explained: [UInt32: [Unicode.Scalar]] = [:]
        for (slot, alone) in boundAlone.enumerated() where alone > 0 && Double(alone) >= Double(boundTotal[slot]) * Self.inferenceAloneShare {
            let scalar = Unicode.Scalar(UInt32(0x4E00 + slot))!
            guard (lexicon.standaloneShare(scalar) ?? 1) <= Self.inferenceShare else { continue }
            var absent: [UInt32: Double] = [:]
            for (partners, left) in [(lexicon.leftPartners[scalar.value], true), (lexicon.rightPartners[scalar.value], false)] {
                for partner in partners ?? [] where occurrences(partner) == 0 && LineScalars.isHan(partner) {
                    let word = lexicon.entry(left ? [partner, scalar] : [scalar, partner])?.logFrequency ?? 0
                    absent[partner.value, default: 0] += exp(word)
                }
            }
            let sum = absent.values.reduce(0, +)
            for (partner, frequency) in absent where frequency / sum >= Self.inferencePartnerShare {
                weight[partner, default: 0] += frequency / sum * Double(alone)
                characters[partner, default: 0] += 1
                explained[partner, default: []].append(scalar)
            }
        }
        let chosen = weight.keys.filter { weight[$0]! >= Self.inferenceWeight && characters[$0]! >= Self.inferenceCharacters }
            .sorted { (characters[$0]!, weight[$0]!, $1) > (characters[$1]!, weight[$1]!, $0) }
            .prefix(Self.inferenceCandidates)
        // Runs where a candidate's repairs are judged: those holding an orphan it explains or
        // one of its most frequent partners (文 → 件, 档).
        var partners = Set(chosen.flatMap { explained[$0]! })
        for candidate in chosen {
            partners.formUnion(lexicon.leftPartners[candidate]?.prefix(Self.trialPartners) ?? [])
            partners.formUnion(lexicon.rightPartners[candidate]?.prefix(Self.trialPartners) ?? [])
        }
        let lone = weight.keys.filter { weight[$0]! >= Self.inferenceWeight && characters[$0]! < Self.inferenceCharacters }
            .sorted { (weight[$0]!, $1) > (weight[$1]!, $0) }
            .prefix(Self.inferenceCandidates).map { String(Unicode.Scalar($0)!) }
        let screen = screened(lone: lone)
        return Inference(terms: chosen.map { String(Unicode.Scalar($0)!) }, partners: partners, absent: screen.terms, screenPartners: screen.partners,
                         weak: screen.weak)
    }
}
