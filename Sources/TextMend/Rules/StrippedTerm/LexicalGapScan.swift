import Foundation

/// Gaps judged with the lexicon, over every run of Han characters in the body:
///
/// - **orphans**: a character the segmenter leaves standing alone although it almost never
///   does (`员` in `组织员干部`). One orphan proves little (names, terms the lexicon lacks),
///   so it is reported only with document-level evidence that a filter ate its partner: a
///   very bound character is orphaned nearly everywhere it occurs, in five or more contexts,
///   and one of its usual partners never occurs in the body (学 left from every 学习). (An
///   absent partner explaining orphans of several characters, 党 → 员, 史, 性, was tried:
///   on technical text 民 "explains" 族, 主, 公, so it is not used.)
/// - **term gaps**: with terms the source is known to delete, each place where inserting one
///   makes the text more word-like (`Segmenter` score gain above the insertion's cost).
///   Terms that occur in the body are not deleted by this source and are not tried. The
///   gain adds how much more usual the word pairs around the insertion become (`ContextModel`:
///   数据 和 is a common sequence, 据 和 is not) and a bonus where the same term clearly
///   completes the same word elsewhere in the document (see `termGaps`).
struct LexicalGapScan {
    struct Orphan {
        var scalar: Unicode.Scalar
        var bytes: Range<Int>
        /// The orphan with one neighbour on each side, to count distinct contexts.
        var context: String
        /// The byte offsets just before and after the orphan.
        var before: Int, after: Int
        /// Neighbour spans for the report (the orphan and the scalar across each gap).
        var spanBefore: Range<Int>, spanAfter: Range<Int>
    }

    /// A gap an orphan or a term insertion reveals.
    struct Gap {
        var insertion: Int
        var span: Range<Int>
        var orphan: String?
        /// Ranked restorations with their score gains.
        var ranked: [(term: String, gain: Double)]
        /// For orphans without terms: the words the candidates complete.
        var words: [String]
        /// For term gaps: the completion keys of each ranked term, in the order of the scan.
        var completions: [(left: UInt64, right: UInt64)] = []
        /// For term gaps: the insertion point just before (-1 at a run's start).
        var previous = -1
        /// For term gaps: the completion keys of each ranked term of two characters or more on
        /// the sides where it joins a character the segmenter leaves alone (0 elsewhere).
        var patterns: [(left: UInt64, right: UInt64)] = []
        /// For term gaps: the two characters on either side of the insertion (hashed), to count
        /// distinct places.
        var neighbours: UInt64 = 0
    }

    static let orphanShare = 0.07
    /// A pervasive orphan: standalone share at most this, orphaned at least `pervasiveCount`
    /// times in as many contexts, in `pervasiveTenths`/10 of its occurrences, with an absent
    /// partner among its `pervasivePartners` most frequent ones (the words the finding names).
    /// (Measured: 0.07 / 4 / 7 / 5 found nothing more on the benchmark and let 0.74 findings
    /// per 20,000 characters through on clean text. Partners: with three, 代 orphaned 17
    /// times in a software manual that lost 代码 went unreported, as 代表, 年代, 时代 occur
    /// there; with eight, the words a finding names, it is reported (古代 is absent), and
    /// nothing else changed on 612 files of fixtures, corpora, clean pages and damaged
    /// benchmark documents.)
    static let pervasiveShare = 0.05
    static let pervasiveCount = 5
    static let pervasiveTenths = 6
    static let pervasivePartners = 8
    /// Characters counted in the first pass: the pervasive ones, those `inferredTerms` weighs
    /// (its orphan sites) and those a screening trial takes for orphans (`screenShare`).
    static let siteShare = max(pervasiveShare, inferenceShare, screenShare)
    static let insertionCost = 1.0
    /// How much worse than break-even an orphan repair may score (measured with
    /// Scripts/stripped-benchmark.py: 2.0 raised recall on cut words by 0.04 but cost 0.19 of
    /// precision; 1.0, break-even, is the balance).
    static let repairAllowance = 1.0
    /// The least score gain that reports a term gap: a repair that barely breaks even is no
    /// evidence. Measured on the benchmark (zh, with terms): 0 gave precision 0.895 and
    /// recall* 0.64; 0.5 gave 0.937 and 0.55; repairing only characters that rarely stand
    /// alone gave 0.99 and 0.39.
    /// With the repair credit below, -0.25 gave precision 0.94, 0.94, 0.92 on seeds 1-3 with
    /// recall* 0.55, 0.57, 0.60 (0.25 with a flat allowance: 0.90, 0.89, 0.83 and 0.57, 0.59,
    /// 0.60; -0.5: 0.93, 0.92, 0.89).
    static let minimumGain = -0.25
    /// Standalone share up to which an orphan earns the repair allowance.
    static let boundShare = 0.05
    /// Penalty for repairing an orphan at the edge of its run.
    static let edgePenalty = 1.0
    /// Penalty for "repairing" a unit after a number.
    static let unitPenalty = 3.0
    static let window = 6

