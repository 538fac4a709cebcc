/// Runs a set of rules over documents.
public struct Linter: Sendable {
    /// The rules that run, in registry order.
    public let rules: [any Rule]
    /// Severity overrides by rule id.
    public let severities: [String: Severity]
    /// Options handed to rules.
    public let options: RuleOptions

    /// Makes a linter.
    public init(rules: [any Rule], severities: [String: Severity] = [:], options: RuleOptions = RuleOptions()) {
        self.rules = rules
        self.severities = severities
        self.options = options
    }

    /// Every finding in the document, in document order, without those a line removal
    /// makes moot (see `MootFindings`) and without a second report of the same repair
    /// (see `RedundantFixes`).
    public func check(_ document: Document) -> [Finding] {
        finish(findingsByRule(document), document)
    }

    /// Each rule's findings, in rule order, with configured severities (before `finish`).
    func findingsByRule(_ document: Document) -> [[Finding]] {
        findingsByRule(document, RuleContext(options: options))
    }

    /// Each rule's findings, with shared analyses in `context` (`fix` keeps it for the next round).
    func findingsByRule(_ document: Document, _ context: RuleContext) -> [[Finding]] {
        rules.map { check($0, document, context) }
    }

    /// One rule's findings with configured severities.
    func check(_ rule: any Rule, _ document: Document, _ context: RuleContext) -> [Finding] {
        var findings = rule.check(document, context)
        for index in findings.indices {
            if let severity = severities[findings[index].ruleID] { findings[index].severity = severity }
        }
        return findings
    }

    /// The report from each rule's findings: moot ones dropped, in document order.
    func finish(_ byRule: [[Finding]], _ document: Document) -> [Finding] {
        let findings = byRule.flatMap { $0 }
        let order = Dictionary(rules.enumerated().map { (type(of: $0.element).description.id, $0.offset) }, uniquingKeysWith: min)
        let kept = MootFindings.dropped(from: findings, in: document, ruleOrder: order)
        return RedundantFixes.merged(kept, ruleOrder: order).sorted {
            ($0.range.lowerBound, $0.range.upperBound, $0.ruleID) < ($1.range.lowerBound, $1.range.upperBound, $1.ruleID)
        }
    }
}

/// Findings that a safe whole-line removal makes moot, so a report does not list the colon
/// of a repeated title, a bracket inside a summary block, or a second rule's claim on a line
/// that `fix` deletes anyway.
///
/// A *line removal* is a boilerplate or duplicate finding whose safe fix is one deletion of
/// whole lines around its span. Line removals are ranked: duplicate before boilerplate (a
/// copy names the line it repeats), then by rule order. In rank order, a line removal whose
/// span lies inside a kept one of another rule is dropped. Then every other finding whose
/// span lies inside a kept line removal of another rule is dropped, except truncation
/// findings: a cut inside a removed summary block still says the source was cut.
enum MootFindings {
    /// The findings without the moot ones, in their original order.
    static func dropped(from findings: [Finding], in document: Document, ruleOrder: [String: Int]) -> [Finding] {
        let bytes = document.bytes
        func startsLine(_ offset: Int) -> Bool { offset == 0 || bytes[offset - 1] == 0x0A }
        func endsLine(_ offset: Int) -> Bool { offset == bytes.count || bytes[offset - 1] == 0x0A }
        func lineRemoval(_ finding: Finding) -> Range<Int>? {
            guard finding.category == .boilerplate || finding.category == .duplicate,
                  let fix = finding.fix, fix.applicability == .safe, fix.edits.count == 1,
                  let edit = fix.edits.first, edit.replacement.isEmpty, !edit.range.isEmpty,
                  startsLine(edit.range.lowerBound), endsLine(edit.range.upperBound),
                  contains(edit.range, finding.range) else { return nil }
            return edit.range
        }
        var removals: [(index: Int, range: Range<Int>)] = findings.indices.compactMap { index in
            lineRemoval(findings[index]).map { (index, $0) }
        }
        guard !removals.isEmpty else { return findings }
        func rank(_ index: Int) -> (Int, Int, Int) {
            (findings[index].category == .duplicate ? 0 : 1, ruleOrder[findings[index].ruleID] ?? Int.max, index)
        }
        removals.sort { rank($0.index) < rank($1.index) }
        var kept: [(range: Range<Int>, rule: String)] = []
        var dropped = Set<Int>()
        for removal in removals {
            let finding = findings[removal.index]
            if kept.contains(where: { $0.rule != finding.ruleID && contains($0.range, finding.range) }) {
                dropped.insert(removal.index)
            } else {
                kept.append((removal.range, finding.ruleID))
            }
        }
        // The other findings, against the kept removals sorted by start: a backwards scan from
        // the last removal starting at or before a finding, while one could still reach it.
        kept.sort { $0.range.lowerBound < $1.range.lowerBound }
        var reach: [Int] = []  // the furthest end among kept[0...i]
        for removal in kept { reach.append(max(reach.last ?? 0, removal.range.upperBound)) }
        let removalIndexes = Set(removals.map(\.index))
        for (index, finding) in findings.enumerated() where !removalIndexes.contains(index) && finding.category != .truncation {
            var candidate = kept.partitioningIndex { $0.range.lowerBound > finding.range.lowerBound } - 1
            while candidate >= 0, reach[candidate] >= finding.range.upperBound {
                if kept[candidate].rule != finding.ruleID, contains(kept[candidate].range, finding.range) {
                    dropped.insert(index)
                    break
                }
                candidate -= 1
            }
        }
        return findings.indices.filter { !dropped.contains($0) }.map { findings[$0] }
    }

