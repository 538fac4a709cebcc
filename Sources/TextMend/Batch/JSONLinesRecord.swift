/// One JSON Lines record (`{"id": …, "text": …, …}`), scanned just enough to read `id` and
/// `text` and to splice a repaired `text` and a `textmend` member back in. Every other byte
/// of the line stays exactly as it was, so fields textmend does not know pass through.
public struct JSONLinesRecord: Sendable {
    /// Why a line is not a usable record.
    public struct Problem: Error, CustomStringConvertible, Sendable {
        /// What is wrong, lower-case.
        public var description: String
    }

    /// The line (without its line break).
    public let line: [UInt8]
    /// The `id` member's JSON exactly as written, or nil when there is none.
    public let rawID: String?
    /// The decoded `text`.
    public let text: String
    private let textRange: Range<Int>
    private let textmendRange: Range<Int>?
    private let closingBrace: Int

    /// Scans a line.
    public init(line: [UInt8]) throws(Problem) {
        self.line = line
        var scanner = Scanner(bytes: line)
        var members: [(key: String, value: Range<Int>)] = []
        scanner.skipSpace()
        guard scanner.take(0x7B) else { throw Problem(description: "not a JSON object") }
        scanner.skipSpace()
        if !scanner.take(0x7D) {
            while true {
                scanner.skipSpace()
                guard scanner.peek == 0x22, let keyRange = scanner.string(),
                      let key = Self.decodeString(line[keyRange]) else { throw Problem(description: "malformed JSON: expected a member name") }
                scanner.skipSpace()
                guard scanner.take(0x3A) else { throw Problem(description: "malformed JSON: expected ':'") }
                scanner.skipSpace()
                guard let value = scanner.value() else { throw Problem(description: "malformed JSON value of '\(key)'") }
                members.append((key, value))
                scanner.skipSpace()
                if scanner.take(0x2C) { continue }
                guard scanner.take(0x7D) else { throw Problem(description: "malformed JSON: expected ',' or '}'") }
                break
            }
        }
        closingBrace = scanner.position - 1
        scanner.skipSpace()
        guard scanner.atEnd else { throw Problem(description: "malformed JSON: text after the object") }
        guard let text = members.first(where: { $0.key == "text" }) else { throw Problem(description: "no \"text\" member") }
        guard line[text.value.lowerBound] == 0x22, let decoded = Self.decodeString(line[text.value]) else {
            throw Problem(description: "\"text\" is not a string")
        }
        self.text = decoded
        textRange = text.value
        rawID = members.first { $0.key == "id" }.map { String(decoding: line[$0.value], as: UTF8.self) }
        textmendRange = members.first { $0.key == "textmend" }?.value
    }

    /// The line with `text` replaced (nil keeps it byte for byte) and a `textmend` member
    /// set (added before the closing brace, or replacing an earlier one).
    public func replacing(text newText: String?, textmend: JSONValue) -> [UInt8] {
        var edits: [(Range<Int>, [UInt8])] = []
        if let newText { edits.append((textRange, JSONValue.string(newText).compactUTF8)) }
        let report = textmend.compactUTF8
        if let textmendRange {
            edits.append((textmendRange, report))
        } else {
            edits.append((closingBrace..<closingBrace, Array(",\"textmend\":".utf8) + report))
        }
        var output = line
        for (range, bytes) in edits.sorted(by: { $0.0.lowerBound > $1.0.lowerBound }) {
            output.replaceSubrange(range, with: bytes)
        }
        return output
    }

    /// Decodes a JSON string literal (with its quotes); nil when malformed. Lone surrogates
    /// become U+FFFD.
    static func decodeString(_ literal: ArraySlice<UInt8>) -> String? {
        guard literal.count >= 2, literal.first == 0x22, literal.last == 0x22 else { return nil }
        let body = literal.dropFirst().dropLast()
        guard body.contains(0x5C) else { return String(validating: body, as: UTF8.self) }
        var output: [UInt8] = []
        output.reserveCapacity(body.count)
        var index = body.startIndex
        var pendingHigh: UInt32? = nil
        func appendScalar(_ value: UInt32) {
            output += Array(String(Unicode.Scalar(value).map(Character.init) ?? "\u{FFFD}").utf8)
        }
        while index < body.endIndex {
            let byte = body[index]
            guard byte == 0x5C else {
                if pendingHigh != nil { appendScalar(0xFFFD); pendingHigh = nil }
                output.append(byte)
                index += 1
                continue
            }
            guard index + 1 < body.endIndex else { return nil }
            let escape = body[index + 1]
            index += 2
            if escape == 0x75 {
                guard index + 4 <= body.endIndex,
                      let value = UInt32(String(decoding: body[index..<index + 4], as: UTF8.self), radix: 16) else { return nil }
                index += 4
                switch value {
                case 0xD800...0xDBFF:
                    if pendingHigh != nil { appendScalar(0xFFFD) }
                    pendingHigh = value
                case 0xDC00...0xDFFF:
                    if let high = pendingHigh {
                        appendScalar(0x10000 + ((high - 0xD800) << 10) + (value - 0xDC00))
                        pendingHigh = nil
                    } else {
                        appendScalar(0xFFFD)
                    }
                default:
                    if pendingHigh != nil { appendScalar(0xFFFD); pendingHigh = nil }
                    appendScalar(value)
                }
                continue
            }
            if pendingHigh != nil { appendScalar(0xFFFD); pendingHigh = nil }
            switch escape {
            case 0x22, 0x5C, 0x2F: output.append(escape)
            case 0x62: output.append(0x08)
            case 0x66: output.append(0x0C)
            case 0x6E: output.append(0x0A)
            case 0x72: output.append(0x0D)
            case 0x74: output.append(0x09)
            default: return nil
            }
        }
        if pendingHigh != nil { appendScalar(0xFFFD) }
        return String(validating: output, as: UTF8.self)
    }

    /// A byte cursor that finds the extent of JSON values without building them.
    private struct Scanner {
        let bytes: [UInt8]
        var position = 0

        var atEnd: Bool { position >= bytes.count }
        var peek: UInt8? { atEnd ? nil : bytes[position] }

        mutating func skipSpace() {
            while let byte = peek, byte == 0x20 || byte == 0x09 || byte == 0x0D || byte == 0x0A { position += 1 }
        }

        mutating func take(_ byte: UInt8) -> Bool {
            guard peek == byte else { return false }
            position += 1
            return true
        }

        /// A string literal's range, quotes included.
        mutating func string() -> Range<Int>? {
            let start = position
            guard take(0x22) else { return nil }
            while let byte = peek {
                position += 1
                if byte == 0x5C { position += 1; continue }
                if byte == 0x22 { return start..<position }
            }
            return nil
        }

        /// Any value's range: strings, containers (nested, strings inside skipped), literals.
        mutating func value() -> Range<Int>? {
            let start = position
            switch peek {
            case 0x22?:
                return string()
            case 0x7B?, 0x5B?:
                var depth = 0
                while let byte = peek {
                    if byte == 0x22 { guard string() != nil else { return nil }; continue }
                    position += 1
                    if byte == 0x7B || byte == 0x5B { depth += 1 }
                    if byte == 0x7D || byte == 0x5D {
                        depth -= 1
                        if depth == 0 { return start..<position }
                    }
                }
                return nil
            case nil:
                return nil
            default:
                while let byte = peek, !(byte == 0x2C || byte == 0x7D || byte == 0x5D || byte == 0x20
                                          || byte == 0x09 || byte == 0x0D || byte == 0x0A) { position += 1 }
                return position > start ? start..<position : nil
            }
        }
    }
}
