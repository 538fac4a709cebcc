import Foundation

/// A filter's character whose orphans look ordinary (任, 如 left from 任何, 如何) shows no
/// pervasive orphan, but its absence from a long body is itself unusual: the common characters
/// the body lacks although its length would have them several times are screened as a
/// filter's terms, on a cheap trial that does not segment and tries each only beside a
/// character left alone that it makes a common word with.
///
/// Most common characters are absent by topic, so the screen is paid only where it can pay
/// off: a candidate goes to the trial only when the first pass saw characters it makes a word
/// with standing alone in several places (`screenEvidence`), or one that only it explains
/// standing alone twice (`pointedEvidence`, then judged more strictly), and the trial reads
/// only the runs that hold one of them. The tables are built once per process.
extension LexicalGapScan {
    /// What a trial tries as a filter's terms.
    struct Inference: Equatable {
        /// Characters the document's orphans suggest a filter deleted, strongest first.
        var terms: [String]
        /// The characters whose runs their trial looks at.
        var partners: Set<Unicode.Scalar>
        /// Characters screened on the cheap trial, most evidence first (`screened`).
        var absent: [String] = []
        /// The characters standing alone beside which the screening trial tries them.
        var screenPartners: Set<Unicode.Scalar> = []
        /// The screened characters of little evidence (below `screenEvidence`), which must make
        /// `weakEvidenceRepairs` clear repairs.
        var weak: Set<String> = []
    }

    /// Absent common characters looked at: expected occurrences at least this, at most this
    /// many, from the characters of usage share `usageFloor` or more. (Measured on
    /// Scripts/stripped-benchmark.py, zh without terms, seeds 1-3: 40 candidates expected 3
    /// times found 20 of 30 filter characters, 60 expected twice 21, 100 expected 1.5 times
    /// no more; none kept on the clean documents.)
    static let absentCandidates = 60
    static let absentExpected = 2.0
    static let usageFloor = 1e-4
    /// Standalone share up to which a screening trial takes a lone character for an orphan.
    /// (0.2 lost 如 of 如何, 0.4 and 0.5 found no more on the benchmark.)
    static let screenShare = 0.3
    /// Evidence a screened candidate needs from the first pass (lone sites it explains, see
    /// `screened`) and different lone characters it makes a word with.
    static let screenEvidence: Float = 4
    static let screenWords = 2
    /// A candidate of less evidence is screened too when one lone character points to it with
    /// this much of it (己 twice, which only 自 makes a word with: 自己), and must then make
    /// `weakEvidenceRepairs` clear repairs instead of `StrippedScan.inferenceRepairs`.
    /// (Measured on Scripts/stripped-benchmark.py, Chinese without terms, seeds 1-5: 自 deleted,
    /// its orphans 己 and 动 explain 2.5 sites. Screening candidates of evidence 0.5 or more (40
    /// of 400 absent characters) at three repairs learned 民 from 主 and 网 in five documents
    /// and gave the clean documents 3 findings. At four repairs, every candidate from evidence
    /// 1 learned 自 and changed nothing else on 612 files of fixtures, corpora, clean pages and
    /// damaged benchmark documents, for 8% more instructions on many small documents
    /// (`Scripts/instruction-counts.sh` check-docs); from evidence 2, 4%; pointed ones, 3.8%.)
    static let pointedEvidence: Float = 1.5
    static let weakEvidenceRepairs = 4
    /// Han characters a body needs for the screen: a shorter one lacks even common characters
    /// by chance, and seldom shows three clear repairs. (Measured on 8 KB pieces of the
    /// benchmark's damaged documents, seeds 1-3: every character the screen found was in a
    /// piece of 1,689 Han characters or more.)
    static let screenMinimum = 1500
    /// Candidates screened at most, most evidence first.
    static let screenLimit = 8
    /// Gain at which a screening trial counts a repair clear (`StrippedScan.clearRepairs`;
    /// the orphans' candidates need `StrippedScan.safeGain`). A screened character is already
    /// absent from a body long enough to hold it, so repairs of moderate gain confirm it
    /// (因此 -> 因, 如此 -> 如 score 2 to 3). Measured on Scripts/stripped-benchmark.py, Chinese
    /// without terms: at 2, 接, 此 and 时 are learned where they were not (recall* on seeds 2
    /// and 3 48.6% -> 56.3%, 54.4% -> 58.1%, seeds 1, 4, 5 unchanged), no finding on the clean
    /// documents nor on the 145 Chinese pages they are sampled from (`--pages`); at 1.5 the
    /// clean documents show 10. The orphans' candidates at 2 would also learn 城 from the
    /// seed's 市.
    static let screenGain = 2.0

