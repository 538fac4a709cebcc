import Foundation

/// Every gap a keyword filter left in the body, found once for all `stripped-term` rules,
/// each with its ranked restorations.
///
/// One pass over the body lines (not the summary echo) runs the line scans (empty slots,
/// collision frames, placeholders) and feeds the Han runs to `LexicalGapScan`. Restorations
/// come, in order of trust, from an intact copy in the document (`CopyAlignment`: safe),
/// from the strip lexicon (configured terms, profiles, and terms the copy shows this source
/// deletes), ranked by how much each insertion improves the text under the lexicon. Without
/// terms, the character a filter deleted may be learned from the document's orphans
/// (`FilterInference`) or from the common characters it lacks (`AbsentCharacterScreen`); a sentence the document repeats intact restores gaps found in its
/// damaged copy (`RepeatedCopies`).
public struct StrippedScan: SharedAnalysis {
    /// Which rule reports a gap.
    public enum Kind: String, Sendable { case emptySlot, latinGap, collision, orphan, missingTerm, placeholder, copy }

    /// A gap and what may fill it.
    public struct Gap: Sendable, Hashable {
        /// The kind of evidence.
        public var kind: Kind
        /// Byte range reported (the characters on both sides of the gap).
        public var span: Range<Int>
        /// Byte range a restoration replaces (empty: an insertion point); nil when unknown.
        public var edit: Range<Int>?
        /// The damaged text named in the message (`在的`, `员`, `X`, `〔〕`).
        public var label: String
        /// Ranked restorations.
        public var candidates: [String] = []
        /// Words the first restoration completes, for the message (`党员`).
        public var words: [String] = []
        /// How safe the first restoration is; nil when there is none to apply.
        public var applicability: Applicability?
        /// Whether the restoration comes from an intact copy in the document.
        public var fromCopy = false
        /// A placeholder that counts only if the document vouches for it (PlaceholderScan).
        var doubtful = false
        /// A clause that lost its first word (`。，`): a filter's trace, but no frame that
        /// vouches for orphans (a heading cut by pagination leaves one too).
        var open = false
    }

    /// The gaps in document order.
    public let gaps: [Gap]
    /// Terms an intact copy shows this source deletes.
    public let learnedTerms: [String]

    /// The gaps a rule reports.
    public func gaps(_ kind: Kind) -> [Gap] { gaps.filter { $0.kind == kind } }

    static let streamLimit = 20_000
    static let safeGain = 3.0
    static let safeMargin = 2.0
    /// Clear repairs an inferred deleted character must make (`clearRepairs`). (4 places at
    /// gain 1 found the character in 6 of 10 benchmark documents instead of 4, but also 城 from
    /// the seed's 市, which stands for the city there.)
    static let inferenceRepairs = 3
    /// Runs a trial of inferred terms segments at most (bounds the work on a long document).
    static let trialRuns = 300
    /// Runs a screening trial of absent common characters looks at, at most.
    static let screenRuns = 500

    /// What an update after `fix` edits a few lines starts from (nil when the scan cannot be
    /// updated: inferred terms; see StrippedScanUpdate.swift).
    let state: State?

