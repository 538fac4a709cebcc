import Foundation

/// Terms a source is known to delete, and placeholders it writes instead: from
/// configuration (`[strip]`), `--strip-terms FILE`, and the built-in profiles in
/// `Resources/strip-profiles.txt`.
public struct StripLexicon: Sendable, Hashable {
    /// Deleted terms, longest first.
    public var terms: [String]
    /// Placeholder → term.
    public var placeholders: [String: String]

    /// Makes a lexicon; terms are deduplicated and sorted longest first.
    public init(terms: [String] = [], placeholders: [String: String] = [:]) {
        var seen = Set<String>()
        self.terms = terms.filter { !$0.isEmpty && seen.insert($0).inserted }
            .sorted { ($0.unicodeScalars.count, $0) > ($1.unicodeScalars.count, $1) }
        self.placeholders = placeholders
    }

    /// Whether it knows nothing.
    public var isEmpty: Bool { terms.isEmpty && placeholders.isEmpty }

    /// The lexicon the options ask for: configured terms and placeholders plus profiles.
    public init(options: RuleOptions) {
        var terms = options.stripTerms
        var placeholders: [String: String] = [:]
        for name in options.stripProfiles {
            guard let profile = Self.profile(named: name) else { continue }
            terms += profile.terms
            placeholders.merge(profile.placeholders) { current, _ in current }
        }
        placeholders.merge(options.placeholderTerms) { _, configured in configured }
        self.init(terms: terms, placeholders: placeholders)
    }

    /// Reads the strip-terms file format: one term per line, `PLACEHOLDER = TERM` lines,
    /// `#` comments, `[name]` sections (all sections are read).
    public static func parse(_ text: String) -> StripLexicon {
        var terms: [String] = []
        var placeholders: [String: String] = [:]
        for rawLine in text.split(whereSeparator: \.isNewline) {
            let line = rawLine.trimmingCharacters(in: .whitespaces)
            if line.isEmpty || line.hasPrefix("#") || line.hasPrefix("[") { continue }
            if let equals = line.firstIndex(of: "=") {
                let placeholder = line[..<equals].trimmingCharacters(in: .whitespaces)
                let term = line[line.index(after: equals)...].trimmingCharacters(in: .whitespaces)
                if !placeholder.isEmpty && !term.isEmpty { placeholders[placeholder] = term }
            } else {
                terms.append(line)
            }
        }
        return StripLexicon(terms: terms, placeholders: placeholders)
    }

    // MARK: Built-in profiles

    /// The built-in profiles by name.
    public static let profiles: [String: StripLexicon] = {
        let text = String(decoding: PackageResources.strip_profiles_txt, as: UTF8.self)
        var sections: [String: String] = [:]
        var current: String?
        for line in text.split(whereSeparator: \.isNewline) {
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            if trimmed.hasPrefix("[") && trimmed.hasSuffix("]") {
                current = String(trimmed.dropFirst().dropLast())
                sections[current!] = ""
            } else if let name = current {
                sections[name]! += trimmed + "\n"
            }
        }
        return sections.mapValues(parse)
    }()

    /// The names of the built-in profiles, sorted.
    public static var profileNames: [String] { profiles.keys.sorted() }

    /// A built-in profile.
    public static func profile(named name: String) -> StripLexicon? { profiles[name] }
}
