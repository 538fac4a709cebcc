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
        var output = ""
        write(to: &output, indent: nil, level: 0)
        return output
    }

    /// Indented by two spaces; objects and arrays holding no containers stay on one line.
    public var pretty: String {
        var output = ""
        write(to: &output, indent: "  ", level: 0)
        return output
    }

    private var isContainer: Bool {
        switch self {
        case .array, .object: true
        default: false
        }
    }

    private func write(to output: inout String, indent: String?, level: Int) {
        switch self {
        case .null: output += "null"
        case .bool(let value): output += value ? "true" : "false"
        case .int(let value): output += String(value)
        case .double(let value): output += value.isFinite ? "\(value)" : "null"
        case .string(let value): Self.writeString(value, to: &output)
        case .array(let elements):
            writeContainer("[", "]", elements.map { (nil, $0) }, to: &output, indent: indent, level: level)
        case .object(let members):
            writeContainer("{", "}", members.map { ($0.0, $0.1) }, to: &output, indent: indent, level: level)
        }
    }

    private func writeContainer(_ open: String, _ close: String, _ members: [(String?, JSONValue)],
                                to output: inout String, indent: String?, level: Int) {
        output += open
        defer { output += close }
        guard !members.isEmpty else { return }
        let inline = indent == nil || !members.contains { $0.1.isContainer }
        let separator = indent == nil ? "," : inline ? ", " : ","
        let colon = indent == nil ? ":" : ": "
        for (index, (key, value)) in members.enumerated() {
            if index > 0 { output += separator }
            if !inline, let indent {
                output += "\n" + String(repeating: indent, count: level + 1)
            }
            if let key {
                Self.writeString(key, to: &output)
                output += colon
            }
            value.write(to: &output, indent: indent, level: inline ? level : level + 1)
        }
        if !inline, let indent { output += "\n" + String(repeating: indent, count: level) }
    }

    /// A JSON string literal: quotes, backslashes, controls, DEL and U+2028/U+2029 escaped;
    /// everything else written as UTF-8 (a Swift string holds no lone surrogates).
    static func writeString(_ string: String, to output: inout String) {
        output += "\""
        for scalar in string.unicodeScalars {
            switch scalar {
            case "\"": output += "\\\""
            case "\\": output += "\\\\"
            case "\n": output += "\\n"
            case "\r": output += "\\r"
            case "\t": output += "\\t"
            case "\u{8}": output += "\\b"
            case "\u{C}": output += "\\f"
            default:
                if scalar.value < 0x20 || scalar.value == 0x7F || scalar.value == 0x2028 || scalar.value == 0x2029 {
                    let hex = String(scalar.value, radix: 16)
                    output += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                } else {
                    output.unicodeScalars.append(scalar)
                }
            }
        }
        output += "\""
    }
}