    public init(document: Document, context: RuleContext) {
        if let round = context.earlierRound, let earlier = round.context.cached(StrippedScan.self),
           let updated = StrippedScan(updating: earlier, round, document, context) {
            self = updated
            return
        }
        let edge = context.shared(EdgeBoilerplate.self, document)
        let lines = Self.scannedLines(edge, document)
        let strip = StripLexicon(options: context.options)

        // Restorations from the echo, and the terms they show deleted.
        let (copies, learned) = Self.copies(edge.echoes, document, lines)
        let proseLines = lines.filter { Self.isProse(document, $0) }

        let activeTerms = Self.activeTerms(strip, learned, document, proseLines)
        let proseSet = Set(proseLines)
        let leading = EmptySlotScan.leadingGapLines(document, lines)
        var lexical = LexicalGapScan(terms: activeTerms)
        var found = Self.scan(document, lines, &lexical, strip, leading: leading, prose: proseSet)
        let firstPass = lexical
        // The orphans may show which character the filter deleted (not when placeholders show
        // a source that masks).
        let masks = Self.holdsPlaceholders(found)
        let guess = masks ? nil : lexical.inferredTerms()
        let trials = guess.map { Self.inferTerms($0, activeTerms, document, lines, proseSet) }
        let inferred = trials?.kept(document) ?? []
        if !inferred.isEmpty {
            lexical = LexicalGapScan(terms: activeTerms + inferred)
            lexical.countsSites = false
            found = Self.scan(document, lines, &lexical, strip, leading: leading, prose: proseSet)
        }
        if lexical.countsOnly && lexical.beginSecondPass() { Self.secondPass(document, lines, &lexical) }
        let lineGaps = found
        (gaps, learnedTerms) = (Self.finish(found, lexical, copies: copies, inferred: inferred, document, lines, proseLines), learned)
        state = inferred.isEmpty && lexical.orphans.count < LexicalGapScan.orphanLimit
            ? State(lines: lines, prose: proseSet, leading: leading, activeTerms: activeTerms, learned: learned, lineGaps: lineGaps,
                    firstPass: firstPass, final: lexical, guess: guess, trials: trials)
            : nil
    }

    /// The body lines scanned: not empty, and not a summary echo's.
    static func scannedLines(_ edge: EdgeBoilerplate, _ document: Document) -> [Int] {
        let echoLines = Set(edge.echoes.map(\.line))
        return edge.bodyLines.filter { !echoLines.contains($0) && !document.lineContent($0).isEmpty }
    }

    /// Terms to try: those that never occur in the body's sentences.
    static func activeTerms(_ strip: StripLexicon, _ learned: [String], _ document: Document, _ proseLines: some Collection<Int>) -> [String] {
        StripLexicon(terms: strip.terms + learned).terms.filter { term in
            !proseLines.contains { Self.contains(document, document.lineContent($0), Array(term.utf8)) }
        }
    }

    /// Restorations a summary echo offers for the body's first `streamLimit` characters (by
    /// insertion point), and the terms they show deleted, in order.
    static func copies(_ echoes: [EdgeBoilerplate.SummaryEcho], _ document: Document, _ lines: [Int])
        -> (copies: [Int: (text: String, span: Range<Int>)], learned: [String]) {
        guard !echoes.isEmpty else { return ([:], []) }
        var stream: [Unicode.Scalar] = [], streamOffsets: [Int] = []
        outer: for line in lines {
            var index = document.lineContent(line).lowerBound
            let end = document.lineContent(line).upperBound
            while index < end {
                let (scalar, length) = document.scalar(at: index)
                if !CharacterClass.isBlank(scalar) { stream.append(LineScalars.normalize(scalar)); streamOffsets.append(index) }
                index += length
                if stream.count >= Self.streamLimit { break outer }
            }
        }
        var copies: [Int: (text: String, span: Range<Int>)] = [:]
        for echo in echoes {
            for restoration in CopyAlignment.restorations(copy: echo.content, body: stream) where restoration.index > 0 {
                let at = streamOffsets[restoration.index]
                let span = streamOffsets[restoration.index - 1]..<(at + document.scalar(at: at).length)
                copies[at] = (restoration.text, span)
            }
        }
        var learned: [String] = []
        for (_, copy) in copies.sorted(by: { $0.key < $1.key }) where !learned.contains(copy.text) { learned.append(copy.text) }
        return (copies, learned)
    }