    /// The lexicon (a table read in place, see `Lexicon`).
    var lexicon: Lexicon { Lexicon.shared }
    /// The segmenter with the terms as extra words, built on first use.
    var segmenter: Segmenter { models.segmenter }
    private let models: Models

    /// Holds the segmenter so that it is built only when a Han run needs it.
    private final class Models {
        let terms: [String]
        init(terms: [String]) { self.terms = terms }
        lazy var segmenter: Segmenter = {
            var segmenter = Segmenter()
            segmenter.addWords(terms)
            return segmenter
        }()
    }
    let terms: [String]
    /// Each term's characters.
    let termScalars: [[Unicode.Scalar]]
    /// Occurrences of each character in the body's sentences: an array for the common Han
    /// block, a dictionary for the rest.
    private(set) var commonCounts = [Int32](repeating: 0, count: 0x5200)
    private var otherCounts: [Unicode.Scalar: Int] = [:]

    /// How often a character occurs in the body's sentences.
    func occurrences(_ scalar: Unicode.Scalar) -> Int {
        let value = Int(scalar.value)
        if value >= 0x4E00 && value < 0x4E00 + 0x5200 { return Int(commonCounts[value - 0x4E00]) }
        return otherCounts[scalar] ?? 0
    }
    var orphans: [Orphan] = []
    /// Candidate term gaps before the document-level bonus (see `termGaps`).
    private var pendingGaps: [Gap] = []
    /// Clear completions by term and neighbour (`completionKey`): places where they occur.
    private var confirmed: [UInt64: Int] = [:]
    /// Han characters in the body's sentences.
    private(set) var hanCount = 0
    /// Whether the first pass counts orphan sites for `inferredTerms` (also with terms).
    var countsSites = true
    static let orphanLimit = 100_000

    init(terms: [String]) {
        self.terms = terms.filter { !$0.isEmpty && $0.unicodeScalars.allSatisfy(LineScalars.isHan) }
        termScalars = self.terms.map { Array($0.unicodeScalars) }
        models = Models(terms: self.terms)
    }

    /// Looks at the Han runs of one line (`prose`: counts its characters as present).
    mutating func observe(_ line: LineScalars, prose: Bool) {
        var start = 0
        while let run = line.scalars.withUnsafeBufferPointer({ Self.hanRun($0, from: start) }) {
            if prose { countRun(line.scalars, run) }
            observeRun(line, run)
            start = run.upperBound
        }
    }

    /// The first run of Han characters from `start`, if any (read from the buffer: the scalars
    /// that are not Han, most of a line, cost a comparison each).
    @inline(__always)
    private static func hanRun(_ text: UnsafeBufferPointer<Unicode.Scalar>, from start: Int) -> Range<Int>? {
        var start = start
        // Below U+3400 (ASCII, marks, kana) nothing is Han: one comparison for most scalars.
        while start < text.count && (text[start].value < 0x3400 || !LineScalars.isHan(text[start])) { start += 1 }
        guard start < text.count else { return nil }
        var end = start + 1
        while end < text.count && LineScalars.isHan(text[end]) { end += 1 }
        return start..<end
    }

    /// Counts each character of a run: the common block through the buffer (no
    /// uniqueness check per character), the rest one by one.
    private mutating func countRun(_ text: [Unicode.Scalar], _ run: Range<Int>) {
        hanCount += run.count
        var others = false
        commonCounts.withUnsafeMutableBufferPointer { counts in
            for scalar in text[run] {
                let value = Int(scalar.value)
                if value >= 0x4E00 && value < 0x4E00 + 0x5200 { counts[value - 0x4E00] += 1 } else { others = true }
            }
        }
        guard others else { return }
        for scalar in text[run] where !(scalar.value >= 0x4E00 && scalar.value < 0x4E00 + 0x5200) { otherCounts[scalar, default: 0] += 1 }
    }

    /// Characters worth segmenting for in a second pass (nil: segment everything).
    var candidates: Set<Unicode.Scalar>? {
        didSet { candidateBits = candidates.map(Self.bits) }
    }
    /// `candidates` below U+10000 as a bitmap (a hash per scalar of every run cost more than
    /// the rest of the pass).
    private var candidateBits: [UInt64]?

    private static func bits(_ scalars: Set<Unicode.Scalar>) -> [UInt64] {
        var bits = [UInt64](repeating: 0, count: 0x10000 / 64)
        for scalar in scalars where scalar.value < 0x10000 { bits[Int(scalar.value) >> 6] |= 1 << UInt64(scalar.value & 63) }
        return bits
    }

    /// Whether a run holds one of `candidates`.
    private func holdsCandidate(_ run: ArraySlice<Unicode.Scalar>, _ candidates: Set<Unicode.Scalar>, _ bits: [UInt64]) -> Bool {
        run.contains { $0.value < 0x10000 ? bits[Int($0.value) >> 6] & (1 << UInt64($0.value & 63)) != 0 : candidates.contains($0) }
    }
    /// Most runs segmented (a trial of inferred terms looks at a bounded sample).
    var runBudget = Int.max
    /// When kept (a trial of inferred terms, updated run by run: InferenceTrial.swift), each
    /// segmented run's first byte and the number of pending term gaps after it.
    var segmentedRuns: [(start: Int, pending: Int)]?
    /// Without terms, a first pass only counts, for each bound character, how often it
    /// occurs and how often it has no dictionary partner next to it: segmenting every run
    /// is the costliest step, and only characters almost always alone can be pervasive.
    /// Indexed by scalar - 0x4E00 (bound characters outside that block are not counted);
    /// allocated on the first Han run.
    private(set) var boundTotal: [Int32] = []
    private(set) var boundAlone: [Int32] = []

