/// A JSON value with ordered object keys, written by hand so reports have a stable key
/// order and exact escaping.
public indirect enum JSONValue: Sendable {
    case null
    case bool(Bool)
    case int(Int)
    case double(Double)
    case string(String)
    case array([JSONValue])
    /// Members in the order they are written.
    case object([(String, JSONValue)])

    /// One line, no spaces: for JSON Lines.
    public var compact: String {
        String(decoding: compactUTF8, as: UTF8.self)
    }

    /// `compact` as UTF-8 bytes.
    public var compactUTF8: [UInt8] {
        var output: [UInt8] = []
        write(to: &output, indent: false, level: 0)
        return output
    }

    /// Indented by two spaces; objects and arrays holding no containers stay on one line.
    public var pretty: String {
        pretty(level: 0)
    }

    /// `pretty` as if nested `level` containers deep: every line after the first is
    /// indented by `level` more steps (for streaming a value into a larger document).
    public func pretty(level: Int) -> String {
        var output: [UInt8] = []
        write(to: &output, indent: true, level: level)
        return String(decoding: output, as: UTF8.self)
    }

    private var isContainer: Bool {
        switch self {
        case .array, .object: true
        default: false
        }
    }

    // The writer works on UTF-8 bytes and copies strings without escapes in one go: reports
    // with many findings spend most of their time here.
    private func write(to output: inout [UInt8], indent: Bool, level: Int) {
        switch self {
        case .null: output += Self.nullBytes
        case .bool(let value): output += value ? Self.trueBytes : Self.falseBytes
        case .int(let value): output += String(value).utf8
        case .double(let value): output += value.isFinite ? Array("\(value)".utf8) : Self.nullBytes
        case .string(let value): Self.writeString(value, to: &output)
        case .array(let elements):
            output.append(0x5B)
            writeMembers(elements.lazy.map { (nil, $0) }, count: elements.count, to: &output, indent: indent, level: level)
            output.append(0x5D)
        case .object(let members):
            output.append(0x7B)
            writeMembers(members.lazy.map { ($0.0, $0.1) }, count: members.count, to: &output, indent: indent, level: level)
            output.append(0x7D)
        }
    }

    private func writeMembers(_ members: some Sequence<(String?, JSONValue)>, count: Int,
                              to output: inout [UInt8], indent: Bool, level: Int) {
        guard count > 0 else { return }
        let inline = !indent || !members.contains { $0.1.isContainer }
        var first = true
        for (key, value) in members {
            if !first {
                output.append(0x2C)
                if indent && inline { output.append(0x20) }
            }
            first = false
            if !inline { Self.newline(&output, level: level + 1) }
            if let key {
                Self.writeString(key, to: &output)
                output.append(0x3A)
                if indent { output.append(0x20) }
            }
            value.write(to: &output, indent: indent, level: inline ? level : level + 1)
        }
        if !inline { Self.newline(&output, level: level) }
    }

    private static func newline(_ output: inout [UInt8], level: Int) {
        output.append(0x0A)
        for _ in 0..<level { output.append(0x20); output.append(0x20) }
    }

    private static let nullBytes = Array("null".utf8), trueBytes = Array("true".utf8), falseBytes = Array("false".utf8)

    /// A JSON string literal: quotes, backslashes, controls, DEL and U+2028/U+2029 escaped;
    /// everything else written as UTF-8 (a Swift string holds no lone surrogates).
    static func writeString(_ string: String, to output: inout String) {
        var bytes: [UInt8] = []
        writeString(string, to: &bytes)
        output += String(decoding: bytes, as: UTF8.self)
    }

    /// `writeString` into UTF-8 bytes.
    static func writeString(_ string: String, to output: inout [UInt8]) {
        output.append(0x22)
        var string = string
        string.withUTF8 { utf8 in
            var clean = 0  // start of the bytes not yet copied
            var index = 0
            while index < utf8.count {
                let byte = utf8[index]
                let escape: [UInt8]?
                switch byte {
                case 0x22: escape = [0x5C, 0x22]
                case 0x5C: escape = [0x5C, 0x5C]
                case 0x0A: escape = [0x5C, 0x6E]
                case 0x0D: escape = [0x5C, 0x72]
                case 0x09: escape = [0x5C, 0x74]
                case 0x08: escape = [0x5C, 0x62]
                case 0x0C: escape = [0x5C, 0x66]
                case 0x00..<0x20, 0x7F: escape = unicodeEscape(UInt32(byte))
                case 0xE2 where index + 2 < utf8.count && utf8[index + 1] == 0x80 && (utf8[index + 2] == 0xA8 || utf8[index + 2] == 0xA9):
                    escape = unicodeEscape(utf8[index + 2] == 0xA8 ? 0x2028 : 0x2029)
                default: escape = nil
                }
                guard let escape else { index += 1; continue }
                output.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[clean..<index]))
                output += escape
                index += byte == 0xE2 ? 3 : 1
                clean = index
            }
            output.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[clean..<utf8.count]))
        }
        output.append(0x22)
    }

    private static func unicodeEscape(_ value: UInt32) -> [UInt8] {
        let hex = String(value, radix: 16)
        return Array(("\\u" + String(repeating: "0", count: 4 - hex.count) + hex).utf8)
    }
}