    /// The gaps each line's scans find in `lines` (in order), as `lexical` observes the lines'
    /// Han runs (its first pass).
    static func scan(_ document: Document, _ lines: some Sequence<Int>, _ lexical: inout LexicalGapScan, _ strip: StripLexicon,
                     leading: Set<Int>, prose: Set<Int>) -> [Gap] {
        var found: [Gap] = []
        var text = LineScalars()
        for line in lines where Self.mayHoldGap(document, document.lineContent(line)) {
            let leads = leading.contains(line)
            for piece in LineScalars.pieces(document, document.lineContent(line)) {
                text.load(document, piece)
                let first = piece.lowerBound == document.lineContent(line).lowerBound
                found += Self.lineGaps(text, strip, lexical, leadsParagraph: leads && first,
                                       justified: { EmptySlotScan.isJustified(document, line) },
                                       followsSentence: { first && Self.followsSentence(document, line) },
                                       standsAlone: { first && Self.standsAlone(document, line) })
                lexical.observe(text, prose: prose.contains(line))
            }
        }
        return found
    }

    /// The second pass of a scan without terms: the runs holding a character the first found
    /// nearly always alone.
    /// Only the runs holding one of `candidates` are segmented, so only the lines holding one
    /// are decoded; the bound counts are the first pass's alone (a second count is never read).
    static func secondPass(_ document: Document, _ lines: some Sequence<Int>, _ lexical: inout LexicalGapScan) {
        lexical.countsSites = false
        let wanted = ScalarSet(lexical.candidates ?? [])
        var text = LineScalars()
        for line in lines where wanted.meets(document, document.lineContent(line)) {
            for piece in LineScalars.pieces(document, document.lineContent(line)) {
                text.load(document, piece)
                lexical.observe(text, prose: false)
            }
        }
    }

    /// The gaps from the lines' scans and the lexical scan's term gaps and orphans, with
    /// restorations from copies attached.
    static func finish(_ lineGaps: [Gap], _ lexical: LexicalGapScan, copies: [Int: (text: String, span: Range<Int>)], inferred: [String],
                       _ document: Document, _ lines: [Int], _ proseLines: [Int]) -> [Gap] {
        var found = Self.acceptedPlaceholders(lineGaps)
        // Computed once: the pattern bonus walks every pending gap.
        let termGaps = lexical.termGaps
        for gap in termGaps {
            let ranked = gap.ranked.filter { $0.gain > LexicalGapScan.minimumGain }
            let clear = ranked[0].gain >= Self.safeGain && (ranked.count < 2 || ranked[0].gain - ranked[1].gain >= Self.safeMargin)
            let orphan = lexical.orphans.first { $0.before == gap.insertion || $0.after == gap.insertion }
            let words = orphan.map { [$0.before == gap.insertion ? ranked[0].term + String($0.scalar) : String($0.scalar) + ranked[0].term] } ?? []
            found.append(Gap(kind: orphan == nil ? .missingTerm : .orphan, span: gap.span, edit: gap.insertion..<gap.insertion,
                             label: orphan.map { String($0.scalar) } ?? document.string(gap.span), candidates: ranked.map(\.term),
                             words: words, applicability: clear ? .safe : .suggested))
        }
        let termPoints = Set(termGaps.map(\.insertion))
        let corroborated = !copies.isEmpty || found.contains { $0.kind == .collision || ($0.kind == .emptySlot && !$0.open) }
        for gap in lexical.orphanGaps(corroborated: corroborated, inferred: inferred) {
            // A term gap beside the same orphan already explains it.
            let orphan = lexical.orphans.first { $0.before == gap.insertion || $0.after == gap.insertion }
            if let orphan, termPoints.contains(orphan.before) || termPoints.contains(orphan.after) { continue }
            found.append(Gap(kind: .orphan, span: gap.span, edit: gap.insertion..<gap.insertion, label: gap.orphan ?? "",
                             candidates: gap.ranked.map(\.term), words: gap.words, applicability: nil))
        }
        found = Self.foldIntoPlaceholders(found)
        // A repeated sentence or the title restores only gaps another scan found.
        let points = Set(found.compactMap { $0.edit?.isEmpty == true ? $0.edit!.lowerBound : nil }).subtracting(copies.keys)
        let repeated = points.isEmpty ? [:] : RepeatedCopies.restorations(document, lines, prose: proseLines, at: points)
        return Self.merge(found, copies: copies.merging(repeated) { a, _ in a }, attachOnly: Set(repeated.keys), document: document)
    }

