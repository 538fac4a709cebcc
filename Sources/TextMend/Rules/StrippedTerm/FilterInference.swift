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
/// enough: 领域, 区域, 流域 fit it equally, and a technical sense may stand alone. A character
/// whose orphans look ordinary (任, 如 from 任何, 如何) is found instead among the common
/// characters the body lacks (`absentCommon`), screened the same way.
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
    /// Absent common characters screened: expected occurrences at least this, at most this
    /// many, from the characters of usage share `usageFloor` or more. (Measured on
    /// Scripts/stripped-benchmark.py, zh without terms, seeds 1-3: 40 candidates expected 3
    /// times found 20 of 30 filter characters, 60 expected twice 21, 100 expected 1.5 times
    /// no more; none kept on the clean documents.)
    static let absentCandidates = 60
    static let absentExpected = 2.0
    static let usageFloor = 1e-4

    /// Characters of traditional script (`Resources/function-words.txt`).
    static let traditional: [Unicode.Scalar] = WordListResource.sections(PackageResources.function_words_txt)["zh-traditional", default: []]
        .flatMap { $0.split(separator: " ") }.compactMap { $0.unicodeScalars.first }

    /// Whether the body is written in traditional script (its markers make 1% of its Han
    /// text): simplified characters are absent from it for no filter's sake.
    var isTraditional: Bool {
        Self.traditional.reduce(0) { $0 + occurrences($1) } * 100 >= hanCount
    }

    /// Characters a trial tries as a filter's terms.
    struct Inference: Equatable {
        /// Characters the document's orphans suggest a filter deleted, strongest first.
        var terms: [String]
        /// The characters whose runs their trial looks at.
        var partners: Set<Unicode.Scalar>
        /// Common characters the body lacks (`absentCommon`), screened on their own trial.
        var absent: [String]
    }

    /// Characters the document's orphans suggest a filter deleted, strongest first, the
    /// characters whose runs a trial looks at, and common characters the body lacks.
    func inferredTerms() -> Inference {
        guard !boundAlone.isEmpty, !isTraditional else { return Inference(terms: [], partners: [], absent: []) }
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
        let chosen = Array(weight.keys.filter { weight[$0]! >= Self.inferenceWeight && characters[$0]! >= Self.inferenceCharacters }
            .sorted { (characters[$0]!, weight[$0]!, $1) > (characters[$1]!, weight[$1]!, $0) }
            .prefix(Self.inferenceCandidates))
        // Runs where a candidate's repairs are judged: those holding an orphan it explains or
        // one of its most frequent partners (文 → 件, 档).
        var partners = Set(chosen.flatMap { explained[$0] ?? [] })
        for candidate in chosen {
            partners.formUnion(lexicon.leftPartners[candidate]?.prefix(Self.trialPartners) ?? [])
            partners.formUnion(lexicon.rightPartners[candidate]?.prefix(Self.trialPartners) ?? [])
        }
        // A candidate that explains orphans of one character only is screened with the absent
        // common characters: its repairs must still complete several words there.
        let lone = weight.keys.filter { weight[$0]! >= Self.inferenceWeight && characters[$0]! < Self.inferenceCharacters }
            .sorted { (weight[$0]!, $1) > (weight[$1]!, $0) }
            .prefix(Self.inferenceCandidates).map { String(Unicode.Scalar($0)!) }
        let common = absentCommon()
        return Inference(terms: chosen.map { String(Unicode.Scalar($0)!) }, partners: partners,
                         absent: lone + common.filter { !lone.contains($0) })
    }

    /// Common characters the body lacks although its length would have them several times
    /// (`absentExpected`), most expected first, at most `absentCandidates`: a filter's character
    /// whose orphans the lexicon finds ordinary (任何 → `任`, 如何 → `如`) shows no pervasive
    /// orphan, but its absence from a long body is itself unusual. Which of them a filter took
    /// is left to a screening trial (`StrippedScan.inferTerms`); most are absent by topic.
    func absentCommon() -> [String] {
        var found: [String] = []
        for (scalar, share) in Self.characterUsage {
            if Double(hanCount) * share < Self.absentExpected || found.count >= Self.absentCandidates { break }
            if occurrences(scalar) == 0 { found.append(String(scalar)) }
        }
        return found
    }

    /// Common characters of the main Han block with their share of the lexicon's frequency
    /// mass (the character alone and the two-character words that hold it), most common
    /// first, down to `usageFloor`.
    static let characterUsage: [(scalar: Unicode.Scalar, share: Double)] = {
        let lexicon = Lexicon.shared
        var usage = [Double](repeating: 0, count: 0x5200)
        func slot(_ value: UInt32) -> Int? { value >= 0x4E00 && value < 0x4E00 + 0x5200 ? Int(value) - 0x4E00 : nil }
        // Sorted keys: the sums do not depend on the dictionary's order.
        for second in lexicon.leftPartners.keys.sorted() {
            guard let secondSlot = slot(second) else { continue }
            for first in lexicon.leftPartners[second]! {
                guard let firstSlot = slot(first.value) else { continue }
                let frequency = exp(lexicon.entry([first, Unicode.Scalar(second)!])?.logFrequency ?? 0)
                usage[firstSlot] += frequency
                usage[secondSlot] += frequency
            }
        }
        let total = exp(lexicon.logTotal)
        var result: [(scalar: Unicode.Scalar, share: Double)] = []
        for (index, frequency) in usage.enumerated() where frequency > 0 {
            let scalar = Unicode.Scalar(UInt32(0x4E00 + index))!
            let single = lexicon.entry([scalar]).map { $0.isWord ? exp($0.logFrequency) : 0 } ?? 0
            let share = (frequency + single) / total
            if share >= usageFloor { result.append((scalar, share)) }
        }
        return result.sorted { ($0.share, $1.scalar.value) > ($1.share, $0.scalar.value) }
    }()
}
