/// Re-checking a document that `fix` just edited, without re-running every rule on all of it.
///
/// A rule that declares its findings `.line` or `.paragraph` local (`RuleScope`) keeps its
/// earlier findings outside the lines the edits touched (moved by the edits' change in
/// length) and re-runs only on the touched lines or paragraphs, cut out into a small document
/// together with the neighbours it may consult. Every other rule re-runs on the whole
/// document. The result equals `findingsByRule` on the edited document (IncrementalFixTests
/// compares the two on the fixtures, the seed and every rule example).
extension Linter {
    /// Each rule's findings in `document`, which is `old` with `edits` applied; `previous`
    /// holds each rule's findings in `old` (as `findingsByRule` gives them) and `oldContext`
    /// the shared analyses made for them (an analysis may update its earlier result, see
    /// `EarlierRound`). Also gives the context of this re-check, for the next round.
    func recheck(_ document: Document, previous: [[Finding]], old: Document, oldContext: RuleContext,
                 edits: [Edit]) -> (findings: [[Finding]], context: RuleContext) {
        let round = EarlierRound(document: old, context: oldContext, edits: edits, edited: document)
        let touched = round.touched
        let context = RuleContext(options: options, after: round)
        defer { context.forgetEarlierRound() }
        var pieces: [RuleScope: LocalText?] = [:]
        var result: [[Finding]] = []
        for (index, rule) in rules.enumerated() {
            let scope = type(of: rule).scope
            if scope == .document {
                result.append(check(rule, document, context))
                continue
            }
            if pieces[scope] == nil { pieces[scope] = LocalText(scope, touched, document, context) }
            guard let piece = pieces[scope]!, let fresh = piece.findings(of: rule, self) else {
                result.append(check(rule, document, context))
                continue
            }
            let kept = previous[index].compactMap { touched.carried($0, outside: piece.rechecked) }
            // The rule's own order is document order; ties keep earlier findings first.
            let merged = (kept + fresh).enumerated().sorted {
                ($0.element.range.lowerBound, $0.element.range.upperBound, $0.offset)
                    < ($1.element.range.lowerBound, $1.element.range.upperBound, $1.offset)
            }
            result.append(merged.map(\.element))
        }
        return (result, context)
    }
}

/// Where a round of edits landed in the edited document, and how offsets moved.
struct TouchedText: Sendable {
    /// The edits in old offsets, sorted, with the change in length up to the end of each.
    private let edits: [(old: Range<Int>, deltaAfter: Int)]
    /// The edited document's lines (indexes into `lineStarts`) that an edit touched: the
    /// line before a deletion point counts too, so an untouched line is byte-for-byte an old line.
    let lines: [ClosedRange<Int>]

    init(_ edits: [Edit], in document: Document) {
        let sorted = Edit.inTextOrder(edits)
        var moved: [(old: Range<Int>, deltaAfter: Int)] = []
        var lines: [ClosedRange<Int>] = []
        var delta = 0
        let count = document.bytes.count
        for edit in sorted {
            let start = edit.range.lowerBound + delta
            let end = start + edit.replacement.utf8.count
            let after = delta + edit.replacement.utf8.count - edit.range.count
            moved.append((edit.range, after))
            delta = after
            let first = document.lineIndex(ofByte: max(start - 1, 0))
            let last = document.lineIndex(ofByte: min(end, count))
            if let previous = lines.last, first <= previous.upperBound + 1 {
                lines[lines.count - 1] = previous.lowerBound...max(previous.upperBound, last)
            } else {
                lines.append(first...last)
            }
        }
        self.edits = moved
        self.lines = lines
    }

    /// An old offset in the edited document. A start moves past text inserted at it, an end
    /// does not; an offset inside an edit maps to the end of its replacement.
    func moved(_ offset: Int, end: Bool = false) -> Int {
        // The last edit starting before the offset (or at it, for a start).
        let low = edits.partitioningIndex { !($0.old.lowerBound < offset || (!end && $0.old.lowerBound == offset)) }
        guard low > 0 else { return offset }
        let edit = edits[low - 1]
        return max(offset, edit.old.upperBound) + edit.deltaAfter
    }

    /// Whether an old range overlaps or touches an edit (those are found again, not carried).
    func touchesEdit(_ range: Range<Int>) -> Bool {
        // The first edit ending at or after the range's start.
        let low = edits.partitioningIndex { $0.old.upperBound >= range.lowerBound }
        return low < edits.count && edits[low].old.lowerBound <= range.upperBound
    }

    /// A range moved into the edited document.
    func moved(_ range: Range<Int>) -> Range<Int> {
        let start = moved(range.lowerBound)
        return start..<max(start, moved(range.upperBound, end: true))
    }

    /// An old finding moved into the edited document, unless it meets the re-checked text.
    func carried(_ finding: Finding, outside rechecked: ByteRegions) -> Finding? {
        if touchesEdit(finding.range) || finding.fix?.edits.contains(where: { touchesEdit($0.range) }) == true { return nil }
        var finding = finding
        finding.range = moved(finding.range)
        if rechecked.meets(finding.range) { return nil }
        if var fix = finding.fix {
            for index in fix.edits.indices {
                fix.edits[index].range = moved(fix.edits[index].range)
                if rechecked.meets(fix.edits[index].range) { return nil }
            }
            finding.fix = fix
        }
        return finding
    }
}