    /// The trials of the characters `LexicalGapScan.inferredTerms` proposes; those that clearly
    /// repair several places, as a deleted character does, are kept (`InferenceTrials.kept`).
    /// The orphans' candidates are judged on a trial over the runs that hold one of their
    /// partners, at most `trialRuns` of them; the screened characters (AbsentCharacterScreen.swift)
    /// on a cheaper trial over at most `screenRuns` runs that hold a lone character they make a
    /// word with. Each candidate is judged on its own (a margin over the configured terms, not
    /// over the other candidates, which are mostly absent by topic).
    static func inferTerms(_ guess: LexicalGapScan.Inference, _ activeTerms: [String],
                           _ document: Document, _ lines: [Int], _ prose: Set<Int>) -> InferenceTrials {
        let candidates = guess.terms.filter { !activeTerms.contains($0) }
        let absent = guess.absent.filter { !activeTerms.contains($0) && !candidates.contains($0) }
        var trials = InferenceTrials()
        if !candidates.isEmpty {
            trials.terms = InferenceTrial(candidates, rivals: activeTerms, partners: guess.partners, budget: trialRuns, repairsOnly: false,
                                          document, lines, prose)
        }
        if !absent.isEmpty {
            trials.absent = InferenceTrial(absent, rivals: activeTerms, weak: guess.weak, partners: guess.screenPartners, budget: screenRuns,
                                           repairsOnly: true, document, lines, prose)
        }
        return trials
    }

    /// The two trials of `inferTerms` (nil: no candidate of that kind), kept for an update.
    struct InferenceTrials {
        var terms: InferenceTrial?
        var absent: InferenceTrial?

        /// The candidates that clearly repair `inferenceRepairs` places or more.
        func kept(_ document: Document) -> [String] { (terms?.kept(document) ?? []) + (absent?.kept(document) ?? []) }
    }

    /// Places (distinct contexts) where `term` wins clearly over `rivals`, with a gain of
    /// `least` or more (a gain a deletion explains).
    ///
    /// A filter cuts every word that holds its character, so the repairs must complete more
    /// than one word: with a different neighbour on each side in two places at least (主 in a
    /// maths exam report completes only 主题, wherever 题 stands alone).
    static func clearRepairs(_ termGaps: [LexicalGapScan.Gap], _ term: String, rivals: Set<String>, _ document: Document,
                             least: Double) -> Int {
        var contexts = Set<String>()
        var lefts = Set<Unicode.Scalar>(), rights = Set<Unicode.Scalar>()
        for gap in termGaps {
            guard let own = gap.ranked.first(where: { $0.term == term }), own.gain >= least,
                  !gap.ranked.contains(where: { rivals.contains($0.term) && own.gain - $0.gain < safeMargin }) else { continue }
            contexts.insert(document.string(gap.span))
            if gap.insertion > 0 { lefts.insert(document.scalar(before: gap.insertion).scalar) }
            if gap.insertion < document.bytes.count { rights.insert(document.scalar(at: gap.insertion).scalar) }
        }
        return lefts.count >= 2 && rights.count >= 2 ? contexts.count : 0
    }