    /// Whether the first pass only counts (no terms, no second pass yet).
    var countsOnly: Bool { terms.isEmpty && candidates == nil }

    /// Characters the first pass found nearly always alone: the second pass segments the runs
    /// that hold them. Empty when there is nothing to look for.
    mutating func beginSecondPass() -> Bool {
        var found = Set<Unicode.Scalar>()
        for (index, alone) in boundAlone.enumerated() where alone >= Self.pervasiveCount && Int(alone) * 10 >= Int(boundTotal[index]) * Self.pervasiveTenths {
            let scalar = Unicode.Scalar(UInt32(0x4E00 + index))!
            if (lexicon.standaloneShare(scalar) ?? 1) <= Self.pervasiveShare { found.insert(scalar) }
        }
        candidates = found
        return !found.isEmpty
    }

    @inline(__always)
    /// Whether two characters make a word of frequency class `least` or more: by default one
    /// that is not a rarity (jieba lists leftovers of its own segmentation, like 务器, a few
    /// times). Hot loops ask `CharacterPairs` first: a pair no word holds needs no look-up.
    func isWord(_ first: Unicode.Scalar, _ second: Unicode.Scalar, least: UInt8 = Self.pairClass) -> Bool {
        Self.isWord(lexicon, first, second, least: least)
    }
    static let pairClass: UInt8 = 8

    /// `isWord(_:_:least:)` with the lexicon at hand (a loop looks it up once).
    @inline(__always)
    static func isWord(_ lexicon: Lexicon, _ first: Unicode.Scalar, _ second: Unicode.Scalar, least: UInt8 = Self.pairClass) -> Bool {
        (lexicon.entry(hash: Lexicon.extend(Lexicon.extend(Lexicon.seed, first.value), second.value))?.frequencyClass ?? 0) >= least
    }

    private mutating func countBound(_ text: [Unicode.Scalar], _ run: Range<Int>) {
        if boundTotal.isEmpty {
            boundTotal = [Int32](repeating: 0, count: 0x5200)
            boundAlone = boundTotal
        }
        // A pair no word holds (`CharacterPairs`) is no word: most lookups are skipped.
        let pairs = CharacterPairs.shared, lexicon = self.lexicon
        // The counts are written through their buffers (no uniqueness check per character).
        boundTotal.withUnsafeMutableBufferPointer { total in
            boundAlone.withUnsafeMutableBufferPointer { alone in
                // The pair a counted character makes with the next one, once looked up: when the
                // next is counted too, the same pair is the one before it (one lookup, not two).
                var pairedToNext: (index: Int, paired: Bool) = (-1, false)
                for index in run {
                    let scalar = text[index]
                    let slot = Int(scalar.value) - 0x4E00
                    guard slot >= 0, slot < 0x5200, (lexicon.standaloneShare(scalar) ?? 1) <= Self.siteShare else { continue }
                    total[slot] += 1
                    let pairedBefore = index > run.lowerBound && (pairedToNext.index == index - 1 ? pairedToNext.paired
                        : pairs.mayHold(text[index - 1], scalar) && Self.isWord(lexicon, text[index - 1], scalar))
                    if pairedBefore { continue }
                    let pairedAfter = index + 1 < run.upperBound && pairs.mayHold(scalar, text[index + 1]) && Self.isWord(lexicon, scalar, text[index + 1])
                    pairedToNext = (index, pairedAfter)
                    if !pairedAfter { alone[slot] += 1 }
                }
            }
        }
    }

    private mutating func observeRun(_ line: LineScalars, _ run: Range<Int>) {
        let text = line.scalars
        if countsOnly { countBound(text, run); return }
        if countsSites { countBound(text, run) }
        if let candidates, let candidateBits, !holdsCandidate(text[run], candidates, candidateBits) { return }
        guard runBudget > 0 else { return }
        runBudget -= 1
        defer { segmentedRuns?.append((line.offsets[run.lowerBound], pendingGaps.count)) }
        // A screening trial does not segment (see AbsentCharacterScreen.swift).
        if repairsOnly { scanTerms(line, run, screenSingles(text, run)); return }
        var position = run.lowerBound
        var single = [Bool](repeating: false, count: run.count)
        for length in segmenter.tokens(text[run]) {
            defer { position += length }
            if length == 1 { single[position - run.lowerBound] = true }
            guard length == 1, orphans.count < Self.orphanLimit,
                  let share = lexicon.standaloneShare(text[position]), share < Self.orphanShare else { continue }
            let context = line.text(max(run.lowerBound, position - 1)..<min(run.upperBound, position + 2))
            orphans.append(Orphan(scalar: text[position], bytes: line.bytes(position..<position + 1), context: context,
                                  before: line.offsets[position], after: line.offsets[position + 1],
                                  spanBefore: line.gapSpan(position).lowerBound..<line.offsets[position + 1],
                                  spanAfter: line.offsets[position]..<line.gapSpan(position + 1).upperBound))
        }
        if !terms.isEmpty { scanTerms(line, run, single) }
    }

