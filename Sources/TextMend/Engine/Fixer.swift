/// Applies fixes until the text stops changing.
public struct Fixer: Sendable {
    /// The result of fixing one document.
    public struct Result: Sendable {
        /// The repaired text as UTF-8 (no BOM).
        public var bytes: [UInt8]
        /// The findings whose fixes were applied, in the offsets of the text they were found in.
        public var applied: [Finding]
        /// Findings that remain in the repaired text.
        public var remaining: [Finding]
        /// Rounds of check-and-apply that ran.
        public var rounds: Int
        /// Whether the text changed.
        public var changed: Bool
    }

    /// The linter whose findings are fixed.
    public let linter: Linter
    /// The least safe applicability applied (`.safe`, or `.suggested` with unsafe fixes).
    public let applicability: Applicability
    /// A bound on rounds, so two rules undoing each other cannot loop forever.
    public var maxRounds = 10
    /// Whether re-checks after a round re-run line- and paragraph-local rules only on the
    /// text the round edited (the result is the same; off, every rule re-runs on everything).
    public var incremental = true

    /// Makes a fixer.
    public init(linter: Linter, applicability: Applicability = .safe) {
        self.linter = linter
        self.applicability = applicability
    }

    /// Repairs a document: check, apply non-conflicting fixes, re-check, until stable.
    public func fix(_ document: Document) -> Result {
        var current = document
        var applied: [Finding] = []
        var context = RuleContext(options: linter.options, servesFix: true)
        var byRule = linter.findingsByRule(current, context)
        var findings = linter.finish(byRule, current)
        var rounds = 0
        while rounds < maxRounds {
            let chosen = Self.choose(findings.filter { ($0.fix?.applicability ?? .suggested) <= applicability && $0.fix != nil })
            if chosen.isEmpty { break }
            rounds += 1
            applied.append(contentsOf: chosen)
            let edits = chosen.flatMap { $0.fix!.edits }
            var encoding = current.encoding
            encoding.undecodable = Self.shift(encoding.undecodable, through: edits)
            let next = Document(current, applying: edits, encoding: encoding)
            // Rules whose findings are local re-run only where the edits landed.
            // Shared analyses may update the last round's results (see `EarlierRound`).
            if incremental {
                (byRule, context) = linter.recheck(next, previous: byRule, old: current, oldContext: context, edits: edits)
            } else {
                context = RuleContext(options: linter.options, servesFix: true)
                byRule = linter.findingsByRule(next, context)
            }
            current = next
            findings = linter.finish(byRule, current)
        }
        return Result(bytes: current.bytes, applied: applied, remaining: findings, rounds: rounds,
                      changed: current.bytes != document.bytes)
    }

    /// Picks fixes that do not conflict. Fixes whose spans touch form a group (a sweep in
    /// document order, so thousands of small fixes stay linear); within a group wider fixes
    /// win (a block removal beats the edits inside it), then earlier ones, then by rule id.
    static func choose(_ candidates: [Finding]) -> [Finding] {
        func hull(_ finding: Finding) -> Range<Int> {
            let edits = finding.fix!.edits
            return edits.first!.range.lowerBound..<edits.map(\.range.upperBound).max()!
        }
        let inOrder = candidates.filter { !($0.fix!.edits.isEmpty) }.sorted {
            (hull($0).lowerBound, hull($0).upperBound, $0.ruleID) < (hull($1).lowerBound, hull($1).upperBound, $1.ruleID)
        }
        var accepted: [Finding] = []
        var group: [Finding] = []
        var groupEnd = -1
        func resolve() {
            guard group.count > 1 else { accepted.append(contentsOf: group); group = []; return }
            func width(_ finding: Finding) -> Int { finding.fix!.edits.map { $0.range.count }.max() ?? 0 }
            let ordered = group.sorted {
                (-width($0), hull($0).lowerBound, $0.ruleID) < (-width($1), hull($1).lowerBound, $1.ruleID)
            }
            var taken: [Edit] = []
            for finding in ordered {
                let edits = finding.fix!.edits
                if edits.contains(where: { edit in taken.contains { $0.conflicts(with: edit) } }) { continue }
                taken.append(contentsOf: edits)
                accepted.append(finding)
            }
            group = []
        }
        for finding in inOrder {
            let range = hull(finding)
            // Touching is enough to share a group: an insertion at a range's edge may conflict.
            if !group.isEmpty && range.lowerBound > groupEnd { resolve() }
            group.append(finding)
            groupEnd = group.count == 1 ? range.upperBound : max(groupEnd, range.upperBound)
        }
        resolve()
        return accepted
    }

    /// Moves the decoder's records of undecodable bytes to where their U+FFFD stands after
    /// the edits; records whose U+FFFD was edited away are dropped.
    static func shift(_ records: [UndecodableBytes], through edits: [Edit]) -> [UndecodableBytes] {
        guard !records.isEmpty else { return records }
        let sorted = edits.sorted { $0.range.lowerBound < $1.range.lowerBound }
        // One sweep over records and edits in offset order (linear, not records × edits). An
        // edit wholly before a record (an insertion at it included) moves it by the edit's
        // change in length; an edit over it drops it. Edits never overlap, so the first edit
        // not wholly before a record is the only one that can cover it.
        let order = records.indices.sorted { records[$0].textOffset < records[$1].textOffset }
        var moved: [UndecodableBytes?] = records.map { $0 }
        var next = 0, delta = 0
        for index in order {
            let offset = records[index].textOffset
            while next < sorted.count, sorted[next].range.upperBound <= offset {
                delta += sorted[next].replacement.utf8.count - sorted[next].range.count
                next += 1
            }
            if next < sorted.count, sorted[next].range.lowerBound <= offset {
                moved[index] = nil
            } else {
                moved[index]!.textOffset += delta
            }
        }
        return moved.compactMap { $0 }
    }

    /// Applies non-overlapping edits; equivalent to applying them back to front.
    public static func apply(_ edits: [Edit], to bytes: [UInt8]) -> [UInt8] {
        apply(inTextOrder: Edit.inTextOrder(edits), to: bytes)
    }

    /// Applies non-overlapping edits already in text order (`Edit.inTextOrder`).
    static func apply(inTextOrder sorted: [Edit], to bytes: [UInt8]) -> [UInt8] {
        // The copies below read through an unsafe pointer: an edit out of bounds or overlapping
        // another (a rule's bug) must stop here, as the array slices it replaced did.
        precondition(zip(sorted, sorted.dropFirst()).allSatisfy { $0.range.upperBound <= $1.range.lowerBound }
                     && (sorted.first.map { $0.range.lowerBound >= 0 } ?? true) && (sorted.last?.range.upperBound ?? 0) <= bytes.count,
                     "edits overlap or leave the text")
        let size = sorted.reduce(bytes.count) { $0 + $1.replacement.utf8.count - $1.range.count }
        return bytes.withUnsafeBufferPointer { source in
            LargeBuffer.bytes(capacity: size) { output in
                var copied = 0, written = 0
                func write<Bytes: Collection<UInt8>>(_ piece: Bytes) {
                    written = UnsafeMutableBufferPointer(rebasing: output[written...]).initialize(fromContentsOf: piece) + written
                }
                for edit in sorted {
                    write(source[copied..<edit.range.lowerBound])
                    write(edit.replacement.utf8)
                    copied = edit.range.upperBound
                }
                write(source[copied...])
                return written
            }
        }
    }
}