    /// Gaps one line's scans find, with terms ranked where the gap has an insertion point.
    static func lineGaps(_ line: LineScalars, _ strip: StripLexicon, _ lexical: LexicalGapScan, leadsParagraph: Bool = false,
                         justified: () -> Bool = { false }, followsSentence: () -> Bool = { false },
                         standsAlone: () -> Bool = { false }) -> [Gap] {
        var gaps: [Gap] = []
        for match in CollisionFrames.shared.matches(in: line) {
            let at = line.offsets[match.gap]
            let span = max(0, match.gap - 1)..<min(line.count, match.gap + 1)
            var gap = Gap(kind: .collision, span: line.bytes(span), edit: at..<at, label: line.text(span))
            rank(&gap, line, match.gap, lexical, fills: match.fills)
            gaps.append(gap)
        }
        for slot in EmptySlotScan.scan(line, leadsParagraph: leadsParagraph, justified: justified, followsSentence: followsSentence) {
            var gap = Gap(kind: slot.latin ? .latinGap : .emptySlot, span: line.bytes(slot.range), edit: nil, label: slot.what)
            gap.open = slot.open
            if slot.latin {
                // The configured Latin-script terms, ranked by the English model, suggested.
                let latinTerms = strip.terms.filter { $0.unicodeScalars.allSatisfy { $0.isASCII } }
                if !latinTerms.isEmpty {
                    gap.edit = line.bytes(slot.replaced)
                    gap.candidates = LatinTermRanking.candidates(latinTerms, line, slot.replaced)
                    gap.applicability = .suggested
                }
            } else if !lexical.terms.isEmpty {
                gap.edit = line.offsets[slot.gap]..<line.offsets[slot.gap]
                rank(&gap, line, slot.gap, lexical)
                // Nothing around a clause's lost first word says which term it was.
                if slot.open { gap.applicability = nil }
            }
            gaps.append(gap)
        }
        // With terms, the blanks a word deleted beside a Latin word leaves (`Linux 。`).
        if !lexical.terms.isEmpty {
            for slot in BlankSlotScan.scan(line, opensParagraph: standsAlone) {
                let span = line.bytes(slot.range)
                let candidates = BlankSlotScan.rank(lexical.terms, beforeLatin: slot.beforeLatin)
                guard !candidates.isEmpty, !gaps.contains(where: { $0.span.overlaps(span) }) else { continue }
                let at = line.offsets[slot.gap]
                gaps.append(Gap(kind: .missingTerm, span: span, edit: at..<at, label: line.text(slot.range),
                                candidates: Array(candidates.prefix(5)), applicability: .suggested))
            }
        }
        for placeholder in PlaceholderScan.scan(line) {
            var gap = Gap(kind: .placeholder, span: line.bytes(placeholder.range), edit: nil, label: line.text(placeholder.range))
            gap.doubtful = placeholder.doubtful
            if !placeholder.isNumber { fill(&gap, line, placeholder.range, strip) }
            gaps.append(gap)
        }
        return gaps
    }

    /// Ranks the active terms at a gap: the formula's usual fillers first, then terms by
    /// score gain, keeping those that fit no worse than a word inserted on its own would.
    /// Without terms, the fillers are only listed.
    static func rank(_ gap: inout Gap, _ line: LineScalars, _ position: Int, _ lexical: LexicalGapScan, fills: [String] = []) {
        guard !lexical.terms.isEmpty else {
            gap.candidates = fills
            return
        }
        var lower = position, upper = position
        while lower > 0 && LineScalars.isHan(line.scalars[lower - 1]) { lower -= 1 }
        while upper < line.count && LineScalars.isHan(line.scalars[upper]) { upper += 1 }
        let ranked = lexical.terms.map { term in
            (term, lexical.gain(term, line.scalars, lower..<upper, position), lexical.segmenter.score(Array(term.unicodeScalars)))
        }
        let fitting = ranked.filter { fills.contains($0.0) || $0.1 + LexicalGapScan.insertionCost - $0.2 > -0.5 }
            .sorted { (fills.firstIndex(of: $0.0) ?? fills.count, -$0.1) < (fills.firstIndex(of: $1.0) ?? fills.count, -$1.1) }
        gap.candidates = fitting.prefix(5).map(\.0)
        gap.applicability = fitting.isEmpty ? nil : .suggested
    }

