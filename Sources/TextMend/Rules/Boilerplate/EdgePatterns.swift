import Synchronization

/// The line patterns of `Resources/boilerplate-patterns.txt`, parsed and compiled once.
///
/// Each pattern belongs to a family (one rule each) and says how safe removing a matching
/// line is. A `PatternScreen` finds, in one pass over a line, the few patterns whose leading
/// literal text occurs in it, so a line that matches nothing costs no regex search at all.
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
    /// Lines that did not parse or compile (a test keeps this empty; compiles every lazy
    /// pattern).
    var errors: [String] {
        parseErrors + lazyLines.compactMap { item in item.regex.compileError.map { "line \(item.line): \($0)" } }
    }
    private let parseErrors: [String]
    /// Lazily compiled expressions and their line numbers, for `errors`.
    private let lazyLines: [(line: Int, regex: ICURegex)]
    /// The screen over `patterns` (internal for tests).
    let screen: PatternScreen
    private let markerScreen: PatternScreen

    /// The patterns shipped with textmend.
    /// Each compiles on its first search: compiling all of them (case-insensitive set
    /// building in ICU) cost more than a whole check of a 2.5 MB file.
    static let builtIn = EdgePatterns(text: String(decoding: PackageResources.boilerplate_patterns_txt, as: UTF8.self), lazy: true)

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

    /// Parses the pattern-file format (see the file's header). `lazy` defers compiling each
    /// expression to its first search (a pattern that does not compile then never matches).
    init(text: String, macros: Bool = true, lazy: Bool = false) {
        var patterns: [Pattern] = [], markers: [ICURegex] = [], families: [String] = [], errors: [String] = []
        var lazyLines: [(line: Int, regex: ICURegex)] = []
        var defines: [(name: String, value: String, needle: [UInt8])] = []
        var family: String?
        // Lines split on the bytes (a character-wise split costs ~8 M instructions on the
        // built-in file); the same split unless a CR stands before a line feed (one character).
        let lines: [Substring] = text.utf8.contains(0x0D) ? text.split(separator: "\n", omittingEmptySubsequences: false)
            : text.utf8.split(separator: 0x0A, omittingEmptySubsequences: false).map { Substring($0) }
        for (number, raw) in lines.enumerated() {
            let line = raw.trimmingEdgeBlanks()
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
            var source = String(line[space...]).trimmingEdgeBlanks()
            if kind == "define", macros {
                guard let nameEnd = source.firstIndex(where: { $0 == " " || $0 == "\t" }) else {
                    errors.append("line \(number + 1): expected 'define NAME <regex>'")
                    continue
                }
                let name = String(source[..<nameEnd])
                defines.append((name, Self.expand(String(source[nameEnd...]).trimmingEdgeBlanks(), defines), Array("{\(name)}".utf8)))
                continue
            }
            if macros { source = Self.expand(source, defines) }
            guard let family else {
                errors.append("line \(number + 1): pattern outside a [family] section")
                continue
            }
            let regex: ICURegex
            if lazy {
                regex = ICURegex(lazy: source)
                lazyLines.append((number + 1, regex))
            } else {
                do { regex = try ICURegex(source) } catch {
                    errors.append("line \(number + 1): \(error)")
                    continue
                }
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
        parseErrors = errors
        self.lazyLines = lazyLines
        screen = PatternScreen(patterns.map(\.regex))
        markerScreen = PatternScreen(markers)
    }

    /// The best pattern matching a trimmed line: safe before suggested, then file order.
    /// `long` says the line is prose-length (see `PatternScreen.candidates`).
    func match(_ buffer: UnsafeBufferPointer<UInt8>, _ line: Range<Int>, long: Bool = false) -> Match? {
        var best: Match?
        for index in screen.candidates(buffer, line, long: long) {
            let pattern = patterns[index]
            if let best, best.pattern.applicability == .safe || pattern.applicability == .suggested { continue }
            if let range = pattern.regex.firstMatch(in: buffer, line) {
                best = Match(pattern: pattern, range: range)
            }
        }
        return best
    }

    /// The first summary marker found in a line.
    func marker(_ buffer: UnsafeBufferPointer<UInt8>, _ line: Range<Int>) -> Range<Int>? {
        for index in markerScreen.candidates(buffer, line) {
            if let range = markers[index].firstMatch(in: buffer, line) { return range }
        }
        return nil
    }

    private static func expand(_ source: String, _ defines: [(name: String, value: String, needle: [UInt8])]) -> String {
        // Without a `{` no macro can be there (and a replacement only happens where one is).
        guard source.utf8.contains(0x7B) else { return source }
        // Replaced on the bytes (a character-wise `replacing` cost 3 M instructions on the
        // built-in file): the same while no `{` or `}` stands beside a combining mark.
        var result = Array(source.utf8)
        for (_, value, needle) in defines.reversed() {
            var expanded: [UInt8] = [], start = 0
            while let found = result.withUnsafeBufferPointer({ ByteSearch.firstOffset(of: needle, in: UnsafeBufferPointer(rebasing: $0[start...])) }) {
                expanded += result[start..<start + found]
                expanded += value.utf8
                start += found + needle.count
            }
            guard start > 0 else { continue }
            result = expanded + result[start...]
        }
        return String(decoding: result, as: UTF8.self)
    }

}

extension StringProtocol {
    /// The text without leading and trailing spaces and tabs.
    func trimmingEdgeBlanks() -> String {
        var slice = Substring(self)
        while let first = slice.first, first == " " || first == "\t" || first == "\r" { slice.removeFirst() }
        while let last = slice.last, last == " " || last == "\t" || last == "\r" { slice.removeLast() }
        return String(slice)
    }
}

/// Tells, cheaply, which of several patterns may match a line: by their leading literals
/// (`LiteralScreen`), and for the few patterns whose opening is not a literal, always (short
/// lines only) — unless some other literal every match holds (`LeadingLiterals.required`) is absent.
struct PatternScreen: Sendable {
    private let literals: LiteralScreen
    private let unscreened: [Int]
    /// Patterns without a leading literal but with a required one (tried on short lines
    /// only, like `unscreened`): a line without it cannot match, so the expression is never
    /// compiled for it (compiling `^[\w.+-]+@…` alone cost 26 M instructions).
    private let required: LiteralScreen
    private let requiredCount: Int

    /// Builds the screen for patterns in order (candidates are reported by index).
    init(_ regexes: [ICURegex]) {
        var unscreened: [Int] = [], entries: [LiteralScreen.Entry] = [], required: [LiteralScreen.Entry] = []
        var requiredCount = 0
        for (index, regex) in regexes.enumerated() {
            if let (leading, maxStart) = Self.leadingLiterals(regex.pattern) {
                entries += leading.map { LiteralScreen.Entry(literal: $0, pattern: index, maxStart: maxStart) }
            } else if let inner = LeadingLiterals.required(regex.pattern) {
                required += inner.map { LiteralScreen.Entry(literal: $0, pattern: index) }
                requiredCount += 1
            } else {
                unscreened.append(index)
            }
        }
        self.unscreened = unscreened
        literals = LiteralScreen(entries)
        self.required = LiteralScreen(required)
        self.requiredCount = requiredCount
    }

    /// Indexes of the patterns that may match the line, ascending. On a long line, the
    /// patterns without a leading literal (all shaped for short lines) are not tried.
    func candidates(_ buffer: UnsafeBufferPointer<UInt8>, _ line: Range<Int>, long: Bool = false) -> [Int] {
        let hits = literals.hits(buffer, line)
        var always = long ? [] : unscreened
        if !long, requiredCount > 0 { always += required.hits(buffer, line) }
        if hits.isEmpty { return always.count > 1 ? always.sorted() : always }
        return (Array(hits) + always).sorted()
    }

    /// A pattern's leading literals and how far into the line they may start: anywhere for
    /// a floating pattern; for `^` or `^\W{0,n}`, within the first n scalars.
    static func leadingLiterals(_ pattern: String) -> ([String], Int)? {
        guard pattern.hasPrefix("^") else { return LeadingLiterals.of(pattern).map { ($0.literals, Int.max) } }
        if hasTopLevelAlternative(pattern) { return nil }
        var rest = pattern.dropFirst()
        var maxStart = 0
        if rest.hasPrefix("\\W{0,"), let close = rest.firstIndex(of: "}"),
           let count = Int(rest[rest.index(rest.startIndex, offsetBy: 5)..<close]) {
            maxStart = count
            rest = rest[rest.index(after: close)...]
        }
        // `(?=.{0,60}客服)`: every match has the lookahead's literal somewhere in the line.
        if let ahead = lookaheadLiterals(rest) { return (ahead, Int.max) }
        guard let (literals, exact) = LeadingLiterals.of(String(rest)) else { return nil }
        return (literals, exact ? maxStart : Int.max)
    }

    /// The literals of a lookahead `(?=.{0,n}…)` opening `rest`, one of which every match
    /// holds in the line: the leading literals of its body after the `.{0,n}`.
    static func lookaheadLiterals(_ rest: Substring) -> [String]? {
        guard rest.hasPrefix("(?=.{0,") else { return nil }
        let scalars = Array(rest.unicodeScalars)
        var index = 7
        while index < scalars.count, ("0"..."9").contains(scalars[index]) { index += 1 }
        guard index > 7, index < scalars.count, scalars[index] == "}" else { return nil }
        let bodyStart = index + 1
        var depth = 1, inClass = false, escaped = false
        index = bodyStart
        while index < scalars.count {
            let scalar = scalars[index]
            if escaped {
                escaped = false
            } else if scalar == "\\" {
                escaped = true
            } else if inClass {
                if scalar == "]" { inClass = false }
            } else if scalar == "[" {
                inClass = true
            } else if scalar == "(" {
                depth += 1
            } else if scalar == ")" {
                depth -= 1
                if depth == 0 { break }
            }
            index += 1
        }
        guard depth == 0, index > bodyStart else { return nil }
        var body = String.UnicodeScalarView()
        body.append(contentsOf: scalars[bodyStart..<index])
        return LeadingLiterals.of(String(body))?.literals
    }

    /// Whether a `|` splits the whole pattern (then `^` binds only its first branch).
    static func hasTopLevelAlternative(_ pattern: String) -> Bool {
        var depth = 0, inClass = false, escaped = false
        for character in pattern.unicodeScalars {
            if escaped { escaped = false; continue }
            switch character {
            case "\\": escaped = true
            case "[": inClass = true
            case "]": inClass = false
            case "(" where !inClass: depth += 1
            case ")" where !inClass: depth -= 1
            case "|" where !inClass && depth == 0: return true
            default: break
            }
        }
        return false
    }

    /// Patterns the screen always tries (their opening is not a literal), for tests.
    var unscreenedCount: Int { unscreened.count }
}