    // MARK: Terms

    /// `single`: which characters of the run the segmenter leaves alone. An insertion that
    /// joins one of them into a word repairs an orphan and needs no more than to break even;
    /// one that only re-segments words must pay the insertion's cost.
    private mutating func scanTerms(_ line: LineScalars, _ run: Range<Int>, _ single: [Bool]) {
        let text = line.scalars
        let pairs = CharacterPairs.shared
        let floor = Self.minimumGain - (flatRepairCredit ? 0 : Self.burstBonus)
        for position in run.lowerBound...run.upperBound {
            // A screening trial tries terms only beside a lone character.
            let lone = repairsOnly ? Self.loneSides(run, position, single) : (left: true, right: true)
            if repairsOnly && !lone.left && !lone.right { continue }
            var ranked: [(term: String, gain: Double)] = []
            var completions: [(left: UInt64, right: UInt64)] = []
            var patterns: [(left: UInt64, right: UInt64)] = []
            var window: (unigram: Double, context: Double)?
            for (index, term) in terms.enumerated() {
                if repairsOnly && !screens(index, text, position, lone) { continue }
                // A word with the left neighbour holds (neighbour, first); one with the right
                // neighbour holds (last, neighbour): without either pair there is none.
                let scalars = termScalars[index]
                let leftPair = position > run.lowerBound && lone.left && pairs.mayHold(text[position - 1], scalars[0])
                let rightPair = position < run.upperBound && lone.right && pairs.mayHold(scalars[scalars.count - 1], text[position])
                guard leftPair || rightPair,
                      let joined = formsWord(scalars, text, run, position, left: leftPair, right: rightPair) else { continue }
                let gains = gains(termScalars[index], text, run, position, window: &window)
                let gain = combined(gains.unigram + repairCredit(joined, text, run, position, single), context: gains.context)
                // The word the insertion completes, by term and neighbour on each side.
                let completion = (left: joined.left ? Self.completionKey(index, text[position - 1], right: false) : 0,
                                  right: joined.right ? Self.completionKey(index, text[position], right: true) : 0)
                if gain >= Self.burstConfirm {
                    for key in [completion.left, completion.right] where key != 0 { confirmed[key, default: 0] += 1 }
                }
                ranked.append((term, gain))
                completions.append(completion)
                // A pattern (see `patternLevel`): a term joining a character left alone; one that
                // completes a long word counts down to a lower level (`longWordLength`).
                let long = scalars.count >= 2 && scalars.count + joined.reach >= Self.longWordLength
                let level = scalars.count >= 2 ? (long ? Self.longWordPatternLevel : Self.patternLevel) : Self.singlePatternLevel
                let longer = !flatRepairCredit && gain >= level
                let mark = long ? Self.longWordMark : 0
                patterns.append((left: longer && joined.left && single[position - 1 - run.lowerBound] ? completion.left | mark : 0,
                                 right: longer && joined.right && single[position - run.lowerBound] ? completion.right | mark : 0))
            }
            // A pattern's place is kept down to its level.
            let kept = ranked.contains { $0.gain > floor } || patterns.contains { $0.left != 0 || $0.right != 0 }
            guard kept else { continue }
            pendingGaps.append(Gap(insertion: line.offsets[position], span: line.gapSpan(position), orphan: nil, ranked: ranked,
                                   words: [], completions: completions,
                                   previous: position > run.lowerBound ? line.offsets[position - 1] : -1, patterns: patterns,
                                   neighbours: Self.neighbours(text, position)))
        }
    }

    /// The two characters on either side of an insertion point, hashed: places that share the
    /// characters next to the gap but not the next ones out (`的|录是`, `的|录存`) are distinct.
    static func neighbours(_ text: [Unicode.Scalar], _ position: Int) -> UInt64 {
        func at(_ index: Int) -> UInt64 { index >= 0 && index < text.count ? UInt64(text[index].value) : 0 }
        return (at(position - 1) << 32 | at(position)) ^ ((at(position - 2) << 21 | at(position + 1)) &* 0x9E37_79B9_7F4A_7C15)
    }

