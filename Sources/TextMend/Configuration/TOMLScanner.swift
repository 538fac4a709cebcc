/// A parse error in a TOML text: where and what.
struct TOMLError: Error, Equatable {
    /// 1-based line.
    var line: Int
    /// What is wrong, lower-case, no final period.
    var message: String
}

/// A cursor over the scalars of a TOML text that counts lines and reads the lexical pieces:
/// whitespace, comments, keys, strings and the bare words of numbers and booleans.
struct TOMLScanner {
    private let scalars: [Unicode.Scalar]
    private(set) var index = 0
    /// 1-based line of the cursor.
    private(set) var line = 1

    init(_ text: String) {
        scalars = Array(text.unicodeScalars)
    }

    var isAtEnd: Bool { index >= scalars.count }

    func peek(_ ahead: Int = 0) -> Unicode.Scalar? {
        index + ahead < scalars.count ? scalars[index + ahead] : nil
    }

    mutating func advance(_ count: Int = 1) {
        for _ in 0..<count where index < scalars.count {
            if scalars[index] == "\n" { line += 1 }
            index += 1
        }
    }

    func error(_ message: String, line: Int? = nil) -> TOMLError {
        TOMLError(line: line ?? self.line, message: message)
    }

    /// True at `\n` or `\r\n`.
    var atNewline: Bool { peek() == "\n" || (peek() == "\r" && peek(1) == "\n") }

    /// Consumes one `\n` or `\r\n` if present.
    mutating func skipNewline() -> Bool {
        if peek() == "\n" { advance(); return true }
        if peek() == "\r" && peek(1) == "\n" { advance(2); return true }
        return false
    }

    mutating func skipSpaces() {
        while let c = peek(), c == " " || c == "\t" { advance() }
    }

    /// Skips a `#` comment up to (not including) the line break.
    mutating func skipComment() throws(TOMLError) {
        guard peek() == "#" else { return }
        while let c = peek(), !atNewline {
            if Self.isForbiddenControl(c) { throw error("control character \(Self.name(c)) in a comment") }
            advance()
        }
    }

    /// Skips spaces, comments and line breaks (inside arrays).
    mutating func skipBlankLines() throws(TOMLError) {
        while true {
            skipSpaces()
            try skipComment()
            if !skipNewline() { return }
        }
    }

    /// After a key/value pair or a header: spaces, an optional comment, then a line break or the end.
    mutating func expectLineEnd(after what: String) throws(TOMLError) {
        skipSpaces()
        try skipComment()
        if isAtEnd || skipNewline() { return }
        throw error("unexpected \(found) after \(what)")
    }

    mutating func expect(_ scalar: Unicode.Scalar, _ context: String) throws(TOMLError) {
        guard peek() == scalar else {
            throw error("expected '\(scalar)' \(context), found \(found)")
        }
        advance()
    }

    // MARK: Keys

    /// A dotted key: `a`, `a.b`, `"a.b".c`, `'x' . y`.
    mutating func key() throws(TOMLError) -> [String] {
        var parts = [try simpleKey()]
        while true {
            let mark = (index, line)
            skipSpaces()
            guard peek() == "." else { (index, line) = mark; return parts }
            advance()
            skipSpaces()
            parts.append(try simpleKey())
        }
    }

    private mutating func simpleKey() throws(TOMLError) -> String {
        switch peek() {
        case "\"":
            if peek(1) == "\"" && peek(2) == "\"" { throw error("a key cannot be a multi-line string") }
            return try basicString()
        case "'":
            if peek(1) == "'" && peek(2) == "'" { throw error("a key cannot be a multi-line string") }
            return try literalString()
        default:
            var key = ""
            while let c = peek(), Self.isBareKeyScalar(c) {
                key.unicodeScalars.append(c)
                advance()
            }
            if key.isEmpty {
                throw error("expected a key, found \(found)")
            }
            return key
        }
    }

    static func isBareKeyScalar(_ c: Unicode.Scalar) -> Bool {
        switch c {
        case "A"..."Z", "a"..."z", "0"..."9", "_", "-": true
        default: false
        }
    }

    /// The run of scalars that can make up a number, boolean, or date.
    mutating func bareWord() -> String {
        var word = ""
        while let c = peek(), Self.isBareKeyScalar(c) || c == "+" || c == "." || c == ":" {
            word.unicodeScalars.append(c)
            advance()
        }
        return word
    }

    // MARK: Strings