    /// A term inserted beside a placeholder would leave the mask in place (`治X` → `治党X`): the
    /// term is the placeholder's likely reading instead, offered first among its suggestions
    /// (a mapping's safe fill is left as it is).
    static func foldIntoPlaceholders(_ found: [Gap]) -> [Gap] {
        let masks = found.indices.filter { found[$0].kind == .placeholder }
        guard !masks.isEmpty else { return found }
        var result = found, dropped = Set<Int>()
        for (index, gap) in found.enumerated() where gap.kind != .placeholder {
            guard let edit = gap.edit, edit.isEmpty,
                  let mask = masks.first(where: { found[$0].span.lowerBound == edit.lowerBound || found[$0].span.upperBound == edit.lowerBound })
            else { continue }
            dropped.insert(index)
            guard result[mask].applicability != .safe, let term = gap.candidates.first else { continue }
            result[mask].candidates.removeAll { $0 == term }
            result[mask].candidates.insert(term, at: 0)
            result[mask].words = gap.words
            result[mask].edit = result[mask].span
            result[mask].applicability = .suggested
        }
        return result.indices.filter { !dropped.contains($0) }.map { result[$0] }
    }

    /// The term a placeholder stands for: configured or profile mapping (safe when it makes a
    /// word with a neighbour), else lexicon completions as suggestions only.
    static func fill(_ gap: inout Gap, _ line: LineScalars, _ range: Range<Int>, _ strip: StripLexicon) {
        let placeholder = line.text(range)
        let before = range.lowerBound > 0 ? line.text(range.lowerBound - 1..<range.lowerBound) : ""
        let after = range.upperBound < line.count ? line.text(range.upperBound..<range.upperBound + 1) : ""
        gap.edit = line.bytes(range)
        if let term = strip.placeholders[placeholder] {
            let word = [before + term, term + after].first { Lexicon.shared.contains($0) }
            gap.candidates = [term]
            gap.words = word.map { [$0] } ?? []
            gap.applicability = word == nil ? .suggested : .safe
        } else if range.count == 1 || placeholder == "ZZ" {
            // Suggest characters (or pairs for ZZ) that make a common word with a neighbour.
            let lexicon = Lexicon.shared
            var options: [(String, Double)] = []
            if let left = before.unicodeScalars.first, LineScalars.isHan(left) {
                for partner in lexicon.rightPartners[left.value]?.prefix(3) ?? [] {
                    options.append((String(partner), lexicon.entry(before + String(partner))?.logFrequency ?? 0))
                }
            }
            if let right = after.unicodeScalars.first, LineScalars.isHan(right) {
                for partner in lexicon.leftPartners[right.value]?.prefix(3) ?? [] {
                    options.append((String(partner), lexicon.entry(String(partner) + after)?.logFrequency ?? 0))
                }
            }
            var seen = Set<String>()
            gap.candidates = options.sorted { $0.1 > $1.1 }.map(\.0).filter { seen.insert($0).inserted }.prefix(3).map { $0 }
            gap.edit = nil
        }
    }

    /// Attaches copy restorations to the gaps at their points; adds the rest as copy gaps.
    static func merge(_ found: [Gap], copies: [Int: (text: String, span: Range<Int>)], attachOnly: Set<Int>, document: Document) -> [Gap] {
        var gaps: [Gap] = []
        var used = Set<Int>()
        var points = Set<Int>()
        for var gap in found.sorted(by: { ($0.span.lowerBound, $0.span.upperBound) < ($1.span.lowerBound, $1.span.upperBound) }) {
            if let edit = gap.edit, edit.isEmpty {
                // One finding per insertion point: the first kind found wins.
                if points.contains(edit.lowerBound) { continue }
                points.insert(edit.lowerBound)
                if let copy = copies[edit.lowerBound] {
                    gap.candidates = [copy.text] + gap.candidates.filter { $0 != copy.text }
                    gap.applicability = .safe
                    gap.fromCopy = true
                    used.insert(edit.lowerBound)
                }
            }
            gaps.append(gap)
        }
        for (at, copy) in copies where !used.contains(at) && !points.contains(at) && !attachOnly.contains(at) {
            gaps.append(Gap(kind: .copy, span: copy.span, edit: at..<at, label: document.string(copy.span),
                            candidates: [copy.text], applicability: .safe, fromCopy: true))
        }
        return gaps.sorted { ($0.span.lowerBound, $0.span.upperBound) < ($1.span.lowerBound, $1.span.upperBound) }
    }

