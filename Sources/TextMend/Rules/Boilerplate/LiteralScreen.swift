/// Finds, in one pass over a line, which patterns' leading literals occur in it.
///
/// Most patterns open with literal text (`(?:获取|下载)…`, `由会员分享`, `^\W{0,3}版权所有`):
/// a pattern can only match where one of those literals occurs (for `^` patterns, within
/// the first few scalars). The screen keeps a table of the literals' first scalars and
/// compares literals only where a first scalar appears. (A single ICU alternation of all
/// patterns is far slower: ICU copies its whole backtracking frame for every alternative.)
struct LiteralScreen: Sendable {
    /// The literals by first scalar, each group in entry order.
    private var groups: [[(bytes: [UInt8], pattern: Int, maxStart: Int)]] = []
    /// For each scalar below U+10000: 0, or one more than the index of its group (a look-up
    /// without hashing, for every scalar of every line screened).
    private var slots = [UInt16](repeating: 0, count: 0x10000)
    /// The groups of first scalars from U+10000 up.
    private var astralSlots: [UInt32: Int] = [:]

    /// One literal of a pattern, and the last scalar offset it may start at (`Int.max`:
    /// anywhere).
    struct Entry {
        var literal: String
        var pattern: Int
        var maxStart = Int.max
    }

    /// Indexes the literals; ASCII letters match either case.
    init(_ entries: [Entry]) {
        for entry in entries {
            let (literal, pattern) = (entry.literal, entry.pattern)
            let bytes = Array(literal.utf8).map(Self.lowercased)
            guard let first = String(decoding: bytes, as: UTF8.self).unicodeScalars.first?.value else { continue }
            var group = first < 0x10000 ? Int(slots[Int(first)]) - 1 : astralSlots[first, default: -1]
            if group < 0 {
                group = groups.count
                groups.append([])
                if first < 0x10000 { slots[Int(first)] = UInt16(groups.count) } else { astralSlots[first] = group }
            }
            groups[group].append((bytes, pattern, entry.maxStart))
        }
    }

    /// The patterns (indexes) whose literals occur in a line, each once, in no order.
    func hits(_ buffer: UnsafeBufferPointer<UInt8>, _ line: Range<Int>) -> Set<Int> {
        var found: Set<Int> = []
        var index = line.lowerBound, offset = 0
        while index < line.upperBound {
            let (scalar, length) = Self.decode(buffer, index)
            defer { offset += 1 }
            let value = scalar < 0x80 ? UInt32(Self.lowercased(UInt8(scalar))) : scalar
            let group = value < 0x10000 ? Int(slots[Int(value)]) - 1 : astralSlots[value, default: -1]
            if group >= 0 {
                for candidate in groups[group] where offset <= candidate.maxStart && !found.contains(candidate.pattern)
                    && Self.matches(candidate.bytes, buffer, index, line.upperBound) {
                    found.insert(candidate.pattern)
                }
            }
            index += length
        }
        return found
    }

    private static func matches(_ literal: [UInt8], _ buffer: UnsafeBufferPointer<UInt8>, _ at: Int, _ end: Int) -> Bool {
        guard end - at >= literal.count else { return false }
        for offset in 0..<literal.count where lowercased(buffer[at + offset]) != literal[offset] { return false }
        return true
    }

    @inline(__always)
    private static func lowercased(_ byte: UInt8) -> UInt8 { byte >= 0x41 && byte <= 0x5A ? byte + 0x20 : byte }

    @inline(__always)
    private static func decode(_ buffer: UnsafeBufferPointer<UInt8>, _ at: Int) -> (UInt32, Int) {
        let b0 = UInt32(buffer[at])
        if b0 < 0x80 { return (b0, 1) }
        if b0 < 0xE0, at + 1 < buffer.count { return ((b0 & 0x1F) << 6 | UInt32(buffer[at + 1] & 0x3F), 2) }
        if b0 < 0xF0, at + 2 < buffer.count {
            return ((b0 & 0x0F) << 12 | UInt32(buffer[at + 1] & 0x3F) << 6 | UInt32(buffer[at + 2] & 0x3F), 3)
        }
        guard at + 3 < buffer.count else { return (0xFFFD, 1) }
        return ((b0 & 0x07) << 18 | UInt32(buffer[at + 1] & 0x3F) << 12 | UInt32(buffer[at + 2] & 0x3F) << 6
                | UInt32(buffer[at + 3] & 0x3F), 4)
    }
}