/// Sorted, disjoint byte ranges of a document.
struct ByteRegions {
    var ranges: [Range<Int>]

    /// Whether a range overlaps one of the regions (an empty range: lies in one, or at its start).
    func meets(_ range: Range<Int>) -> Bool {
        let low = ranges.partitioningIndex { $0.upperBound > range.lowerBound }
        guard low < ranges.count else { return false }
        let region = ranges[low]
        return range.isEmpty ? region.contains(range.lowerBound) : region.lowerBound < range.upperBound
    }

    /// The region that holds the whole range, if one does (an empty range where two regions
    /// meet belongs to the later one).
    func index(holding range: Range<Int>) -> Int? {
        // The last region starting at or before the range.
        let low = ranges.partitioningIndex { $0.lowerBound > range.lowerBound }
        guard low > 0, range.upperBound <= ranges[low - 1].upperBound else { return nil }
        return low - 1
    }
}

/// The touched lines or paragraphs of an edited document, with the neighbours a rule of that
/// scope consults, as one small document.
struct LocalText {
    /// The text whose findings are taken from the small document (the rest are carried over).
    let rechecked: ByteRegions
    /// The regions copied into the small document, in the edited document's offsets.
    private let copied: ByteRegions
    /// Where each copied region starts in the small document.
    private let starts: [Int]
    private let document: Document
    /// Shared analyses of the small document.
    private let context: RuleContext

    /// Nil when the scope has nothing to work with (a document without paragraphs) or the
    /// edits touched more than half of the document.
    init?(_ scope: RuleScope, _ touched: TouchedText, _ document: Document, _ context: RuleContext) {
        func bytes(_ lines: [Range<Int>]) -> [Range<Int>] { lines.map(document.byteRange(ofLines:)) }
        var rechecked: [Range<Int>], copied: [Range<Int>]
        switch scope {
        case .document:
            return nil
        case .line:
            rechecked = bytes(touched.lines.map { $0.lowerBound..<($0.upperBound + 1) })
            copied = rechecked
        case .paragraph:
            let paragraphs = context.shared(Layout.self, document).paragraphs
            guard !paragraphs.isEmpty else { return nil }
            let last = paragraphs.count - 1
            // Paragraphs [i, j] with the blank lines after them (and before the first).
            func lines(_ i: Int, _ j: Int) -> Range<Int> {
                (i == 0 ? 0 : paragraphs[i].lines.lowerBound)..<(j == last ? document.lineStarts.count : paragraphs[j + 1].lines.lowerBound)
            }
            var touchedParagraphs: [ClosedRange<Int>] = []
            for span in touched.lines {
                // The paragraphs that meet the lines, and those right before and after them.
                let first = max(paragraphs.partitioningIndex { $0.lines.lowerBound > span.lowerBound } - 1, 0)
                let end = min(paragraphs[first...].partitioningIndex { $0.lines.upperBound > span.upperBound }, last)
                touchedParagraphs.append(first...end)
            }
            func widened(_ by: Int) -> [Range<Int>] {
                var merged: [ClosedRange<Int>] = []
                for span in touchedParagraphs {
                    let wide = max(0, span.lowerBound - by)...min(last, span.upperBound + by)
                    if let previous = merged.last, wide.lowerBound <= previous.upperBound + 1 {
                        merged[merged.count - 1] = previous.lowerBound...max(previous.upperBound, wide.upperBound)
                    } else {
                        merged.append(wide)
                    }
                }
                return bytes(merged.map { lines($0.lowerBound, $0.upperBound) })
            }
            rechecked = widened(1)
            copied = widened(2)
        }
        // Most of the document touched (a one-line file): re-running on everything is no
        // slower and needs no copy.
        let size = copied.reduce(0) { $0 + $1.count }
        guard size * 2 <= document.bytes.count else { return nil }
        var starts: [Int] = [], small: [UInt8] = []
        small.reserveCapacity(size)
        for range in copied {
            starts.append(small.count)
            small.append(contentsOf: document.bytes[range])
        }
        var encoding = document.encoding
        encoding.undecodable = []
        self.rechecked = ByteRegions(ranges: rechecked)
        self.copied = ByteRegions(ranges: copied)
        self.starts = starts
        self.document = Document(utf8: small, encoding: encoding)
        self.context = RuleContext(options: context.options)
    }

    /// The rule's findings in the rechecked text, in the edited document's offsets; nil when
    /// a finding breaks the scope's promise (the caller then re-runs the rule on everything).
    func findings(of rule: any Rule, _ linter: Linter) -> [Finding]? {
        let local = ByteRegions(ranges: zip(starts, copied.ranges).map { $0..<($0 + $1.count) })
        var result: [Finding] = []
        for var finding in linter.check(rule, document, context) {
            guard let region = local.index(holding: finding.range) else { return nil }
            let shift = copied.ranges[region].lowerBound - starts[region]
            finding.range = finding.range.shifted(by: shift)
            if var fix = finding.fix {
                for index in fix.edits.indices {
                    let range = fix.edits[index].range
                    guard local.ranges[region].lowerBound <= range.lowerBound, range.upperBound <= local.ranges[region].upperBound else { return nil }
                    fix.edits[index].range = range.shifted(by: shift)
                }
                finding.fix = fix
            }
            // Findings in the neighbours copied only for context are carried over instead.
            if rechecked.meets(finding.range) { result.append(finding) }
        }
        return result
    }
}