    /// Gaps where inserting a term makes the text more word-like, best first at each.
    ///
    /// A deleted word recurs (a document that lost 数 from 数据 lost it in many places): where
    /// an insertion completes a word that other insertions of the same term complete clearly
    /// (gain `burstConfirm` or more, at `burstSites` places or more), it earns `burstBonus`,
    /// which never makes it clear itself (not in a trial of inferred terms, which judges each
    /// place on its own).
    var termGaps: [Gap] {
        var result: [Gap] = []
        let patterns = flatRepairCredit ? [] : patternKeys
        for var gap in pendingGaps {
            if !flatRepairCredit {
                // A single character's pattern only flags a place no term explains already (it
                // would outrank the longer term that was there: 当 before 重新编译 is not 当时).
                let explained = gap.ranked.contains { $0.gain > Self.minimumGain }
                for (index, entry) in gap.ranked.enumerated() where entry.gain < Self.burstConfirm {
                    let keys = gap.patterns[index]
                    if explained && entry.term.unicodeScalars.count == 1 { continue }
                    // A side shows the pattern when its key is one; a long word's mark raises the bonus.
                    func shows(_ key: UInt64) -> Bool { key != 0 && patterns.contains(key & ~Self.longWordMark) }
                    let left = shows(keys.left), right = shows(keys.right)
                    if left || right {
                        let long = (left && keys.left & Self.longWordMark != 0) || (right && keys.right & Self.longWordMark != 0)
                        gap.ranked[index].gain = min(entry.gain + (long ? Self.longWordPatternBonus : Self.patternBonus), Self.burstConfirm)
                    }
                }
                for (index, entry) in gap.ranked.enumerated() where entry.gain < Self.burstConfirm {
                    let keys = gap.completions[index]
                    if (confirmed[keys.left] ?? 0) >= Self.burstSites || (confirmed[keys.right] ?? 0) >= Self.burstSites {
                        gap.ranked[index].gain = min(entry.gain + Self.burstBonus, Self.burstConfirm)
                    }
                }
            }
            gap.ranked.sort { $0.gain > $1.gain }
            guard gap.ranked[0].gain > Self.minimumGain else { continue }
            // Neighbouring positions compete for the same orphan: keep the better one.
            if let last = result.last, last.insertion == gap.previous {
                if gap.ranked[0].gain > last.ranked[0].gain { result[result.count - 1] = gap }
                continue
            }
            result.append(gap)
        }
        return result
    }

    /// Measured with Scripts/stripped-benchmark.py (zh, with terms, seeds 1-3): recall* 0.60,
    /// 0.59, 0.62 without the bonus, 0.65, 0.61, 0.63 with it, precision 0.94, 0.93, 0.91 and
    /// 0.93, 0.91, 0.90 (a bonus of 2 or 3 dropped precision below 0.9; one clear place was
    /// not enough evidence).
    static let burstConfirm = 2.0
    static let burstSites = 2
    static let burstBonus = 1.0

    /// A filter deletes a term everywhere, so a term of two characters or more that would join
    /// the same character the segmenter leaves alone into a word (same `completionKey`) in
    /// `patternPlaces` distinct places (different characters around the insertion), each
    /// scoring `patternLevel` or more, shows a pattern even where no place is clear: the lexicon
    /// rates 软件包 below 包 alone (-3.5), but a Debian FAQ without 软件 leaves 包 alone after
    /// twenty different characters; 二 before 格式, 的, 包 is 二进制 cut. Places are told apart by
    /// two characters on either side (`neighbours`): 子目 before 录 in 的|录是, 的|录存, 的|录树
    /// and 某|录， is 子目录 cut four times. Those places earn
    /// `patternBonus` (never above `burstConfirm`: the pattern flags, it does not make a fix
    /// safe). A single character's pattern is stricter (`singlePatternLevel`), and a word
    /// that is whole already (系统 → 操作系统) is no pattern.
    /// Measured with Scripts/stripped-benchmark.py (zh, with terms, seeds 1-5), precision /
    /// recall*: 0.950/0.690 0.938/0.627 0.911/0.637 0.943/0.643 0.960/0.651 without it,
    /// 0.950/0.690 0.931/0.736 0.912/0.652 0.943/0.643 0.950/0.663 with it; counting words that
    /// are whole already, at -4 in 8 places: 0.932/0.714 on seed 2, the others unchanged (at -4.5
    /// seed 3 fell to 0.887); 4 places cost seed 4 precision (0.919), and -5.5 with a
    /// matching bonus put a longer term above the deleted character (seed 1 restored 0.936).
    /// Telling places apart by two characters on either side, in 4 places (5 with one
    /// character on either side), seeds 1-3: 0.946/0.711 0.925/0.752 0.922/0.689.
    static let patternLevel = -5.0
    static let patternPlaces = 4
    static let patternBonus = 5.0
    /// A single character completes ordinary words too (时 → 时代, 由 → 由于, 包 → 包机: fit
    /// for the lexicon within -2 in many places), so its pattern needs places that nearly
    /// break even, and more of them: 主 alone before 号全, 名称, 本身 and 上 is 主机 cut (-0.6
    /// to -1.1). Measured with Scripts/stripped-benchmark.py (zh, with terms, seeds 1-5),
    /// precision / recall*: at -1 in 4 places 0.946/0.703 0.923/0.740 0.918/0.652 0.946/0.682
    /// 0.951/0.686 (before: 0.955/0.690 0.931/0.736 0.932/0.652 0.943/0.643 0.950/0.663); at
    /// -1.5 in 3 places seed 3 fell to 0.864, at -2 in 3 places to 0.815. Telling places
    /// apart by two characters on either side (`neighbours`), 3 places (seeds 1-3, with the
    /// longer terms' 4): 0.948/0.732 0.925/0.756 0.925/0.689 (4 places: 0.946/0.711
    /// 0.925/0.752 0.925/0.689).
    static let singlePatternLevel = -1.0
    static let singlePatternPlaces = 3