/// The literal texts one of which must open every match of a regular expression, read from
/// its source: plain text, `(?:a|b)` groups, small `[ab]` classes and `\uXXXX` escapes, with
/// lookarounds, `\b` and optional atoms (`\s*`, `(?:…)?`) looked through. Nil when the
/// opening is anything else (`.`, `\d`, `^` …).
enum LeadingLiterals {
    /// The literals, and whether they open the match exactly (no optional atom before them).
    static func of(_ pattern: String) -> (literals: [String], exact: Bool)? {
        let scalars = Array(pattern.unicodeScalars)
        var exact = true
        return alternatives(scalars[...], &exact).map { ($0, exact) }
    }

    private static func alternatives(_ source: ArraySlice<Unicode.Scalar>, _ exact: inout Bool) -> [String]? {
        var result: [String] = []
        for branch in split(source) {
            guard let literals = sequence(branch, &exact), !literals.isEmpty else { return nil }
            result += literals
        }
        return result
    }

    /// The leading literals of a sequence of atoms.
    private static func sequence(_ source: ArraySlice<Unicode.Scalar>, _ exact: inout Bool) -> [String]? {
        var index = source.startIndex
        while index < source.endIndex {
            let scalar = source[index]
            if scalar == "(" {
                guard let close = closing(source, index) else { return nil }
                let body = source[(index + 1)..<close]
                if body.starts(with: ["?", "="]) || body.starts(with: ["?", "!"])
                    || body.starts(with: ["?", "<", "="]) || body.starts(with: ["?", "<", "!"]) {
                    index = close + 1  // a lookaround consumes nothing
                    continue
                }
                let inner = body.starts(with: ["?", ":"]) ? body.dropFirst(2) : body
                if inner.first == "?" { return nil }  // flags, named groups
                guard let literals = alternatives(inner, &exact) else { return nil }
                let (optional, next) = quantifier(source, close + 1)
                if optional {
                    exact = false
                    guard let rest = sequence(source[next...], &exact) else { return nil }
                    return literals + rest
                }
                // Literal text right after the group narrows it: (?:时间|来源)[::] → 时间:, …
                // (only when each branch is plain text: `(?:to (?:get|read)|for) ` opens with
                // `to ` and `for `, never `to  `).
                guard next < source.endIndex, split(inner).allSatisfy(isPlainText), let following = run(source[next...]),
                      literals.count * following.count <= 256 else { return literals }
                return literals.flatMap { literal in following.map { literal + $0 } }
            }
            if scalar == "\\", index + 1 < source.endIndex, source[index + 1] == "b" || source[index + 1] == "B" {
                index += 2
                continue
            }
            // An optional class escape (\s*, \W{0,3}) may be skipped over.
            if scalar == "\\", index + 1 < source.endIndex, "sSdDwW".unicodeScalars.contains(source[index + 1]) {
                let (optional, next) = quantifier(source, index + 2)
                guard optional else { return nil }
                exact = false
                index = next
                continue
            }
            return run(source[index...])
        }
        return nil
    }

    /// A run of literal characters, extended by a small class right after it.
    private static func run(_ source: ArraySlice<Unicode.Scalar>) -> [String]? {
        var text = String.UnicodeScalarView()
        var index = source.startIndex
        while index < source.endIndex {
            if source[index] == "[" {
                guard let (members, next) = characterClass(source, index), !members.isEmpty else { break }
                let (optional, _) = quantifier(source, next)
                if optional { break }
                if text.isEmpty { return members.map { String($0) } }
                return members.map { String(text) + String($0) }
            }
            guard let (scalar, next) = literal(source, index) else { break }
            let (optional, _) = quantifier(source, next)
            if optional { break }
            text.append(scalar)
            if next < source.endIndex, isQuantifier(source[next]) { break }  // x+ or x{2,}
            index = next
        }
        return text.isEmpty ? nil : [String(text)]
    }

