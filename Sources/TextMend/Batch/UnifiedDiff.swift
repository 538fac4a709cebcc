/// A line-based unified diff (`diff -u` format) of two texts, for `fix --diff`.
///
/// Lines are compared with their line breaks, so a changed line ending or a missing final
/// newline shows. The edit script is Myers' shortest one while that is cheap; on huge,
/// heavily changed texts a linear resynchronising walk takes over, which still yields a
/// correct diff, only not always the shortest.
public enum UnifiedDiff {
    /// One replaced block: old lines `old` became new lines `new` (either may be empty).
    struct Change: Equatable {
        var old: Range<Int>
        var new: Range<Int>
    }

    /// The diff of `old` and `new` under `--- oldLabel` / `+++ newLabel` headers, or ""
    /// when the texts are equal.
    public static func diff(old: [UInt8], new: [UInt8], oldLabel: String, newLabel: String, context: Int = 3) -> String {
        if old == new { return "" }
        let oldLines = lines(old), newLines = lines(new)
        var ids: [ArraySlice<UInt8>: Int] = [:]
        func id(_ slice: ArraySlice<UInt8>) -> Int {
            if let known = ids[slice] { return known }
            ids[slice] = ids.count
            return ids.count - 1
        }
        let a = oldLines.map { id(old[$0]) }, b = newLines.map { id(new[$0]) }
        var output = Array("--- \(oldLabel)\n+++ \(newLabel)\n".utf8)
        let changes = editScript(a, b)
        for group in hunks(changes, context: context) {
            let first = changes[group.lowerBound], last = changes[group.upperBound - 1]
            let oldStart = max(0, first.old.lowerBound - context)
            let oldEnd = min(a.count, last.old.upperBound + context)
            let newStart = first.new.lowerBound - (first.old.lowerBound - oldStart)
            let newEnd = last.new.upperBound + (oldEnd - last.old.upperBound)
            output += Array("@@ -\(range(oldStart, oldEnd)) +\(range(newStart, newEnd)) @@\n".utf8)
            var cursor = oldStart
            func emit(_ prefix: UInt8, _ line: Range<Int>, _ text: [UInt8]) {
                output.append(prefix)
                output += text[line]
                if text[line.upperBound - 1] != 0x0A { output += Array("\n\\ No newline at end of file\n".utf8) }
            }
            for change in changes[group] {
                for line in cursor..<change.old.lowerBound { emit(0x20, oldLines[line], old) }
                for line in change.old { emit(0x2D, oldLines[line], old) }
                for line in change.new { emit(0x2B, newLines[line], new) }
                cursor = change.old.upperBound
            }
            for line in cursor..<oldEnd { emit(0x20, oldLines[line], old) }
        }
        return String(decoding: output, as: UTF8.self)
    }

    /// `start,count` in diff's 1-based convention (`count` omitted when 1; an empty range
    /// names the line before it).
    private static func range(_ start: Int, _ end: Int) -> String {
        switch end - start {
        case 0: "\(start),0"
        case 1: "\(start + 1)"
        default: "\(start + 1),\(end - start)"
        }
    }

    /// Byte ranges of the lines, each with its line break.
    static func lines(_ bytes: [UInt8]) -> [Range<Int>] {
        var result: [Range<Int>] = []
        var start = 0
        bytes.withUnsafeBufferPointer { buffer in
            for index in 0..<buffer.count where buffer[index] == 0x0A {
                result.append(start..<index + 1)
                start = index + 1
            }
        }
        if start < bytes.count { result.append(start..<bytes.count) }
        return result
    }

    /// Groups of changes close enough to share a hunk (as index ranges into `changes`).
    static func hunks(_ changes: [Change], context: Int) -> [Range<Int>] {
        var groups: [Range<Int>] = []
        var start = 0
        for index in changes.indices.dropFirst()
        where changes[index].old.lowerBound - changes[index - 1].old.upperBound > 2 * context {
            groups.append(start..<index)
            start = index
        }
        if !changes.isEmpty { groups.append(start..<changes.count) }
        return groups
    }

    // MARK: Edit script

    /// Work allowed to Myers' algorithm (cells of its search) before the walk takes over.
    static let myersBudget = 40_000_000

    /// The blocks that turn sequence `a` into `b`, in order.
    static func editScript(_ a: [Int], _ b: [Int]) -> [Change] {
        var prefix = 0
        while prefix < a.count && prefix < b.count && a[prefix] == b[prefix] { prefix += 1 }
        var suffix = 0
        while suffix < a.count - prefix && suffix < b.count - prefix
                && a[a.count - 1 - suffix] == b[b.count - 1 - suffix] { suffix += 1 }
        let oldMiddle = prefix..<a.count - suffix, newMiddle = prefix..<b.count - suffix
        if oldMiddle.isEmpty && newMiddle.isEmpty { return [] }
        if oldMiddle.isEmpty || newMiddle.isEmpty { return [Change(old: oldMiddle, new: newMiddle)] }
        let middleA = Array(a[oldMiddle]), middleB = Array(b[newMiddle])
        let script = myers(middleA, middleB) ?? resynchronisingWalk(middleA, middleB)
        return script.map { Change(old: $0.old.lowerBound + prefix..<$0.old.upperBound + prefix,
                                   new: $0.new.lowerBound + prefix..<$0.new.upperBound + prefix) }
    }