    /// The candidates (absent common characters, and the orphans' candidates that explain one
    /// orphan character only: `lone`) the first pass gives evidence for, most first, at most
    /// `screenLimit`, the characters standing alone beside which they are tried, and those of
    /// them with little evidence (`pointedEvidence`).
    ///
    /// A character standing alone (`boundAlone`, counted for characters of standalone share up
    /// to `screenShare`) is explained by the absent characters it makes a word with, each by
    /// the frequency of the word: a candidate's evidence is the lone sites it explains (许
    /// alone after 多 was deleted from 许多: 多 is its one frequent absent partner; 火 alone in
    /// a technical text has many, 山 among them).
    func screened(lone: [String]) -> (terms: [String], partners: Set<Unicode.Scalar>, weak: Set<String>) {
        guard hanCount >= Self.screenMinimum, !boundAlone.isEmpty else { return ([], [], []) }
        let table = ScreenTable.shared
        var slots: [Int] = []
        for term in lone + absentCommon(table) {
            if let slot = ScreenTable.slot(term.unicodeScalars.first!.value), !slots.contains(slot) { slots.append(slot) }
        }
        // The summed frequency of the absent partners of each lone character, on first use.
        var mass = [Float](repeating: -1, count: 0x5200)
        func absentMass(_ slot: Int) -> Float {
            if mass[slot] < 0 {
                mass[slot] = 0
                for entry in table.entries(slot) where commonCounts[Int(table.partners[entry])] == 0 { mass[slot] += table.weights[entry] }
            }
            return mass[slot]
        }
        var ranked: [(term: String, evidence: Float)] = []
        for slot in slots {
            var evidence: Float = 0, words = 0, pointed: Float = 0
            for entry in table.entries(slot) {
                let partner = Int(table.partners[entry])
                let alone = boundAlone[partner]
                guard alone > 0 else { continue }
                let explained = Float(alone) * table.weights[entry] / absentMass(partner)
                evidence += explained
                pointed = max(pointed, explained)
                words += 1
            }
            if (evidence >= Self.screenEvidence || pointed >= Self.pointedEvidence) && words >= Self.screenWords {
                ranked.append((String(Unicode.Scalar(UInt32(0x4E00 + slot))!), evidence))
            }
        }
        let chosen = ranked.sorted { ($0.evidence, $1.term) > ($1.evidence, $0.term) }.prefix(Self.screenLimit)
        var partners = Set<Unicode.Scalar>()
        for (term, _) in chosen {
            for entry in table.entries(ScreenTable.slot(term.unicodeScalars.first!.value)!) where boundAlone[Int(table.partners[entry])] > 0 {
                partners.insert(Unicode.Scalar(UInt32(0x4E00) + UInt32(table.partners[entry]))!)
            }
        }
        return (chosen.map(\.term), partners, Set(chosen.filter { $0.evidence < Self.screenEvidence }.map(\.term)))
    }

    /// Common characters the body lacks although its length would have them several times
    /// (`absentExpected`), most expected first, at most `absentCandidates`.
    func absentCommon(_ table: ScreenTable = .shared) -> [String] {
        var found: [String] = []
        for (scalar, share) in table.usage {
            if Double(hanCount) * share < Self.absentExpected || found.count >= Self.absentCandidates { break }
            if occurrences(scalar) == 0 { found.append(String(scalar)) }
        }
        return found
    }

    // MARK: The screening trial (`repairsOnly`)

    /// Which characters of a run a screening trial takes for orphans, without segmenting: one
    /// that seldom stands alone (`screenShare`) and makes no word with either neighbour (的,
    /// 是 are not).
    func screenSingles(_ text: [Unicode.Scalar], _ run: Range<Int>) -> [Bool] {
        run.map { index in
            (lexicon.standaloneShare(text[index]) ?? 1) <= Self.screenShare
                && !(index > run.lowerBound && isWord(text[index - 1], text[index]))
                && !(index + 1 < run.upperBound && isWord(text[index], text[index + 1]))
        }
    }

    /// Whether the character before and the one after an insertion point are lone.
    static func loneSides(_ run: Range<Int>, _ position: Int, _ single: [Bool]) -> (left: Bool, right: Bool) {
        (position > run.lowerBound && single[position - 1 - run.lowerBound], position < run.upperBound && single[position - run.lowerBound])
    }