    /// `"…"` with escapes, on one line.
    mutating func basicString() throws(TOMLError) -> String {
        advance()
        var result = ""
        while true {
            guard let c = peek(), !atNewline else { throw error("unterminated string") }
            switch c {
            case "\"": advance(); return result
            case "\\": result.unicodeScalars.append(try escape())
            default:
                if Self.isForbiddenControl(c) { throw error("control character \(Self.name(c)) must be escaped in a string") }
                result.unicodeScalars.append(c)
                advance()
            }
        }
    }

    /// `'…'`: no escapes, on one line.
    mutating func literalString() throws(TOMLError) -> String {
        advance()
        var result = ""
        while true {
            guard let c = peek(), !atNewline else { throw error("unterminated string") }
            if c == "'" { advance(); return result }
            if Self.isForbiddenControl(c) { throw error("control character \(Self.name(c)) in a literal string") }
            result.unicodeScalars.append(c)
            advance()
        }
    }

    /// `"""…"""` (escapes, line-ending backslashes that trim) or `'''…'''` (no escapes),
    /// with raw line breaks; one to two extra quotes before the closing three belong to the text.
    mutating func multilineString(_ quote: Unicode.Scalar) throws(TOMLError) -> String {
        let start = line, escapes = quote == "\""
        advance(3)
        _ = skipNewline()
        var result = ""
        while true {
            guard let c = peek() else { throw error("unterminated multi-line string", line: start) }
            if c == quote, let quotes = closingQuotes(quote) {
                result += String(repeating: String(quote), count: quotes - 3)
                advance(quotes)
                return result
            }
            if escapes && c == "\\" {
                if !trimsLineBreak() { result.unicodeScalars.append(try escape()) }
                continue
            }
            if skipNewline() { result += "\n"; continue }
            if Self.isForbiddenControl(c) {
                throw error(escapes ? "control character \(Self.name(c)) must be escaped in a string"
                                    : "control character \(Self.name(c)) in a literal string")
            }
            result.unicodeScalars.append(c)
            advance()
        }
    }

    /// At a run of 3–5 quotes, its length (up to two quotes may end the content); nil for
    /// fewer than three.
    private func closingQuotes(_ quote: Unicode.Scalar) -> Int? {
        var count = 0
        while peek(count) == quote { count += 1 }
        guard count >= 3 else { return nil }
        return min(count, 5)
    }

    /// At a backslash followed by spaces and a line break: skips it and all blank space after.
    private mutating func trimsLineBreak() -> Bool {
        var ahead = 1
        while peek(ahead) == " " || peek(ahead) == "\t" { ahead += 1 }
        guard peek(ahead) == "\n" || (peek(ahead) == "\r" && peek(ahead + 1) == "\n") else { return false }
        advance(ahead)
        while let c = peek(), c == " " || c == "\t" || atNewline { advance(c == "\r" ? 2 : 1) }
        return true
    }

    private mutating func escape() throws(TOMLError) -> Unicode.Scalar {
        advance()
        guard let c = peek() else { throw error("unterminated string") }
        advance()
        switch c {
        case "b": return "\u{8}"
        case "t": return "\t"
        case "n": return "\n"
        case "f": return "\u{C}"
        case "r": return "\r"
        case "\"": return "\""
        case "\\": return "\\"
        case "u", "U":
            let length = c == "u" ? 4 : 8
            var digits = ""
            for _ in 0..<length {
                guard let d = peek(), d.properties.isASCIIHexDigit else {
                    throw error("escape '\\\(c)' needs \(length) hexadecimal digits")
                }
                digits.unicodeScalars.append(d)
                advance()
            }
            guard let scalar = UInt32(digits, radix: 16).flatMap(Unicode.Scalar.init) else {
                throw error("escape '\\\(c)\(digits)' is not a Unicode scalar value")
            }
            return scalar
        default:
            throw error("invalid escape '\\\(Self.isForbiddenControl(c) || c == "\n" ? Self.name(c) : String(c))'")
        }
    }

    // MARK: Naming

    /// Controls other than tab may not appear raw in strings or comments.
    static func isForbiddenControl(_ c: Unicode.Scalar) -> Bool {
        (c.value < 0x20 && c != "\t") || c.value == 0x7F
    }

    static func name(_ c: Unicode.Scalar) -> String {
        let hex = String(c.value, radix: 16, uppercase: true)
        return "U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
    }

    /// What is at the cursor, for messages: `'x'`, `a line break`, `the end of the file`.
    var found: String {
        guard let c = peek() else { return "the end of the file" }
        if atNewline { return "a line break" }
        if Self.isForbiddenControl(c) || c.properties.generalCategory == .format { return "character \(Self.name(c))" }
        return "'\(c)'"
    }
}
