/// Updating the stripped-term scan after `fix` edits a few lines, instead of scanning the whole
/// document again (the scan is about a quarter of a check).
///
/// Everything the scan learns from a line it learns from that line alone, or from the lines
/// within three of it (`EmptySlotScan.isJustified`; `StrippedScan.standsAlone` reads one on
/// each side): the line scans' gaps, and the lexical
/// scan's counts, orphans and term gaps, which add up over lines. So the edited document's
/// scan is the earlier one less what the touched lines (widened by three) gave, plus what they
/// give now; the document-level steps (inferred terms, the second pass's characters, orphan
/// evidence, repeated copies) then run on the updated sums as a full scan runs them, the trials
/// of inferred terms segmenting again only the runs on touched lines (InferenceTrial.swift). The
/// update gives up, and the scan starts over, when a step would see something else than the
/// earlier scan did: another body, other active terms, other paragraph-leading gaps, other
/// second-pass characters, inferred terms, or an untouched line opening with a comma whose
/// previous sentence (at any distance) changed (`followsSentence`). IncrementalFixTests and
/// StrippedScanUpdateTests compare both ways.
extension StrippedScan {
    /// What the earlier scan kept for an update. (Unchecked: the lexical scans hold a lazily
    /// built segmenter; a state is read only by the `fix` of its own document, on one thread.)
    struct State: @unchecked Sendable {
        /// The body lines scanned, their prose lines, and the lines whose leading blank may be a gap.
        var lines: [Int]
        var prose: Set<Int>
        var leading: Set<Int>
        var activeTerms: [String]
        /// Terms an intact copy (a summary echo) shows the source deletes.
        var learned: [String]
        /// The line scans' gaps, in line order.
        var lineGaps: [Gap]
        /// The lexical scan after its first pass, and at the end.
        var firstPass: LexicalGapScan
        var final: LexicalGapScan
        /// The characters the first pass suggested a filter deleted (nil: placeholders, none tried),
        /// and the trials that found none of them deleted.
        var guess: LexicalGapScan.Inference?
        var trials: InferenceTrials?
    }

    /// Lines around an edit whose gaps may change with it (`isJustified` looks three lines away).
    static let updateMargin = 3

    /// The scan of `document`, the earlier document of `round` edited, from the earlier scan;
    /// nil when it has to be made from scratch.
    init?(updating earlier: StrippedScan, _ round: EarlierRound, _ document: Document, _ context: RuleContext) {
        guard let state = earlier.state else { return nil }
        let old = round.document
        let edge = context.shared(EdgeBoilerplate.self, document)
        let oldEdge = round.context.shared(EdgeBoilerplate.self, old)
        let map = LineCorrespondence(round.edits, from: old, to: document, margin: Self.updateMargin)
        // The same summary echoes, on the same lines (their lines are not the body's).
        guard edge.echoes == oldEdge.echoes.map({ echo in
            var moved = echo
            moved.line = map.newLine(ofOld: echo.line) ?? -1
            return moved
        }) else { return nil }
        // The same body outside the touched lines (a removed edge block may move its bounds).
        guard map.untouched(old.lineStarts.count, document.lineStarts.count).allSatisfy({ pair in
            let before = pair.old.clamped(to: oldEdge.bodyLines), after = pair.new.clamped(to: edge.bodyLines)
            return before.count == after.count && (before.isEmpty || before.lowerBound - pair.old.lowerBound == after.lowerBound - pair.new.lowerBound)
        }) else { return nil }
        let lines = Self.scannedLines(edge, document)
        // The lines in the touched regions, found region by region (both lists are sorted).
        let touched = map.new.flatMap { region in lines.slice(positionsIn: region) { $0 } }
        let oldTouched = map.old.flatMap { region in state.lines.slice(positionsIn: region) { $0 } }

        var prose: Set<Int>
        if map.keepsLineNumbers {
            prose = state.prose
            for line in oldTouched { prose.remove(line) }
        } else {
            prose = []
            for line in state.prose { if let moved = map.newLine(ofOld: line) { prose.insert(moved) } }
        }
        for line in touched where Self.isProse(document, line) { prose.insert(line) }
        let strip = StripLexicon(options: context.options)
        // The echo's restorations read the body's first characters: made again.
        let (copies, learned) = Self.copies(edge.echoes, document, lines)
        guard learned == state.learned else { return nil }
        let activeTerms = Self.activeTerms(strip, learned, document, prose)
        guard activeTerms == state.activeTerms else { return nil }
        let leading = EmptySlotScan.leadingGapLines(document, lines)
        let oldLeading = Set(state.leading.compactMap { map.newLine(ofOld: $0) })
        guard oldLeading == leading.filter({ !map.isTouched(newLine: $0) }) else { return nil }

        // A paragraph opening with a comma is judged by the line before it (`followsSentence`):
        // an untouched one whose verdict an edit above it changed is scanned afresh.
        for oldLine in state.lines where Self.opensWithComma(old, oldLine) {
            guard let line = map.newLine(ofOld: oldLine), !map.isTouched(newLine: line) else { continue }
            if Self.followsSentence(old, oldLine) != Self.followsSentence(document, line) { return nil }
        }

        // What the touched lines gave, and give now.
        var removed = LexicalGapScan(terms: activeTerms), added = LexicalGapScan(terms: activeTerms)
        _ = Self.scan(old, oldTouched, &removed, strip, leading: state.leading, prose: state.prose)
        let newGaps = Self.scan(document, touched, &added, strip, leading: leading, prose: prose)
        // (A gap may stand at the very end of the document: the last region reaches past it.)
        let oldRegions = ByteRegions(ranges: map.oldBytes(old).map { $0.upperBound == old.bytes.count ? $0.lowerBound..<$0.upperBound + 1 : $0 })
        let shift = round.touched
        var firstPass = state.firstPass
        firstPass.addCounts(of: removed, sign: -1)
        firstPass.addCounts(of: added, sign: 1)
        Self.splice(&firstPass, removing: oldRegions, shift, adding: added)
        let lineGaps = Self.spliced(state.lineGaps, removing: oldRegions, shift, adding: newGaps)

        // The document-level steps, on the sums.
        let masks = Self.holdsPlaceholders(lineGaps)
        let guess = masks ? nil : firstPass.inferredTerms()
        var trials: InferenceTrials?
        if let guess {
            // The same candidates on the same partners: only the touched lines' runs are segmented.
            if state.guess == guess, let earlier = state.trials {
                trials = earlier.updated(removing: oldRegions, shift, touchedLines: touched, document, lines, prose)
            }
            let made = trials ?? Self.inferTerms(guess, activeTerms, document, lines, prose)
            guard made.kept(document).isEmpty else { return nil }
            trials = made
        }
        var final = firstPass
        if firstPass.countsOnly {
            _ = final.beginSecondPass()
            guard final.candidates == state.final.candidates else { return nil }
            let candidates = state.final.candidates ?? []
            if !candidates.isEmpty {
                final = state.final
                removed.candidates = candidates
                added.candidates = candidates
                Self.secondPass(old, oldTouched, &removed)
                Self.secondPass(document, touched, &added)
                final.addCounts(of: removed, sign: -1)
                final.addCounts(of: added, sign: 1)
                Self.splice(&final, removing: oldRegions, shift, adding: added)
            } else {
                final = firstPass
                final.candidates = candidates
            }
        }
        guard final.orphans.count < LexicalGapScan.orphanLimit else { return nil }
        let proseLines = lines.filter { prose.contains($0) }
        gaps = Self.finish(lineGaps, final, copies: copies, inferred: [], document, lines, proseLines)
        learnedTerms = learned
        self.state = State(lines: lines, prose: prose, leading: leading, activeTerms: activeTerms, learned: learned, lineGaps: lineGaps,
                           firstPass: firstPass, final: final, guess: guess, trials: trials)
    }