    /// A term completing a word of `longWordLength` characters or more (环境变 → 环境变量, 子目
    /// → 子目录树) is rarely a chance fit, but the unigram model prices the long word as rare
    /// (环境变 before 量: -6.9 where 分 scores -1.5): its pattern counts places down to
    /// `longWordPatternLevel` (`longWordMark` in a place's key says so), and lifts them by as
    /// much. Measured with Scripts/stripped-benchmark.py (zh, with terms), precision / recall*:
    /// seeds 1-3 0.948/0.732 0.925/0.756 0.927/0.707 (before: seed 3 0.925/0.689, seeds 1-2
    /// unchanged); a word of three characters or more at -7 cost seeds 1-2 precision (about
    /// 0.81 and 0.85, simulated); counting the long words' places apart from the term's
    /// shorter completions lost seed 2 two places.
    static let longWordLength = 4
    static let longWordPatternLevel = -7.0
    static let longWordPatternBonus = 7.0

    /// Completion keys of terms that show a pattern (see `patternLevel`, `singlePatternLevel`).
    private var patternKeys: Set<UInt64> {
        var places: [UInt64: Set<UInt64>] = [:]
        for gap in pendingGaps {
            for keys in gap.patterns {
                for key in [keys.left, keys.right] where key != 0 { places[key & ~Self.longWordMark, default: []].insert(gap.neighbours) }
            }
        }
        return Set(places.filter { $0.value.count >= (termScalars[Self.completionTerm($0.key)].count >= 2 ? Self.patternPlaces : Self.singlePatternPlaces) }.keys)
    }

    /// A term, the side it joins and the neighbour it joins: the term from bit 33, the side in
    /// bit 32, the neighbour's scalar value (21 bits) below.
    private static func completionKey(_ term: Int, _ neighbour: Unicode.Scalar, right: Bool) -> UInt64 {
        UInt64(term) << 33 | (right ? 1 << 32 : 0) | UInt64(neighbour.value)
    }

    /// A bit a `completionKey` leaves free, set in a place's pattern key when the term
    /// completes a long word there (`longWordLength`).
    static let longWordMark: UInt64 = 1 << 31

    /// The term of a `completionKey`.
    private static func completionTerm(_ key: UInt64) -> Int { Int(key >> 33) }

    /// What joining an orphan into a word earns an insertion: `repairAllowance` for a bound
    /// character (standalone share at most `boundShare`: 档 cut from 文档) or a word of three
    /// characters or more; nothing for one that often stands alone (当, 位, 如 joined into
    /// 当时, 位于, 如何: such orphans are ordinary text); and a
    /// penalty when the orphan stands at the edge of its run beside a Latin word or a number
    /// (`Debian 行`), where single characters are ordinary too; a unit after a number (`64 位`,
    /// `3 节`) earns nothing.
    private func repairCredit(_ joined: (left: Bool, right: Bool, reach: Int), _ text: [Unicode.Scalar], _ run: Range<Int>, _ position: Int, _ single: [Bool]) -> Double {
        var orphan: Int?
        if joined.left && position > run.lowerBound && single[position - 1 - run.lowerBound] {
            orphan = position - 1
        } else if joined.right && position < run.upperBound && single[position - run.lowerBound] {
            orphan = position
        }
        guard let orphan else { return 0 }
        if flatRepairCredit { return Self.repairAllowance }
        if orphan == run.lowerBound && Self.followsNumber(text, orphan) { return -Self.unitPenalty }
        let edge = (orphan == run.lowerBound && Self.besideWord(text, orphan - 1, step: -1))
            || (orphan == run.upperBound - 1 && Self.besideWord(text, orphan + 1, step: 1))
        // A word that takes in two neighbours or more (党风廉政) is evidence enough.
        let bound = joined.reach >= 2 || (lexicon.standaloneShare(text[orphan]) ?? 1) <= Self.boundShare
        return (bound ? Self.repairAllowance : 0) - (edge ? Self.edgePenalty : 0)
    }

    /// Whether a number (then perhaps a space) comes just before `index`: a character there is
    /// a unit or a measure word (`64 位`, `3 节`), standing alone by right.
    static func followsNumber(_ text: [Unicode.Scalar], _ index: Int) -> Bool {
        var before = index - 1
        if before >= 0 && isSpace(text[before]) { before -= 1 }
        return before >= 0 && text[before].properties.numericType != nil
    }

    /// Whether a letter or digit (perhaps after a space) stands at `index`, outside the run.
    static func besideWord(_ text: [Unicode.Scalar], _ index: Int, step: Int) -> Bool {
        var index = index
        if index >= 0 && index < text.count && isSpace(text[index]) { index += step }
        guard index >= 0 && index < text.count else { return false }
        return text[index].properties.isAlphabetic || text[index].properties.numericType != nil
    }

