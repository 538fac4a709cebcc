/// A trial of inferred terms (`StrippedScan.inferTerms`) kept run by run, so that after `fix`
/// edits a few lines the update segments only the runs on those lines again.
///
/// The trial segments the first `budget` Han runs (in document order) that hold a partner.
/// Each run's term gaps come from the run alone, and `termGaps` weighs neighbouring gaps only
/// within a line. So the edited document's trial is the earlier one without the runs on the
/// touched lines, plus the runs on those lines now, cut back to the budget, or continued past
/// the earlier trial's last run when the edits took runs away before it (the trial stopped
/// there). StrippedScanUpdateTests compares it with a trial made from scratch.
struct InferenceTrial {
    /// The candidates judged, and the terms they must beat.
    let candidates: [String]
    let rivals: [String]
    /// Candidates of little evidence, which must make `LexicalGapScan.weakEvidenceRepairs`
    /// clear repairs.
    let weak: Set<String>
    /// The most runs segmented.
    let budget: Int
    /// The trial's scan: its pending term gaps are those of `runs`, in order.
    private(set) var scan: LexicalGapScan
    /// The runs segmented, in order: each one's first byte, and the end of its term gaps among
    /// the scan's pending ones.
    private(set) var runs: [(start: Int, pending: Int)] = []

    /// The trial of `candidates` over the runs of `lines` holding one of `partners`.
    init(_ candidates: [String], rivals: [String], weak: Set<String> = [], partners: Set<Unicode.Scalar>, budget: Int, repairsOnly: Bool,
         _ document: Document, _ lines: [Int], _ prose: Set<Int>) {
        self.candidates = candidates
        self.rivals = rivals
        self.weak = weak
        self.budget = budget
        scan = LexicalGapScan(terms: rivals + candidates)
        scan.countsSites = false
        scan.flatRepairCredit = true
        scan.repairsOnly = repairsOnly
        scan.candidates = partners
        observe(document, lines[...], prose, budget: budget)
    }

    /// Makes the trial's runs the runs of `lines` holding a partner, `budget` of them at most.
    private mutating func observe(_ document: Document, _ lines: ArraySlice<Int>, _ prose: Set<Int>, budget: Int) {
        scan.pendingTermGaps = []
        scan.runBudget = budget
        // Room for every run at once: growing the list run by run cost more on small documents.
        scan.segmentedRuns = []
        scan.segmentedRuns?.reserveCapacity(budget)
        // A line holding no partner adds nothing the trial reads (its runs are not segmented).
        let wanted = ScalarSet(scan.candidates ?? [])
        var text = LineScalars()
        for line in lines where scan.runBudget > 0 && wanted.meets(document, document.lineContent(line)) {
            for piece in LineScalars.pieces(document, document.lineContent(line)) {
                text.load(document, piece)
                scan.observe(text, prose: prose.contains(line))
            }
        }
        runs = scan.segmentedRuns.take() ?? []
    }

    /// The candidates that clearly repair `StrippedScan.inferenceRepairs` places or more (the
    /// `weak` ones `LexicalGapScan.weakEvidenceRepairs`; a screening trial's at a lower gain:
    /// `LexicalGapScan.screenGain`).
    func kept(_ document: Document) -> [String] {
        let termGaps = scan.termGaps
        let rivals = Set(self.rivals)
        let least = scan.repairsOnly ? LexicalGapScan.screenGain : StrippedScan.safeGain
        return candidates.filter {
            StrippedScan.clearRepairs(termGaps, $0, rivals: rivals, document, least: least)
                >= (weak.contains($0) ? LexicalGapScan.weakEvidenceRepairs : StrippedScan.inferenceRepairs)
        }
    }

    /// The trial of the edited document: `regions` are the touched lines' bytes in the earlier
    /// one, `touchedLines` the body lines touched in `document`, `lines` all its body lines.
    /// Nil when the earlier trial's last run was on a touched line (no place to continue from).
    func updated(removing regions: ByteRegions, _ touched: TouchedText, touchedLines: [Int], _ document: Document,
                 _ lines: [Int], _ prose: Set<Int>) -> InferenceTrial? {
        // A trial that spent its budget read nothing past its last run.
        var frontier = Int.max
        if runs.count == budget, let last = runs.last?.start {
            guard !regions.meets(last..<last + 1) else { return nil }
            frontier = touched.moved(last)
        }
        // The touched lines past the frontier hold no run the trial reads.
        var fresh = self
        fresh.observe(document, touchedLines.prefix { document.lineStarts[$0] < frontier }, prose, budget: budget)
        var result = self
        result.runs = []
        result.runs.reserveCapacity(budget)
        // Gathered here and stored once: `pendingTermGaps` is a computed property, so `+=` on
        // it would copy the whole list for every run.
        var gathered: [LexicalGapScan.Gap] = []
        // The untouched runs moved, and the touched lines' runs before the frontier, in order.
        let old = scan.pendingTermGaps, new = fresh.scan.pendingTermGaps
        var next = 0, oldEnd = 0, newEnd = 0
        func add(_ start: Int, _ gaps: ArraySlice<LexicalGapScan.Gap>) {
            gathered += gaps
            result.runs.append((start, gathered.count))
        }
        func addFresh(before start: Int) {
            while next < fresh.runs.count, fresh.runs[next].start < start, result.runs.count < budget {
                add(fresh.runs[next].start, new[newEnd..<fresh.runs[next].pending])
                newEnd = fresh.runs[next].pending
                next += 1
            }
        }
        for run in runs {
            defer { oldEnd = run.pending }
            guard !regions.meets(run.start..<run.start + 1) else { continue }
            let start = touched.moved(run.start)
            addFresh(before: start)
            guard result.runs.count < budget else { break }
            add(start, old[oldEnd..<run.pending].map { StrippedScan.moved($0, touched) }[...])
        }
        addFresh(before: frontier)
        // Runs taken away before the frontier: the trial goes on from its line (whose runs up to
        // the frontier are segmented again and dropped).
        if frontier != Int.max && result.runs.count < budget {
            let line = document.lineIndex(ofByte: frontier)
            let again = result.runs.reversed().prefix { $0.start >= document.lineStarts[line] }.count
            var more = fresh
            more.observe(document, lines[lines.partitioningIndex { $0 >= line }...], prose, budget: budget - result.runs.count + again)
            let gaps = more.scan.pendingTermGaps
            var end = again > 0 ? more.runs[again - 1].pending : 0
            for run in more.runs.dropFirst(again) {
                add(run.start, gaps[end..<run.pending])
                end = run.pending
            }
        }
        result.scan.pendingTermGaps = gathered
        return result
    }
}