    /// Whether a branch is literal text only (no class, group or quantifier).
    private static func isPlainText(_ branch: ArraySlice<Unicode.Scalar>) -> Bool {
        var index = branch.startIndex
        while index < branch.endIndex {
            guard let (_, next) = literal(branch, index) else { return false }
            if next < branch.endIndex, isQuantifier(branch[next]) { return false }
            index = next
        }
        return !branch.isEmpty
    }

    /// Regular-expression syntax, `^$.*+?{}()[]|` (a switch: asking a string cost ~280
    /// instructions a call, thousands of calls when the patterns load).
    private static func isSyntax(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case "^", "$", ".", "*", "+", "?", "{", "}", "(", ")", "[", "]", "|": true
        default: false
        }
    }

    /// What opens a quantifier, `*+?{`.
    private static func isQuantifier(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case "*", "+", "?", "{": true
        default: false
        }
    }

    /// One literal scalar (plain or escaped) and the index after it.
    private static func literal(_ source: ArraySlice<Unicode.Scalar>, _ index: Int) -> (Unicode.Scalar, Int)? {
        let scalar = source[index]
        if isSyntax(scalar) { return nil }
        guard scalar == "\\" else { return (scalar, index + 1) }
        guard index + 1 < source.endIndex else { return nil }
        let escaped = source[index + 1]
        if escaped == "u", index + 6 <= source.endIndex,
           let value = UInt32(String(String.UnicodeScalarView(source[(index + 2)..<(index + 6)])), radix: 16),
           let decoded = Unicode.Scalar(value) {
            return (decoded, index + 6)
        }
        if escaped == "\\" || escaped == "/" || escaped == "-" || isSyntax(escaped) { return (escaped, index + 2) }
        return nil
    }

    /// The members of a class of plain characters (no ranges, no negation, at most 8).
    private static func characterClass(_ source: ArraySlice<Unicode.Scalar>, _ index: Int) -> ([Unicode.Scalar], Int)? {
        var members: [Unicode.Scalar] = []
        var cursor = index + 1
        while cursor < source.endIndex, source[cursor] != "]" {
            let scalar = source[cursor]
            if scalar == "-" || scalar == "[" || (scalar == "^" && cursor == index + 1) { return nil }
            if scalar == "\\" {
                guard let (escaped, next) = literal(source, cursor) else { return nil }
                members.append(escaped)
                cursor = next
            } else {
                members.append(scalar)
                cursor += 1
            }
        }
        guard cursor < source.endIndex, members.count <= 8 else { return nil }
        return (members, cursor + 1)
    }

    /// Whether a quantifier at `index` allows zero repetitions, and the index after it.
    private static func quantifier(_ source: ArraySlice<Unicode.Scalar>, _ index: Int) -> (Bool, Int) {
        guard index < source.endIndex else { return (false, index) }
        switch source[index] {
        case "?", "*":
            let next = index + 1
            return (true, next < source.endIndex && (source[next] == "?" || source[next] == "+") ? next + 1 : next)
        case "{":
            guard let close = source[index...].firstIndex(of: "}") else { return (false, index) }
            return (source[index + 1] == "0", close + 1)
        default:
            return (false, index)
        }
    }

    private static func closing(_ source: ArraySlice<Unicode.Scalar>, _ open: Int) -> Int? {
        var depth = 0, index = open, inClass = false
        while index < source.endIndex {
            switch source[index] {
            case "\\": index += 1
            case "[": inClass = true
            case "]": inClass = false
            case "(" where !inClass: depth += 1
            case ")" where !inClass:
                depth -= 1
                if depth == 0 { return index }
            default: break
            }
            index += 1
        }
        return nil
    }

    /// Top-level `|` branches.
    private static func split(_ source: ArraySlice<Unicode.Scalar>) -> [ArraySlice<Unicode.Scalar>] {
        var branches: [ArraySlice<Unicode.Scalar>] = []
        var depth = 0, start = source.startIndex, index = source.startIndex, inClass = false
        while index < source.endIndex {
            switch source[index] {
            case "\\": index += 1
            case "[": inClass = true
            case "]": inClass = false
            case "(" where !inClass: depth += 1
            case ")" where !inClass: depth -= 1
            case "|" where !inClass && depth == 0:
                branches.append(source[start..<index])
                start = index + 1
            default: break
            }
            index += 1
        }
        branches.append(source[start..<source.endIndex])
        return branches
    }
}

