/// Reads the bare words of TOML values: booleans, integers (decimal, 0x, 0o, 0b, with `_`
/// between digits) and floats (including inf and nan).
enum TOMLNumber {
    static func value(of word: String, line: Int) throws(TOMLError) -> ConfigValue {
        func fail(_ message: String) -> TOMLError { TOMLError(line: line, message: message) }
        switch word {
        case "true": return .boolean(true)
        case "false": return .boolean(false)
        case "inf", "+inf": return .float(.infinity)
        case "-inf": return .float(-.infinity)
        case "nan", "+nan", "-nan": return .float(.nan)
        default: break
        }
        if looksLikeDateOrTime(word) { throw fail("dates and times are not supported ('\(word)')") }
        let scalars = Array(word.unicodeScalars)
        guard let first = scalars.first, first == "+" || first == "-" || isDigit(first) else {
            if scalars.allSatisfy({ isDigit($0) || "._eE+-".unicodeScalars.contains($0) }) { throw fail("invalid number '\(word)'") }
            throw fail("expected a value, found '\(word)' (strings need quotes)")
        }

        if word.count > 2, word.hasPrefix("0x") || word.hasPrefix("0o") || word.hasPrefix("0b") {
            let radix = word.hasPrefix("0x") ? 16 : word.hasPrefix("0o") ? 8 : 2
            let digits = word.dropFirst(2)
            guard validDigits(digits, radix: radix), let value = Int(digits.replacing("_", with: ""), radix: radix) else {
                throw fail(validDigits(digits, radix: radix) ? "integer '\(word)' is out of range" : "invalid number '\(word)'")
            }
            return .integer(value)
        }

        let unsigned = first == "+" || first == "-" ? word.dropFirst() : Substring(word)
        if unsigned.contains(where: { $0 == "." || $0 == "e" || $0 == "E" }) {
            guard validFloat(unsigned), let value = Double(word.replacing("_", with: "")) else {
                throw fail("invalid number '\(word)'")
            }
            return .float(value)
        }
        guard validDigits(unsigned, radix: 10) else { throw fail("invalid number '\(word)'") }
        if unsigned.count > 1 && unsigned.first == "0" { throw fail("leading zeros are not allowed in '\(word)'") }
        guard let value = Int(word.replacing("_", with: "")) else { throw fail("integer '\(word)' is out of range") }
        return .integer(value)
    }

    /// Digits of `radix`, with single underscores only between digits.
    static func validDigits(_ text: Substring, radix: Int) -> Bool {
        guard let first = text.first, let last = text.last, first != "_", last != "_" else { return false }
        var previousUnderscore = false
        for c in text {
            if c == "_" {
                if previousUnderscore { return false }
                previousUnderscore = true
            } else {
                guard let digit = c.hexDigitValue, c.isASCII, digit < radix else { return false }
                previousUnderscore = false
            }
        }
        return true
    }

    /// `int ( frac )? ( exp )?` with at least one of frac and exp; no leading zeros.
    static func validFloat(_ text: Substring) -> Bool {
        var rest = text
        let intEnd = rest.firstIndex { $0 == "." || $0 == "e" || $0 == "E" } ?? rest.endIndex
        let intPart = rest[..<intEnd]
        guard validDigits(intPart, radix: 10), intPart == "0" || intPart.first != "0" else { return false }
        rest = rest[intEnd...]
        if rest.first == "." {
            rest = rest.dropFirst()
            let fracEnd = rest.firstIndex { $0 == "e" || $0 == "E" } ?? rest.endIndex
            guard validDigits(rest[..<fracEnd], radix: 10) else { return false }
            rest = rest[fracEnd...]
        }
        if rest.first == "e" || rest.first == "E" {
            rest = rest.dropFirst()
            if rest.first == "+" || rest.first == "-" { rest = rest.dropFirst() }
            return validDigits(rest, radix: 10)
        }
        return rest.isEmpty
    }

    static func looksLikeDateOrTime(_ word: String) -> Bool {
        let s = Array(word.unicodeScalars)
        func digits(_ range: Range<Int>) -> Bool { range.upperBound <= s.count && range.allSatisfy { isDigit(s[$0]) } }
        if digits(0..<4) && s.count > 4 && s[4] == "-" { return true }
        if digits(0..<2) && s.count > 2 && s[2] == ":" { return true }
        return false
    }

    static func isDigit(_ c: Unicode.Scalar) -> Bool { ("0"..."9").contains(c) }
}
