/// The kinds of damage the contract names; every rule belongs to one.
public enum Category: String, Sendable, CaseIterable, Codable {
    case strippedTerm = "stripped-term"
    case boilerplate
    case duplicate
    case truncation
    case mojibake
    case invalidChar = "invalid-char"
    case markup
    case punctuation
}

/// How loudly a finding is reported.
public enum Severity: String, Sendable, CaseIterable, Codable, Comparable {
    case info, warning, error

    private var rank: Int { [.info: 0, .warning: 1, .error: 2][self]! }
    public static func < (lhs: Severity, rhs: Severity) -> Bool { lhs.rank < rhs.rank }
}

/// Whether a fix may be applied without a person looking at it.
public enum Applicability: String, Sendable, Codable, Comparable {
    /// Right essentially always: `fix` applies it by default.
    case safe
    /// A plausible guess: applied only with `--unsafe-fixes`.
    case suggested

    public static func < (lhs: Applicability, rhs: Applicability) -> Bool { lhs == .safe && rhs == .suggested }
}

/// What a rule can do about what it finds.
public enum Fixability: String, Sendable, Codable {
    /// Reports only.
    case none
    /// Always offers a safe fix.
    case safe
    /// Offers fixes that a person should review.
    case suggested
    /// Safe fixes for some findings, suggested ones for others.
    case sometimes
}