extension LeadingLiterals {
    /// Literal texts one of which every match holds somewhere, though not at its start: a
    /// literal atom of the pattern's top-level sequence (`@` in `^[\w.+-]+@…`), or the
    /// leading literals of a top-level group or lookahead (`(?=[^>]{1,12}(?:>|»|→))`).
    /// Only characters without case, so case-insensitive matching cannot reach past them.
    /// Nil when the pattern has no such atom (or a top-level `|`).
    static func required(_ pattern: String) -> [String]? {
        let scalars = Array(pattern.unicodeScalars)
        guard split(scalars[...]).count == 1 else { return nil }
        return required(scalars[...])
    }

    private static func required(_ source: ArraySlice<Unicode.Scalar>) -> [String]? {
        func caseless(_ literals: [String]) -> Bool {
            !literals.isEmpty && literals.allSatisfy { !$0.isEmpty && $0.unicodeScalars.allSatisfy { !$0.properties.isCased } }
        }
        var index = source.startIndex
        while index < source.endIndex {
            let scalar = source[index]
            var next: Int
            var found: [String]?
            switch scalar {
            case "(":
                guard let close = closing(source, index) else { return nil }
                let body = source[(index + 1)..<close]
                next = close + 1
                if body.starts(with: ["?", "="]) {
                    // A lookahead must match, inside the line: what it requires, the line holds.
                    if split(body.dropFirst(2)).count == 1, let inner = required(body.dropFirst(2)) { return inner }
                } else if body.first == "?", !body.starts(with: ["?", ":"]) {
                    // Other lookarounds, named groups, flags: nothing read (free spacing: give up).
                    if body.prefix { $0 != ":" && $0 != ")" }.contains("x") { return nil }
                } else {
                    var exact = true
                    found = alternatives(body.starts(with: ["?", ":"]) ? body.dropFirst(2) : body, &exact)
                }
            case "[":
                var cursor = index + 1
                if cursor < source.endIndex, source[cursor] == "^" { cursor += 1 }
                if cursor < source.endIndex, source[cursor] == "]" { cursor += 1 }
                while cursor < source.endIndex, source[cursor] != "]" {
                    if source[cursor] == "[" { return nil }  // nested sets: not read
                    cursor += source[cursor] == "\\" ? 2 : 1
                }
                guard cursor < source.endIndex else { return nil }
                next = cursor + 1
            case "\\":
                guard index + 1 < source.endIndex else { return nil }
                let escaped = source[index + 1]
                if let (literal, after) = literal(source, index) {
                    found = [String(literal)]
                    next = after
                } else if "sSdDwWbBhHvVRXAzZG".unicodeScalars.contains(escaped) {
                    next = index + 2
                } else if "pPN".unicodeScalars.contains(escaped), index + 2 < source.endIndex {
                    guard source[index + 2] == "{" else { next = index + 3; break }
                    guard let close = source[(index + 2)...].firstIndex(of: "}") else { return nil }
                    next = close + 1
                } else {
                    return nil  // \x, \U, \Q, octal, back references …: not read
                }
            case "^", "$", ".":
                next = index + 1
            default:
                guard let (literal, after) = literal(source, index) else { return nil }
                found = [String(literal)]
                next = after
            }
            let (optional, after) = quantifier(source, next)
            if !optional, let found, caseless(found) { return found }
            index = after
            if index == next, index < source.endIndex, source[index] == "+" { index += 1 }  // quantifier() leaves +
            if index > next, index < source.endIndex, source[index] == "?" || source[index] == "+" { index += 1 }  // lazy, possessive
        }
        return nil
    }
}
