/// What `fix` tells on standard error: a line per repaired file and a closing tally.
public struct FixSummary: Sendable {
    /// How the repairs are delivered, which decides the wording.
    public enum Mode: Sendable {
        /// Printed (stdout) or written (--in-place, --out).
        case write
        /// Only shown as a diff.
        case diff
    }

    /// The mode.
    public let mode: Mode
    /// Whether suggested fixes were applied.
    public let unsafeFixes: Bool
    /// Files repaired or examined.
    public private(set) var files = 0
    /// Files whose text changed.
    public private(set) var changedFiles = 0
    /// Fixes applied.
    public private(set) var applied = 0
    /// Findings left after fixing.
    public private(set) var remaining = 0
    /// Of those, findings a suggested fix would repair (with `--unsafe-fixes`).
    public private(set) var remainingSuggested = 0

    /// Starts a tally.
    public init(mode: Mode, unsafeFixes: Bool) {
        self.mode = mode
        self.unsafeFixes = unsafeFixes
    }

    /// Counts one file; returns its line (`a.txt: fixed 3 (invalid-char.zero-width ×3)`),
    /// or nil when nothing changed.
    public mutating func add(_ file: FixedFile) -> String? {
        files += 1
        applied += file.result.applied.count
        remaining += file.result.remaining.count
        remainingSuggested += file.result.remaining.filter { $0.fix?.applicability == .suggested && !unsafeFixes }.count
        guard file.result.changed else { return nil }
        changedFiles += 1
        var counts: [String: Int] = [:]
        for finding in file.result.applied { counts[finding.ruleID, default: 0] += 1 }
        let rules = counts.sorted { ($1.value, $0.key) < ($0.value, $1.key) }.map { "\($0.key) ×\($0.value)" }
        let verb = mode == .diff ? "would fix" : "fixed"
        let encoding = file.document.encoding.name
        let converted = encoding.uppercased() == "UTF-8" || mode == .diff ? "" : "; written as UTF-8 (was \(encoding))"
        return "\(file.input.path): \(verb) \(file.result.applied.count) (\(rules.joined(separator: ", ")))\(converted)"
    }

    /// The closing line.
    public func render() -> String {
        func plural(_ count: Int, _ word: String) -> String { "\(count) \(word)\(count == 1 ? "" : "s")" }
        var line: String
        if applied == 0 {
            line = "Nothing to fix in \(plural(files, "file"))"
        } else {
            let scope = changedFiles == files ? plural(files, "file") : "\(changedFiles) of \(plural(files, "file"))"
            line = "\(mode == .diff ? "Would fix" : "Fixed") \(plural(applied, "problem")) in \(scope)"
        }
        if remaining > 0 {
            line += "; \(plural(remaining, "problem")) remain\(remaining == 1 ? "s" : "")"
            if remainingSuggested > 0 { line += " (\(remainingSuggested) fixable with --unsafe-fixes)" }
        }
        return line + "."
    }
}
