import Foundation

/// Learns what a keyword filter deleted from the document itself, when no terms are given.
///
/// A filter deletes the same character everywhere, so the character is absent from the whole
/// body while the words it was part of leave their other half orphaned in several places
/// (党 → `员干部`, `建100周年`, `性`; 服 → `务器`). From the first pass's counts of characters
/// standing with no dictionary partner beside them, each absent character is weighed by the
/// orphans it would join into a common two-character word: an orphan's weight is shared among
/// the absent characters that could complete it, by the frequency of the word each makes.
/// A character is taken as deleted only when it explains orphans of several different
/// characters and clearly outweighs every rival (one orphan character alone, `域` or `学`, is
/// ambiguous: 领域, 区域, 流域 fit equally).
extension LexicalGapScan {
    static var inferenceShare: Double { Tuning.value("TM_INF_SHARE", 0.2) }
    /// Orphaned sites a deleted character must explain, over at least `inferenceCharacters`
    /// different orphan characters.
    static var inferenceSites: Double { Tuning.value("TM_INF_SITES", 1) }
    static var inferenceCharacters: Int { Int(Tuning.value("TM_INF_CHARS", 2)) }
    /// Share of an orphan character's occurrences that must stand alone.
    static var inferenceAloneShare: Double { Tuning.value("TM_INF_ALONE", 0.5) }
    static var inferencePartnerShare: Double { Tuning.value("TM_INF_PSHARE", 0.1) }
    static var inferenceCandidates: Int { Int(Tuning.value("TM_INF_K", 4)) }
    /// How much the winner must outweigh the best rival.
    static var inferenceMargin: Double { Tuning.value("TM_INF_MARGIN", 2) }

    /// Characters of traditional script (`Resources/function-words.txt`).
    static let traditional: [Unicode.Scalar] = WordListResource.sections(PackageResources.function_words_txt)["zh-traditional", default: []]
        .flatMap { $0.split(separator: " ") }.compactMap { $0.unicodeScalars.first }

    /// Whether the body is written in traditional script (its markers make 1% of its Han text).
    var isTraditional: Bool {
        Self.traditional.reduce(0) { $0 + occurrences($1) } * 100 >= hanCount
    }

    /// Characters the document's orphans show a filter deleted, strongest first.
    func inferredTerms() -> [String] {
        guard !boundAlone.isEmpty else { return [] }
        struct Evidence { var weight = 0.0; var sites = 0; var characters = 0 }
        var evidence: [UInt32: Evidence] = [:]
        for (slot, alone) in boundAlone.enumerated() where alone > 0 {
            let total = boundTotal[slot]
            guard Double(alone) >= Double(total) * Self.inferenceAloneShare else { continue }
            let scalar = Unicode.Scalar(UInt32(0x4E00 + slot))!
            if ProcessInfo.processInfo.environment["TM_INF_DEBUG2"] != nil { print("site", scalar, alone, total) }
            guard (lexicon.standaloneShare(scalar) ?? 1) <= Self.inferenceShare else { continue }
            var absent: [(partner: UInt32, frequency: Double)] = []
            for partner in lexicon.leftPartners[scalar.value] ?? [] where occurrences(partner) == 0 && LineScalars.isHan(partner) {
                let word = lexicon.entry([partner, scalar])?.logFrequency ?? 0
                absent.append((partner.value, exp(word)))
            }
            for partner in lexicon.rightPartners[scalar.value] ?? [] where occurrences(partner) == 0 && LineScalars.isHan(partner) {
                let word = lexicon.entry([scalar, partner])?.logFrequency ?? 0
                if let index = absent.firstIndex(where: { $0.partner == partner.value }) {
                    absent[index].frequency += exp(word)
                } else {
                    absent.append((partner.value, exp(word)))
                }
            }
            let sum = absent.reduce(0) { $0 + $1.frequency }
            for (partner, frequency) in absent where frequency / sum >= Self.inferencePartnerShare {
                evidence[partner, default: Evidence()].weight += frequency / sum * Double(alone)
                evidence[partner, default: Evidence()].sites += Int(alone)
                evidence[partner, default: Evidence()].characters += 1
            }
        }
        let ranked = evidence.sorted { ($0.value.characters, $0.value.weight) > ($1.value.characters, $1.value.weight) }
        func expected(_ key: UInt32) -> Double {
            let scalar = Unicode.Scalar(key)!
            guard let entry = lexicon.entry([scalar]), entry.isWord, let share = lexicon.standaloneShare(scalar) else { return 0 }
            return Double(hanCount) * exp(entry.logFrequency - lexicon.logTotal) / max(share, 0.001) / 1.5
        }
        if ProcessInfo.processInfo.environment["TM_INF_DEBUG"] != nil {
            let top = ranked.prefix(6).map { "\(Unicode.Scalar($0.key)!):\(String(format: "%.1f", $0.value.weight))/\($0.value.sites)/\($0.value.characters)/\(String(format: "%.0f", expected($0.key)))" }
            FileHandle.standardError.write(("infer " + top.joined(separator: " ") + "\n").data(using: .utf8)!)
        }
        guard !isTraditional else { return [] }
        return ranked.prefix(Self.inferenceCandidates).filter {
            $0.value.weight >= Self.inferenceSites && $0.value.characters >= Self.inferenceCharacters
        }.map { String(Unicode.Scalar($0.key)!) }
    }
}

/// Tuning knobs read from the environment while measuring (removed before commit).
enum Tuning {
    static func value(_ name: String, _ fallback: Double) -> Double {
        ProcessInfo.processInfo.environment[name].flatMap(Double.init) ?? fallback
    }
}
