import Synchronization

/// The line patterns of `Resources/boilerplate-patterns.txt`, parsed and compiled once.
///
/// Each pattern belongs to a family (one rule each) and says how safe removing a matching
/// line is. All family patterns are also joined into one alternation, so the common case,
/// a line that matches nothing, costs a single regex search.
struct EdgePatterns: Sendable {
    /// One compiled line pattern.
    struct Pattern: Sendable {
        /// The family, i.e. the section it sits in.
        var family: String
        /// How safe removing a matching line is.
        var applicability: Applicability
        /// Whether a match says the text goes on elsewhere (`+cut`).
        var continues: Bool
        /// The expression.
        var regex: ICURegex
    }

    /// A pattern that matched a line.
    struct Match: Sendable {
        /// The pattern.
        var pattern: Pattern
        /// Byte range of the match in the document.
        var range: Range<Int>
    }

    /// Family patterns in file order.
    let patterns: [Pattern]
    /// summary-echo markers.
    let markers: [ICURegex]
    /// Every section name, in file order.
    let families: [String]
    /// Lines that did not parse or compile (a test keeps this empty).
    let errors: [String]
    private let prefilter: ICURegex?
    private let markerPrefilter: ICURegex?

    /// The patterns shipped with textmend.
    static let builtIn = EdgePatterns(text: String(decoding: PackageResources.boilerplate_patterns_txt, as: UTF8.self))

    /// The family of patterns from configuration.
    static let customFamily = "custom-pattern"
    private static let customCache = Mutex<[[String]: EdgePatterns]>([:])

    /// Safe patterns from configuration (`RuleOptions.boilerplatePatterns`), compiled once
    /// per distinct list. Each must match a whole trimmed line (a pattern that matched
    /// anywhere could take every short line of prose). Patterns that do not compile are
    /// left out.
    static func custom(_ sources: [String]) -> EdgePatterns? {
        guard !sources.isEmpty else { return nil }
        if let cached = customCache.withLock({ $0[sources] }) { return cached }
        let text = "[\(customFamily)]\n" + sources.map { "safe ^(?:\($0))$" }.joined(separator: "\n")
        let patterns = EdgePatterns(text: text, macros: false)
        customCache.withLock { $0[sources] = patterns }
        return patterns
    }

    /// Parses the pattern-file format (see the file's header).
    init(text: String, macros: Bool = true) {
        var patterns: [Pattern] = [], markers: [ICURegex] = [], families: [String] = [], errors: [String] = []
        var defines: [(name: String, value: String)] = []
        var family: String?
        for (number, raw) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let line = raw.trimmingBlanks()
            if line.isEmpty || line.hasPrefix("#") { continue }
            if line.hasPrefix("["), line.hasSuffix("]") {
                let name = String(line.dropFirst().dropLast())
                family = name
                families.append(name)
                continue
            }
            guard let space = line.firstIndex(where: { $0 == " " || $0 == "\t" }) else {
                errors.append("line \(number + 1): expected '<kind> <regex>'")
                continue
            }
            let kind = String(line[..<space])
            var source = String(line[space...]).trimmingBlanks()
            if kind == "define", macros {
                guard let nameEnd = source.firstIndex(where: { $0 == " " || $0 == "\t" }) else {
                    errors.append("line \(number + 1): expected 'define NAME <regex>'")
                    continue
                }
                defines.append((String(source[..<nameEnd]), Self.expand(String(source[nameEnd...]).trimmingBlanks(), defines)))
                continue
            }
            if macros { source = Self.expand(source, defines) }
            guard let family else {
                errors.append("line \(number + 1): pattern outside a [family] section")
                continue
            }
            let regex: ICURegex
            do { regex = try ICURegex(source) } catch {
                errors.append("line \(number + 1): \(error)")
                continue
            }
            switch kind {
            case "safe", "safe+cut", "suggested", "suggested+cut":
                patterns.append(Pattern(family: family, applicability: kind.hasPrefix("safe") ? .safe : .suggested,
                                        continues: kind.hasSuffix("+cut"), regex: regex))
            case "marker":
                markers.append(regex)
            default:
                errors.append("line \(number + 1): unknown kind '\(kind)'")
            }
        }
        self.patterns = patterns
        self.markers = markers
        self.families = families
        self.errors = errors
        prefilter = Self.alternation(patterns.map(\.regex))
        markerPrefilter = Self.alternation(markers)
    }

    /// The best pattern matching a trimmed line: safe before suggested, then file order.
    func match(_ buffer: UnsafeBufferPointer<UInt8>, _ line: Range<Int>) -> Match? {
        if let prefilter, prefilter.firstMatch(in: buffer, line) == nil { return nil }
        var best: Match?
        for pattern in patterns {
            if let best, best.pattern.applicability == .safe || pattern.applicability == .suggested { continue }
            if let range = pattern.regex.firstMatch(in: buffer, line) {
                best = Match(pattern: pattern, range: range)
            }
        }
        return best
    }

    /// The first summary marker found in a line.
    func marker(_ buffer: UnsafeBufferPointer<UInt8>, _ line: Range<Int>) -> Range<Int>? {
        if let markerPrefilter, markerPrefilter.firstMatch(in: buffer, line) == nil { return nil }
        for marker in markers {
            if let range = marker.firstMatch(in: buffer, line) { return range }
        }
        return nil
    }

    /// One expression matching wherever any of several does (a cheap first test).
    private static func alternation(_ regexes: [ICURegex]) -> ICURegex? {
        guard regexes.count > 1 else { return nil }
        return try? ICURegex(regexes.map { "(?:\($0.pattern))" }.joined(separator: "|"))
    }

    private static func expand(_ source: String, _ defines: [(name: String, value: String)]) -> String {
        var result = source
        for (name, value) in defines.reversed() {
            result = result.replacing("{\(name)}", with: value)
        }
        return result
    }
}

extension StringProtocol {
    /// The text without leading and trailing spaces and tabs.
    func trimmingBlanks() -> String {
        var slice = Substring(self)
        while let first = slice.first, first == " " || first == "\t" || first == "\r" { slice.removeFirst() }
        while let last = slice.last, last == " " || last == "\t" || last == "\r" { slice.removeLast() }
        return String(slice)
    }
}