    /// Whether a screening trial tries term `index` at `position`: a single character that
    /// makes a common two-character word (a lexicon partner) with a lone neighbour.
    func screens(_ index: Int, _ text: [Unicode.Scalar], _ position: Int, _ lone: (left: Bool, right: Bool)) -> Bool {
        let scalars = termScalars[index]
        guard scalars.count == 1 else { return false }
        // A partner word: one the lexicon lists among its partners (`Lexicon.partnerClass`).
        let pairs = CharacterPairs.shared, least = UInt8(Lexicon.partnerClass)
        func isPartner(_ first: Unicode.Scalar, _ second: Unicode.Scalar) -> Bool {
            pairs.mayHold(first, second) && isWord(first, second, least: least)
        }
        return (lone.left && isPartner(text[position - 1], scalars[0])) || (lone.right && isPartner(scalars[0], text[position]))
    }
}

/// The lexicon's partners (two-character words of frequency 20 or more) by character, for the
/// screen of absent characters: built once per process, from the pairs in one pass.
final class ScreenTable: Sendable {
    /// The table of the built-in lexicon.
    static let shared = ScreenTable(Lexicon.shared)

    /// For each character of the main Han block (by `slot`), the characters it makes a word
    /// with, on either side (twice when both ways round are words), and each word's frequency:
    /// `partners[entries(slot)]`, `weights[entries(slot)]`.
    let starts: [Int32]
    let partners: [UInt16]
    let weights: [Float]
    /// Characters of the main Han block with their share of the lexicon's frequency mass (the
    /// character alone and the partner words that hold it), most common first, down to
    /// `LexicalGapScan.usageFloor`.
    let usage: [(scalar: Unicode.Scalar, share: Double)]

    /// A character's index in the tables (scalar - U+4E00), nil outside the main Han block.
    @inline(__always)
    static func slot(_ value: UInt32) -> Int? { value >= 0x4E00 && value < 0x4E00 + 0x5200 ? Int(value) - 0x4E00 : nil }

    /// The entries of the character in `slot`.
    @inline(__always)
    func entries(_ slot: Int) -> Range<Int> { Int(starts[slot])..<Int(starts[slot + 1]) }

    init(_ lexicon: Lexicon) {
        // exp(class / 4) for every class a byte can code.
        let frequencies = (0..<256).map { Float(exp(Double($0) / 4)) }
        var pairs: [(first: UInt16, second: UInt16, weight: Float)] = []
        var counts = [Int32](repeating: 0, count: 0x5200 + 1)
        // The table lists its keys in ascending order: the sums below come out the same each run.
        for second in lexicon.leftPartners.keys {
            guard let secondSlot = Self.slot(second) else { continue }
            for first in lexicon.leftPartners[second]! {
                guard let firstSlot = Self.slot(first.value) else { continue }
                let hash = Lexicon.extend(Lexicon.extend(Lexicon.seed, first.value), second)
                let weight = frequencies[Int(lexicon.entry(hash: hash)?.frequencyClass ?? 0)]
                pairs.append((UInt16(firstSlot), UInt16(secondSlot), weight))
                counts[firstSlot + 1] += 1
                counts[secondSlot + 1] += 1
            }
        }
        for index in 1..<counts.count { counts[index] += counts[index - 1] }
        var next = counts
        var partners = [UInt16](repeating: 0, count: Int(counts[0x5200])), weights = [Float](repeating: 0, count: partners.count)
        var mass = [Double](repeating: 0, count: 0x5200)
        func add(_ own: UInt16, _ other: UInt16, _ weight: Float) {
            let at = Int(next[Int(own)])
            partners[at] = other
            weights[at] = weight
            next[Int(own)] += 1
            mass[Int(own)] += Double(weight)
        }
        for pair in pairs {
            add(pair.first, pair.second, pair.weight)
            add(pair.second, pair.first, pair.weight)
        }
        let total = exp(lexicon.logTotal)
        var usage: [(scalar: Unicode.Scalar, share: Double)] = []
        for (slot, words) in mass.enumerated() where words > 0 {
            let scalar = Unicode.Scalar(UInt32(0x4E00 + slot))!
            let single = lexicon.entry(hash: Lexicon.extend(Lexicon.seed, scalar.value)).map { $0.isWord ? exp($0.logFrequency) : 0 } ?? 0
            let share = (words + single) / total
            if share >= LexicalGapScan.usageFloor { usage.append((scalar, share)) }
        }
        starts = counts
        self.partners = partners
        self.weights = weights
        self.usage = usage.sorted { ($0.share, $1.scalar.value) > ($1.share, $0.scalar.value) }
    }
}