    // MARK: Helpers

    /// A cheap byte test: every scan needs non-ASCII text, except the Latin ones, which need
    /// two spaces, a space before a comma, full stop, parenthesis or colon, `( `, `()`, `[]`,
    /// `[ `, `""`, a blank and `" `, `@.` or a leading blank.
    static func mayHoldGap(_ document: Document, _ range: Range<Int>) -> Bool {
        document.bytes.withUnsafeBufferPointer { bytes in
            // A blank, comma, full stop or `)` opening the range counts after an implied blank.
            if let first = range.first, [0x20, 0x2C, 0x2E, 0x29].contains(bytes[first]) { return true }
            // Eight bytes at a time (each with the byte after it) while there is nothing to
            // judge; an opening bracket or quote hands over to the byte loop.
            var start = range.lowerBound
            if let base = bytes.baseAddress {
                func load(_ at: Int) -> UInt64 { UInt64(littleEndian: UnsafeRawPointer(base + at).loadUnaligned(as: UInt64.self)) }
                while start + 9 <= range.upperBound {
                    let word = load(start), next = load(start + 1)
                    if word & highs != 0 { return true }
                    let pairs = equal(word, 0x20) & (equal(next, 0x20) | equal(next, 0x2C) | equal(next, 0x2E) | equal(next, 0x29) | equal(next, 0x3A))
                        | equal(word, 0x40) & equal(next, 0x2E)
                    if pairs != 0 { return true }
                    if equal(word, 0x28) | equal(word, 0x5B) | equal(word, 0x22) != 0 { break }
                    start += 8
                }
            }
            return holdsGapBytewise(bytes, range, from: start)
        }
    }

    /// `mayHoldGap` byte by byte from `start` (all of it when `start` is the range's start).
    static func holdsGapBytewise(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, from start: Int) -> Bool {
        var previous: UInt8 = start > range.lowerBound ? bytes[start - 1] : 0x20
        for index in start..<range.upperBound {
            let byte = bytes[index]
            // Lower-case letters and the marks above `]` end no Latin gap: the common case.
            if byte > 0x5D {
                if byte >= 0x80 { return true }
                previous = byte
                continue
            }
            switch previous {
            case 0x20: if byte == 0x20 || byte == 0x2C || byte == 0x2E || byte == 0x29 || byte == 0x3A { return true }
            case 0x40: if byte == 0x2E { return true }
            case 0x28: if byte == 0x20 || byte == 0x29 { return true }
            case 0x5B: if byte == 0x20 || byte == 0x5D { return true }
            case 0x22: if byte == 0x22 || (byte == 0x20 && (index < range.lowerBound + 2 || bytes[index - 2] == 0x20)) { return true }
            default: break
            }
            previous = byte
        }
        return false
    }

    private static let highs: UInt64 = 0x8080_8080_8080_8080

    /// The high bit of each byte of `word` that equals `byte` (exact: no borrow between bytes).
    @inline(__always)
    private static func equal(_ word: UInt64, _ byte: UInt8) -> UInt64 { WordBytes.equal(word, byte) }

    /// Whether `line` opens with a full-width comma (EF BC 8C).
    static func opensWithComma(_ document: Document, _ line: Int) -> Bool {
        let range = document.lineContent(line)
        return range.count >= 3 && document.bytes[range.lowerBound] == 0xEF && document.bytes[range.lowerBound + 1] == 0xBC
            && document.bytes[range.lowerBound + 2] == 0x8C
    }