    /// A space or a no-break space (DocBook output writes `第\u{00A0}1.4\u{00A0}节`).
    static func isSpace(_ scalar: Unicode.Scalar) -> Bool {
        scalar == " " || scalar == "\u{00A0}" || scalar == "\u{202F}"
    }

    /// Whether every orphan repair earns the allowance (a trial of inferred terms counts the
    /// places a candidate repairs, ordinary-looking orphans included: 读 → `者`, 行 → `进`).
    var flatRepairCredit = false
    /// Whether terms are tried only beside a character left alone, without segmenting (a
    /// cheap screening trial of many candidates: AbsentCharacterScreen.swift).
    var repairsOnly = false

    /// Whether the term with up to three neighbours on either side is a word, on which sides
    /// it takes neighbours in, and the most neighbours one such word takes (nil: no word).
    /// `left`, `right`: whether a word may take the neighbour on that side at all (see
    /// `CharacterPairs`); the lookups that could only fail are skipped.
    private func formsWord(_ term: [Unicode.Scalar], _ text: [Unicode.Scalar], _ run: Range<Int>, _ position: Int,
                           left takesLeft: Bool, right takesRight: Bool) -> (left: Bool, right: Bool, reach: Int)? {
        var found: (left: Bool, right: Bool, reach: Int)?
        for left in 0...(takesLeft ? 3 : 0) where position - left >= run.lowerBound && (left > 0 || takesRight) {
            var hash = Lexicon.seed
            for scalar in text[(position - left)..<position] { hash = Lexicon.extend(hash, scalar.value) }
            for scalar in term { hash = Lexicon.extend(hash, scalar.value) }
            var entry = lexicon.entry(hash: hash)
            if left > 0, entry?.isWord == true { found = (true, found?.right ?? false, max(found?.reach ?? 0, left)) }
            guard takesRight else { continue }
            var right = position
            while let current = entry, current.isPrefix, right < run.upperBound, right < position + 3 {
                hash = Lexicon.extend(hash, text[right].value)
                right += 1
                entry = lexicon.entry(hash: hash)
                if entry?.isWord == true { found = ((found?.left ?? false) || left > 0, true, max(found?.reach ?? 0, left + right - position)) }
            }
        }
        return found
    }

    /// Score gain of inserting a term, minus the insertion's cost, over a window of the run.
    func gain(_ term: String, _ text: [Unicode.Scalar], _ run: Range<Int>, _ position: Int) -> Double {
        let lower = max(run.lowerBound, position - Self.window), upper = min(run.upperBound, position + Self.window)
        let old = Array(text[lower..<upper])
        let new = Array(text[lower..<position]) + Array(term.unicodeScalars) + Array(text[position..<upper])
        return segmenter.score(new) - segmenter.score(old) - Self.insertionCost
    }

    /// Weight of the context model's gain (`ContextModel`) beside the unigram gain (measured
    /// with Scripts/stripped-benchmark.py, zh, seeds 1-3, with terms: recall* 0.55, 0.57, 0.60
    /// without it, 0.60, 0.59, 0.62 with 1 and 0.5, precision 0.94, 0.93, 0.91; weight 2
    /// dropped precision to 0.75; a threshold of -0.5 gained 0.01-0.04 of recall for 0.02 of
    /// precision).
    static let contextWeight = 1.0
    /// Weight of a context loss: the model misses many technical word pairs (数据 加密), so a
    /// pair it does not know weighs less than one it knows.
    static let contextPenaltyWeight = 0.5

    /// A lexical gain with the context gain weighed in. The context decides what is flagged,
    /// not what is safe: a gain below `StrippedScan.safeGain` stays below it, one above it is
    /// left as it is (except in a trial of inferred terms, whose clear repairs the context may
    /// make: it weighs which character a filter deleted).
    func combined(_ lexical: Double, context: Double) -> Double {
        let total = lexical + (context > 0 ? Self.contextWeight : Self.contextPenaltyWeight) * context
        if flatRepairCredit { return total }
        return lexical >= StrippedScan.safeGain ? lexical : min(total, StrippedScan.safeGain.nextDown)
    }

    /// `gain` and the gain in word-pair association (`ContextModel`) of the same insertion,
    /// both over the best unigram segmentations of the window. `window`: the scores of the
    /// window without the insertion, computed on the first call at a position.
    func gains(_ term: [Unicode.Scalar], _ text: [Unicode.Scalar], _ run: Range<Int>, _ position: Int,
               window: inout (unigram: Double, context: Double)?) -> (unigram: Double, context: Double) {
        let lower = max(run.lowerBound, position - Self.window), upper = min(run.upperBound, position + Self.window)
        let model: ContextModel? = ContextModel.shared
        if window == nil {
            let old = text[lower..<upper]
            let before = segmenter.segmentation(old)
            window = (before.score, model?.score(old, before.lengths) ?? 0)
        }
        var new: [Unicode.Scalar] = []
        new.reserveCapacity(upper - lower + term.count)
        new += text[lower..<position]
        new += term
        new += text[position..<upper]
        let after = segmenter.segmentation(new)
        return (after.score - window!.unigram - Self.insertionCost, (model?.score(new, after.lengths) ?? 0) - window!.context)
    }

    // MARK: Orphans

