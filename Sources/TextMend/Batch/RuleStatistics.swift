/// `check --statistics`: how often each rule fired, most frequent first.
public struct RuleStatistics: Sendable {
    /// One rule's count.
    public struct Entry: Sendable, Equatable {
        /// The rule id.
        public var rule: String
        /// Its category.
        public var category: Category
        /// Findings.
        public var count: Int
        /// Findings with a safe fix.
        public var fixable: Int
        /// Findings with a suggested fix.
        public var suggested: Int
    }

    private var entries: [String: Entry] = [:]

    /// Empty statistics.
    public init() {}

    /// Counts findings.
    public mutating func add(_ findings: [Finding]) {
        for finding in findings {
            var entry = entries[finding.ruleID]
                ?? Entry(rule: finding.ruleID, category: finding.category, count: 0, fixable: 0, suggested: 0)
            entry.count += 1
            switch finding.fix?.applicability {
            case .safe?: entry.fixable += 1
            case .suggested?: entry.suggested += 1
            case nil: break
            }
            entries[finding.ruleID] = entry
        }
    }

    /// The rules that fired, most findings first, then by id.
    public var sorted: [Entry] {
        entries.values.sorted { ($1.count, $0.rule) < ($0.count, $1.rule) }
    }

    /// The statistics in a report format: a table for text, an array for JSON, one object
    /// per line for JSON Lines.
    public func render(_ format: ReportFormat) -> String {
        let rows = sorted
        switch format {
        case .text:
            let width = String(rows.first?.count ?? 0).count
            let idWidth = rows.map(\.rule.count).max() ?? 0
            return rows.map { entry in
                let count = String(entry.count)
                let mark = entry.fixable > 0 ? "[*]" : entry.suggested > 0 ? "[?]" : "   "
                let summary = RuleRegistry.rule(id: entry.rule)?.description.summary ?? ""
                return String(repeating: " ", count: width - count.count) + count + "  "
                    + entry.rule + String(repeating: " ", count: idWidth - entry.rule.count) + "  " + mark + " " + summary
            }.joined(separator: "\n") + (rows.isEmpty ? "" : "\n")
        case .json, .sarif, .html:
            return JSONValue.array(rows.map(Self.json)).pretty + "\n"
        case .jsonl:
            return rows.map { Self.json($0).compact + "\n" }.joined()
        }
    }

    private static func json(_ entry: Entry) -> JSONValue {
        .object([("rule", .string(entry.rule)), ("category", .string(entry.category.rawValue)),
                 ("count", .int(entry.count)), ("fixable", .int(entry.fixable)), ("suggested", .int(entry.suggested))])
    }
}