    /// Whether `inner` lies within `outer` (an empty range at `outer`'s end does not).
    static func contains(_ outer: Range<Int>, _ inner: Range<Int>) -> Bool {
        outer.lowerBound <= inner.lowerBound && inner.upperBound <= outer.upperBound
            && (!inner.isEmpty || inner.lowerBound < outer.upperBound)
    }
}

/// One finding per repair: two rules of a category that propose the same edit at the same
/// place (a corpus copy and an orphan both inserting 党 at one gap) report it once.
///
/// A finding is *covered* by another of its category when every edit of its fix has the same
/// range among the other's edits. Findings are visited strongest first (more edits, then a
/// safe fix, then the narrower span, then rule order); a covered finding is dropped when the
/// one covering it is at least as safe and, if it proposes other text at the shared place,
/// strictly safer. Alternatives are not lost: when both fix one place, the kept finding's
/// suggestions gain the dropped one's; a finding whose suggestions offer alternatives to a
/// wider repair that is only suggested stays.
enum RedundantFixes {
    /// The findings without the covered ones, in their original order.
    static func merged(_ findings: [Finding], ruleOrder: [String: Int]) -> [Finding] {
        var result = findings
        let fixed = findings.indices.filter { !(findings[$0].fix?.edits.isEmpty ?? true) }
        guard fixed.count > 1 else { return findings }
        func safety(_ index: Int) -> Int { findings[index].fix?.applicability == .safe ? 1 : 0 }
        // Sort keys made once (a rule-order look-up per comparison hashed a rule id each time).
        let order = fixed.map {
            (-findings[$0].fix!.edits.count, -safety($0), findings[$0].range.count, ruleOrder[findings[$0].ruleID] ?? Int.max, $0)
        }.sorted { $0 < $1 }.map(\.4)
        struct Place: Hashable { var category: Category; var range: Range<Int> }
        var keptAt: [Place: [Int]] = [:]
        var dropped = Set<Int>()
        for index in order {
            let edits = findings[index].fix!.edits
            let category = findings[index].category
            let cover = keptAt[Place(category: category, range: edits[0].range)]?.first { kept in
                covers(result[kept], findings[index], keptSafety: safety(kept), safety: safety(index))
            }
            if let cover {
                dropped.insert(index)
                if result[cover].fix!.edits.count == edits.count {
                    result[cover].suggestions = mergedSuggestions(result[cover], findings[index])
                }
                continue
            }
            for edit in edits { keptAt[Place(category: category, range: edit.range), default: []].append(index) }
        }
        guard !dropped.isEmpty else { return findings }
        return result.indices.filter { !dropped.contains($0) }.map { result[$0] }
    }

    /// Whether `kept` makes `other` redundant (see the type's comment).
    static func covers(_ kept: Finding, _ other: Finding, keptSafety: Int, safety: Int) -> Bool {
        guard keptSafety >= safety, let keptEdits = kept.fix?.edits, let edits = other.fix?.edits else { return false }
        var sameText = true
        for edit in edits {
            guard let match = keptEdits.first(where: { $0.range == edit.range }) else { return false }
            if match.replacement != edit.replacement { sameText = false }
        }
        if !sameText && keptSafety == safety { return false }
        // Alternatives for one piece of a wider repair that is only a suggestion stay listed.
        if keptEdits.count > edits.count && keptSafety == 0 && alternatives(other).count > 1 { return false }
        return true
    }

    /// What a finding proposes: its suggestions, or its fix's text.
    static func alternatives(_ finding: Finding) -> [String] {
        if !finding.suggestions.isEmpty { return finding.suggestions }
        let text = finding.fix?.edits.map { String($0.replacement.drop { $0 == " " }.reversed().drop { $0 == " " }.reversed()) }
            .joined(separator: " ") ?? ""
        return text.isEmpty ? [] : [text]
    }

    /// The kept finding's suggestions followed by the dropped one's, when together they
    /// offer more than one.
    static func mergedSuggestions(_ kept: Finding, _ other: Finding) -> [String] {
        var merged = alternatives(kept)
        for suggestion in alternatives(other) where !merged.contains(suggestion) { merged.append(suggestion) }
        return merged.count > 1 ? merged : kept.suggestions
    }
}