    /// Whether `line` is a paragraph of its own: blank lines (or the document's edges) on both sides.
    static func standsAlone(_ document: Document, _ line: Int) -> Bool {
        (line == 0 || document.isBlankLine(line - 1)) && (line + 1 >= document.lineCount || document.isBlankLine(line + 1))
    }

    /// Whether the last non-blank line before `line` ends a sentence (`。`, `！`, `？`).
    static func followsSentence(_ document: Document, _ line: Int) -> Bool {
        var previous = line - 1
        while previous >= 0 && document.isBlankLine(previous) {
            previous -= 1
        }
        guard previous >= 0 else { return false }
        var end = document.lineContent(previous).upperBound
        while end > document.lineContent(previous).lowerBound && (document.bytes[end - 1] == 0x20 || document.bytes[end - 1] == 0x0D) { end -= 1 }
        guard end > document.lineContent(previous).lowerBound else { return false }
        return ["\u{3002}", "\u{FF01}", "\u{FF1F}"].contains(document.scalar(before: end).scalar)
    }

    /// A line of running text (has a sentence mark or is long): titles and labels are not.
    static func isProse(_ document: Document, _ line: Int) -> Bool {
        let range = document.lineContent(line)
        if range.count >= 180 { return true }
        // One pass for all of `proseMarks`: `,`, or E3 80 82, or EF BC then 81, 9F or 8C.
        let bytes = document.bytes
        for index in range {
            switch bytes[index] {
            case 0x2C: return true
            case 0xE3: if index + 2 < range.upperBound && bytes[index + 1] == 0x80 && bytes[index + 2] == 0x82 { return true }
            case 0xEF:
                if index + 2 < range.upperBound && bytes[index + 1] == 0xBC,
                   bytes[index + 2] == 0x81 || bytes[index + 2] == 0x9F || bytes[index + 2] == 0x8C { return true }
            default: break
            }
        }
        return false
    }

    /// Sentence marks that make a short line prose: 。！？，and `,`.
    static let proseMarks: [[UInt8]] = [Array("\u{3002}".utf8), Array("\u{FF01}".utf8), Array("\u{FF1F}".utf8), Array("\u{FF0C}".utf8), [0x2C]]

    /// Whether the bytes of `range` contain `needle`.
    static func contains(_ document: Document, _ range: Range<Int>, _ needle: [UInt8]) -> Bool {
        guard let first = needle.first, range.count >= needle.count else { return false }
        let bytes = document.bytes
        var index = range.lowerBound
        let last = range.upperBound - needle.count
        while index <= last {
            if bytes[index] == first {
                var matched = 1
                while matched < needle.count && bytes[index + matched] == needle[matched] { matched += 1 }
                if matched == needle.count { return true }
            }
            index += 1
        }
        return false
    }
}

extension StrippedScan.Gap {
    /// The fix for the first restoration, if there is one to apply.
    func fix() -> Fix? {
        guard let applicability, let edit, let first = candidates.first else { return nil }
        let shown = first.trimmingCharacters(in: .whitespaces)
        let title = edit.isEmpty ? "insert \u{201C}\(shown)\u{201D}" : "replace \u{201C}\(label)\u{201D} with \u{201C}\(shown)\u{201D}"
        return Fix(applicability, title, [Edit(edit, first)])
    }

    /// Suggestions to report: the candidates, trimmed, when there is more than one.
    var suggestions: [String] { candidates.count > 1 ? candidates.map { $0.trimmingCharacters(in: .whitespaces) } : [] }

    /// `; “党员” fits` (or the candidate itself), or nothing.
    var fitsClause: String {
        if let word = words.first { return "; \u{201C}\(word)\u{201D} fits" }
        if let first = candidates.first { return "; \u{201C}\(first.trimmingCharacters(in: .whitespaces))\u{201D} fits" }
        return ""
    }
}