    /// The orphans with document-level evidence, as gaps with candidate partners.
    /// `corroborated`: the document shows other traces of a filter (a collision, an empty
    /// slot); without them a pervasive orphan is a word the lexicon does not know standing
    /// alone (域 for a mail domain), not a cut. A deleted character inferred (`inferred`)
    /// corroborates only the orphans it would complete: 机 inferred says nothing of 域.
    func orphanGaps(corroborated: Bool, inferred: [String] = []) -> [Gap] {
        guard corroborated || !inferred.isEmpty else { return [] }
        struct Candidate { var partner: Unicode.Scalar; var left: Bool; var word: String; var frequency: Double }
        func candidates(_ scalar: Unicode.Scalar) -> [Candidate] {
            var list: [Candidate] = []
            for partner in lexicon.leftPartners[scalar.value]?.prefix(Self.pervasivePartners) ?? [] {
                let word = String(String.UnicodeScalarView([partner, scalar]))
                list.append(Candidate(partner: partner, left: true, word: word, frequency: lexicon.entry(word)?.logFrequency ?? 0))
            }
            for partner in lexicon.rightPartners[scalar.value]?.prefix(Self.pervasivePartners) ?? [] {
                let word = String(String.UnicodeScalarView([scalar, partner]))
                list.append(Candidate(partner: partner, left: false, word: word, frequency: lexicon.entry(word)?.logFrequency ?? 0))
            }
            return Array(list.sorted { $0.frequency > $1.frequency }.prefix(Self.pervasivePartners))
        }
        var absentByScalar: [Unicode.Scalar: [Candidate]] = [:]
        var orphanCount: [Unicode.Scalar: Int] = [:]
        var contexts: [Unicode.Scalar: Set<String>] = [:]
        for orphan in orphans {
            orphanCount[orphan.scalar, default: 0] += 1
            contexts[orphan.scalar, default: []].insert(orphan.context)
            if absentByScalar[orphan.scalar] == nil {
                absentByScalar[orphan.scalar] = candidates(orphan.scalar).filter { occurrences($0.partner) == 0 }
            }
        }
        var gaps: [Gap] = []
        for orphan in orphans {
            guard let absent = absentByScalar[orphan.scalar], let first = absent.first else { continue }
            let count = orphanCount[orphan.scalar] ?? 0
            let present = max(occurrences(orphan.scalar), count)
            let pervasive = (lexicon.standaloneShare(orphan.scalar) ?? 1) <= Self.pervasiveShare && count >= Self.pervasiveCount
                && count * 10 >= present * Self.pervasiveTenths && (contexts[orphan.scalar]?.count ?? 0) >= Self.pervasiveCount
            guard pervasive else { continue }
            if !corroborated && !absent.contains(where: { inferred.contains(String($0.partner)) }) { continue }
            gaps.append(Gap(insertion: first.left ? orphan.before : orphan.after,
                            span: first.left ? orphan.spanBefore : orphan.spanAfter,
                            orphan: String(orphan.scalar), ranked: absent.map { (String($0.partner), 0) }, words: absent.map(\.word)))
        }
        return gaps
    }
}

// MARK: Updates

extension LexicalGapScan {
    /// The stored properties `addCounts` accounts for (IncrementalFixTests checks the list
    /// against the type, so a new one cannot be missed).
    static let countedProperties = ["models", "terms", "termScalars", "commonCounts", "otherCounts", "orphans", "pendingGaps", "confirmed",
                                    "hanCount", "countsSites", "candidates", "candidateBits", "runBudget", "segmentedRuns", "boundTotal",
                                    "boundAlone", "flatRepairCredit", "repairsOnly"]

    /// The term gaps before the document-level bonus, for the caller to splice.
    var pendingTermGaps: [Gap] {
        get { pendingGaps }
        set { pendingGaps = newValue }
    }

    /// Adds (`sign` 1) or takes away (-1) the counts of `other`, a scan with the same settings
    /// over other lines: `StrippedScan` updates its scan when `fix` edits a few lines. The
    /// orphans and pending term gaps are the caller's to splice.
    mutating func addCounts(of other: LexicalGapScan, sign: Int32) {
        for (key, count) in other.confirmed {
            let sum = confirmed[key, default: 0] + Int(sign) * count
            confirmed[key] = sum == 0 ? nil : sum
        }
        for index in other.commonCounts.indices where other.commonCounts[index] != 0 { commonCounts[index] += sign * other.commonCounts[index] }
        for (scalar, count) in other.otherCounts {
            let sum = otherCounts[scalar, default: 0] + Int(sign) * count
            otherCounts[scalar] = sum == 0 ? nil : sum
        }
        hanCount += Int(sign) * other.hanCount
        guard !other.boundTotal.isEmpty else { return }
        if boundTotal.isEmpty {
            boundTotal = [Int32](repeating: 0, count: 0x5200)
            boundAlone = boundTotal
        }
        for index in other.boundTotal.indices where other.boundTotal[index] != 0 {
            boundTotal[index] += sign * other.boundTotal[index]
            boundAlone[index] += sign * other.boundAlone[index]
        }
    }
}
