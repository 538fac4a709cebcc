/// One replacement of a byte range of the document.
public struct Edit: Sendable, Hashable {
    /// Byte range replaced (empty for an insertion).
    public var range: Range<Int>
    /// The new text.
    public var replacement: String

    /// Makes an edit.
    public init(_ range: Range<Int>, _ replacement: String) {
        self.range = range
        self.replacement = replacement
    }

    /// `edits` in text order: by start, then by end (an insertion before an edit that starts
    /// at the same offset).
    static func inTextOrder(_ edits: [Edit]) -> [Edit] {
        edits.sorted { ($0.range.lowerBound, $0.range.upperBound) < ($1.range.lowerBound, $1.range.upperBound) }
    }

    /// True when the two edits cannot both be applied.
    func conflicts(with other: Edit) -> Bool {
        if range.isEmpty && other.range.isEmpty { return range.lowerBound == other.range.lowerBound }
        if range.isEmpty { return other.range.lowerBound < range.lowerBound && range.lowerBound < other.range.upperBound }
        if other.range.isEmpty { return other.conflicts(with: self) }
        return range.overlaps(other.range)
    }
}

/// A repair: edits that never overlap, and how safe they are.
public struct Fix: Sendable, Hashable {
    /// Safe or suggested.
    public var applicability: Applicability
    /// What the fix does, in a few words ("remove the repeated title").
    public var title: String
    /// The edits, in document order.
    public var edits: [Edit]

    /// Makes a fix.
    public init(_ applicability: Applicability, _ title: String, _ edits: [Edit]) {
        self.applicability = applicability
        self.title = title
        self.edits = edits.sorted { $0.range.lowerBound < $1.range.lowerBound }
    }
}

/// A problem a rule found: where, what, and possibly how to repair it.
public struct Finding: Sendable, Hashable {
    /// The rule's id, `category.name`.
    public var ruleID: String
    /// The rule's category.
    public var category: Category
    /// Severity after configuration.
    public var severity: Severity
    /// What is wrong, lower-case, no final period.
    public var message: String
    /// Byte range of the damaged span (a gap covers the characters on both sides).
    public var range: Range<Int>
    /// The repair, when the rule can make one.
    public var fix: Fix?
    /// Candidate restorations when more than one is plausible.
    public var suggestions: [String]
    /// Facts the damage carries that a user may keep (the source and author of a page),
    /// by field name; reported in JSON as `metadata` when not empty.
    public var metadata: [String: String]

    /// Makes a finding.
    public init(ruleID: String, category: Category, severity: Severity, message: String,
                range: Range<Int>, fix: Fix? = nil, suggestions: [String] = [], metadata: [String: String] = [:]) {
        self.ruleID = ruleID
        self.category = category
        self.severity = severity
        self.message = message
        self.range = range
        self.fix = fix
        self.suggestions = suggestions
        self.metadata = metadata
    }
}