    /// `items` (in document order) without those in `regions`, the rest moved through the edits,
    /// with `added` (in the edited document's offsets, in order) put in their places.
    static func spliced<T>(_ items: [T], removing regions: ByteRegions, _ touched: TouchedText, adding added: [T],
                           at offset: (T) -> Int, moved: (T) -> T) -> [T] {
        var result: [T] = []
        result.reserveCapacity(items.count + added.count)
        var next = 0
        for item in items where !regions.meets(offset(item)..<offset(item) + 1) {
            let item = moved(item)
            while next < added.count, offset(added[next]) < offset(item) { result.append(added[next]); next += 1 }
            result.append(item)
        }
        result.append(contentsOf: added[next...])
        return result
    }

    /// The line scans' gaps spliced.
    static func spliced(_ gaps: [Gap], removing regions: ByteRegions, _ touched: TouchedText, adding added: [Gap]) -> [Gap] {
        spliced(gaps, removing: regions, touched, adding: added, at: \.span.lowerBound) { gap in
            var gap = gap
            gap.span = touched.moved(gap.span)
            gap.edit = gap.edit.map { touched.moved($0) }
            return gap
        }
    }

    /// A lexical scan's orphans and pending term gaps spliced.
    static func splice(_ lexical: inout LexicalGapScan, removing regions: ByteRegions, _ touched: TouchedText, adding added: LexicalGapScan) {
        lexical.orphans = spliced(lexical.orphans, removing: regions, touched, adding: added.orphans, at: \.bytes.lowerBound) { orphan in
            var orphan = orphan
            orphan.bytes = touched.moved(orphan.bytes)
            orphan.before = touched.moved(orphan.before)
            orphan.after = touched.moved(orphan.after)
            orphan.spanBefore = touched.moved(orphan.spanBefore)
            orphan.spanAfter = touched.moved(orphan.spanAfter)
            return orphan
        }
        lexical.pendingTermGaps = spliced(lexical.pendingTermGaps, removing: regions, touched, adding: added.pendingTermGaps, at: \.insertion) {
            moved($0, touched)
        }
    }

    /// A term gap on an untouched line, moved through the edits.
    static func moved(_ gap: LexicalGapScan.Gap, _ touched: TouchedText) -> LexicalGapScan.Gap {
        var gap = gap
        gap.insertion = touched.moved(gap.insertion)
        gap.span = touched.moved(gap.span)
        if gap.previous >= 0 { gap.previous = touched.moved(gap.previous) }
        return gap
    }
}

extension StrippedScan.InferenceTrials {
    /// Both trials updated (`InferenceTrial.updated`); nil when one cannot be.
    func updated(removing regions: ByteRegions, _ touched: TouchedText, touchedLines: [Int], _ document: Document,
                 _ lines: [Int], _ prose: Set<Int>) -> Self? {
        var result = self
        for path in [\Self.terms, \Self.absent] {
            guard let trial = self[keyPath: path] else { continue }
            guard let updated = trial.updated(removing: regions, touched, touchedLines: touchedLines, document, lines, prose) else { return nil }
            result[keyPath: path] = updated
        }
        return result
    }
}