    /// Myers' O((N+M)·D) shortest edit script, or nil when it would exceed the budget.
    static func myers(_ a: [Int], _ b: [Int]) -> [Change]? {
        let n = a.count, m = b.count
        let maxD = min(n + m, max(16, myersBudget / (n + m)), 2048)
        let offset = maxD + 1
        var v = [Int](repeating: 0, count: 2 * maxD + 3)
        var trace: [[Int]] = []
        for d in 0...maxD {
            trace.append(Array(v[offset - d - 1...offset + d + 1]))
            for k in stride(from: -d, through: d, by: 2) {
                var x = (k == -d || (k != d && v[offset + k - 1] < v[offset + k + 1])) ? v[offset + k + 1] : v[offset + k - 1] + 1
                var y = x - k
                while x < n && y < m && a[x] == b[y] { x += 1; y += 1 }
                v[offset + k] = x
                if x >= n && y >= m { return backtrack(trace, n: n, m: m, d: d) }
            }
        }
        return nil
    }

    /// Walks Myers' trace back from the end into replaced blocks.
    private static func backtrack(_ trace: [[Int]], n: Int, m: Int, d finalD: Int) -> [Change] {
        var x = n, y = m
        var changes: [Change] = []
        func add(old: Range<Int>, new: Range<Int>) {
            // Merge with the block just after it (we walk backwards).
            if let next = changes.last, next.old.lowerBound == old.upperBound, next.new.lowerBound == new.upperBound {
                changes[changes.count - 1] = Change(old: old.lowerBound..<next.old.upperBound, new: new.lowerBound..<next.new.upperBound)
            } else {
                changes.append(Change(old: old, new: new))
            }
        }
        for d in stride(from: finalD, to: 0, by: -1) {
            let v = trace[d]  // v[k] is at index k + d + 1
            let k = x - y
            let down = k == -d || (k != d && v[k - 1 + d + 1] < v[k + 1 + d + 1])
            let previousK = down ? k + 1 : k - 1
            let previousX = v[previousK + d + 1], previousY = previousX - previousK
            // Diagonal (equal lines) back to the end of the previous edit.
            let snakeStartX = down ? previousX : previousX + 1
            x = snakeStartX
            y = snakeStartX - k
            if down { add(old: x..<x, new: previousY..<y) } else { add(old: previousX..<x, new: y..<y) }
            x = previousX
            y = previousY
        }
        return changes.reversed()
    }

    /// A linear walk: on a mismatch, jump to the nearest pair of equal lines (smallest total
    /// skip, found through an index of the new lines); lost for too long, pair lines up.
    static func resynchronisingWalk(_ a: [Int], _ b: [Int]) -> [Change] {
        var positions: [Int: [Int]] = [:]
        for (index, id) in b.enumerated() { positions[id, default: []].append(index) }
        func next(_ id: Int, from start: Int) -> Int? {
            guard let list = positions[id], let last = list.last, last >= start else { return nil }
            return list[list.partitioningIndex { $0 >= start }]
        }
        let lookahead = 2048
        var changes: [Change] = []
        var i = 0, j = 0
        while i < a.count && j < b.count {
            if a[i] == b[j] { i += 1; j += 1; continue }
            var best: (k: Int, l: Int)? = nil
            var k = 0
            while i + k < a.count && k < lookahead && k < (best.map { $0.k + $0.l } ?? Int.max) {
                if let p = next(a[i + k], from: j), k + p - j < (best.map { $0.k + $0.l } ?? Int.max) {
                    best = (k, p - j)
                }
                k += 1
            }
            let (skipOld, skipNew) = best ?? (1, 1)
            changes.append(Change(old: i..<i + skipOld, new: j..<j + skipNew))
            i += skipOld
            j += skipNew
        }
        if i < a.count || j < b.count { changes.append(Change(old: i..<a.count, new: j..<b.count)) }
        // Adjacent blocks read better as one.
        var merged: [Change] = []
        for change in changes {
            if let last = merged.last, last.old.upperBound == change.old.lowerBound, last.new.upperBound == change.new.lowerBound {
                merged[merged.count - 1] = Change(old: last.old.lowerBound..<change.old.upperBound, new: last.new.lowerBound..<change.new.upperBound)
            } else {
                merged.append(change)
            }
        }
        return merged
    }
}
