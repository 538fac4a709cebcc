/// Which lines of an edited document are lines of the document before the edits, and which
/// were touched: a shared analysis that keeps a result per line re-reads only the touched ones.
///
/// A touched region is the lines an edit meets, with the line before a deletion point, widened
/// by `margin` lines on each side (for analyses that consult neighbours). Between regions the
/// two documents hold the same lines, the same number of them, byte for byte.
struct LineCorrespondence {
    /// Touched line regions of the earlier document, sorted and disjoint.
    let old: [Range<Int>]
    /// The same regions in the edited document (same count, same order).
    let new: [Range<Int>]

    init(_ edits: [Edit], from earlier: Document, to edited: Document, margin: Int = 0) {
        let sorted = edits.sorted { ($0.range.lowerBound, $0.range.upperBound) < ($1.range.lowerBound, $1.range.upperBound) }
        let oldLast = earlier.lineStarts.count - 1, newLast = edited.lineStarts.count - 1
        var old: [Range<Int>] = [], new: [Range<Int>] = []
        var delta = 0
        for edit in sorted {
            let start = edit.range.lowerBound + delta
            let end = start + edit.replacement.utf8.count
            delta += edit.replacement.utf8.count - edit.range.count
            let oldLines = max(earlier.lineIndex(ofByte: max(edit.range.lowerBound - 1, 0)) - margin, 0)
                ..< min(earlier.lineIndex(ofByte: min(edit.range.upperBound, earlier.bytes.count)) + margin, oldLast) + 1
            let newLines = max(edited.lineIndex(ofByte: max(start - 1, 0)) - margin, 0)
                ..< min(edited.lineIndex(ofByte: min(end, edited.bytes.count)) + margin, newLast) + 1
            // Regions that meet in either document are one.
            if let lastOld = old.last, let lastNew = new.last, oldLines.lowerBound <= lastOld.upperBound || newLines.lowerBound <= lastNew.upperBound {
                old[old.count - 1] = lastOld.lowerBound..<max(lastOld.upperBound, oldLines.upperBound)
                new[new.count - 1] = lastNew.lowerBound..<max(lastNew.upperBound, newLines.upperBound)
            } else {
                old.append(oldLines)
                new.append(newLines)
            }
        }
        self.old = old
        self.new = new
    }

    /// Whether every line keeps its number (the edits added and removed no line breaks).
    var keepsLineNumbers: Bool { old == new }

    /// The edited document's line for an untouched line of the earlier one (nil: touched).
    func newLine(ofOld line: Int) -> Int? {
        let next = old.partitioningIndex { $0.upperBound > line }
        if next < old.count, old[next].lowerBound <= line { return nil }
        return next == 0 ? line : line - old[next - 1].upperBound + new[next - 1].upperBound
    }

    /// The untouched stretches of lines, in each document (same lengths), given each
    /// document's number of lines.
    func untouched(_ oldCount: Int, _ newCount: Int) -> [(old: Range<Int>, new: Range<Int>)] {
        var pairs: [(old: Range<Int>, new: Range<Int>)] = []
        pairs.reserveCapacity(old.count + 1)
        var oldStart = 0, newStart = 0
        for (oldRegion, newRegion) in zip(old, new) {
            pairs.append((oldStart..<oldRegion.lowerBound, newStart..<newRegion.lowerBound))
            (oldStart, newStart) = (oldRegion.upperBound, newRegion.upperBound)
        }
        pairs.append((oldStart..<max(oldStart, oldCount), newStart..<max(newStart, newCount)))
        return pairs
    }

    /// Walks the edited document in order for an analysis that keeps byte offsets of things
    /// found within lines: `keep(old, shift)` for each untouched stretch (its bytes in the
    /// earlier document, and what to add to an offset in them), `rescan(new)` for each touched
    /// region (its bytes in the edited document). Both start and end at line starts.
    func walk(from earlier: Document, to edited: Document, keep: (Range<Int>, Int) -> Void, rescan: (Range<Int>) -> Void) {
        walkLines(from: earlier, to: edited) { old, shift in
            let bytes = earlier.byteRange(ofLines: old)
            let moved = edited.byteRange(ofLines: old.shifted(by: shift))
            keep(bytes, moved.lowerBound - bytes.lowerBound)
        } rescan: { region in
            rescan(edited.byteRange(ofLines: region))
        }
    }

    /// Walks the edited document in order for an analysis that keeps line numbers of things
    /// found by line alone: `keep(old, shift)` for each untouched stretch (its lines in the
    /// earlier document, and what to add to them), `rescan(new)` for each touched region (its
    /// lines in the edited document; indexes into `lineStarts`).
    func walkLines(from earlier: Document, to edited: Document, keep: (Range<Int>, Int) -> Void, rescan: (Range<Int>) -> Void) {
        for (number, stretch) in untouched(earlier.lineStarts.count, edited.lineStarts.count).enumerated() {
            keep(stretch.old, stretch.new.lowerBound - stretch.old.lowerBound)
            if number < new.count { rescan(new[number]) }
        }
    }

    /// Whether a line of the edited document is in a touched region.
    func isTouched(newLine line: Int) -> Bool {
        let next = new.partitioningIndex { $0.upperBound > line }
        return next < new.count && new[next].lowerBound <= line
    }

    /// The byte ranges of the earlier document's touched regions.
    func oldBytes(_ document: Document) -> [Range<Int>] { Self.bytes(old, document) }

    /// The byte ranges of the edited document's touched regions.
    func newBytes(_ document: Document) -> [Range<Int>] { Self.bytes(new, document) }

    private static func bytes(_ regions: [Range<Int>], _ document: Document) -> [Range<Int>] {
        regions.map(document.byteRange(ofLines:))
    }
}

extension Range<Int> {
    /// The range moved by `shift` bytes: where offsets in an untouched stretch land after the edits.
    @inline(__always)
    func shifted(by shift: Int) -> Range<Int> { lowerBound + shift..<upperBound + shift }
}
