/// HTML character references (`&amp;`, `&#8211;`, `&#x2019;`) and what they stand for.
enum HTMLEntities {
    /// Named references from `Resources/html-entities.txt`: name (without `&` and `;`) → text.
    static let named: [String: String] = {
        var table: [String: String] = [:]
        for line in String(decoding: PackageResources.html_entities_txt, as: UTF8.self).split(separator: "\n") {
            guard !line.hasPrefix("#") else { continue }
            let fields = line.split(separator: "\t")
            guard fields.count == 2 else { continue }
            var value = String.UnicodeScalarView()
            for hex in fields[1].split(separator: " ") {
                if let code = UInt32(hex, radix: 16), let scalar = Unicode.Scalar(code) { value.append(scalar) }
            }
            table[String(fields[0])] = String(value)
        }
        return table
    }()

    /// What one reference parsed to.
    enum Reference: Equatable {
        /// A reference with its decoded text.
        case text(String)
        /// A numeric reference to no character (`&#0;`, `&#9999999;`, a surrogate).
        case invalid
    }

    /// Parses a reference starting at the `&` at `start`: its end and meaning, or nil.
    static func parse(_ bytes: [UInt8], at start: Int) -> (end: Int, reference: Reference)? {
        var index = start + 1
        guard index < bytes.count else { return nil }
        if bytes[index] == 0x23 {  // #
            index += 1
            let hex = index < bytes.count && bytes[index] | 0x20 == 0x78
            if hex { index += 1 }
            let digitsStart = index
            var value: UInt32 = 0
            while index < bytes.count, index - digitsStart < (hex ? 6 : 7), let digit = Self.digit(bytes[index], hex: hex) {
                value = value * (hex ? 16 : 10) + digit
                index += 1
            }
            guard index > digitsStart, index < bytes.count, bytes[index] == 0x3B else { return nil }
            return (index + 1, numeric(value))
        }
        let nameStart = index
        while index < bytes.count, index - nameStart < 32, ProseContext.isWordByte(bytes[index]), bytes[index] != 0x5F { index += 1 }
        guard index > nameStart, index < bytes.count, bytes[index] == 0x3B else { return nil }
        let name = String(decoding: bytes[nameStart..<index], as: UTF8.self)
        guard let value = named[name] else { return nil }
        return (index + 1, .text(name == "nbsp" ? " " : value))
    }

    /// A numeric reference's text, as HTML decodes it (0x80–0x9F name windows-1252 characters).
    static func numeric(_ value: UInt32) -> Reference {
        switch value {
        case 0x80...0x9F:
            let scalar = windows1252[Int(value - 0x80)]
            return scalar == 0 ? .invalid : .text(String(Unicode.Scalar(scalar)!))
        case 0x09, 0x0A: return .text(String(Unicode.Scalar(value)!))
        case 0x0D: return .text("")
        case 0xA0: return .text(" ")
        case 0..<0x20, 0x7F, 0xD800...0xDFFF, 0x110000...: return .invalid
        default: return Unicode.Scalar(value).map { .text(String($0)) } ?? .invalid
        }
    }

    private static func digit(_ byte: UInt8, hex: Bool) -> UInt32? {
        switch byte {
        case 0x30...0x39: UInt32(byte - 0x30)
        case 0x61...0x66 where hex, 0x41...0x46 where hex: UInt32(byte | 0x20) - 0x61 + 10
        default: nil
        }
    }

    /// windows-1252's characters for bytes 0x80–0x9F (0: undefined), per the HTML standard.
    static let windows1252: [UInt32] = [
        0x20AC, 0, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0, 0x017D, 0,
        0, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0, 0x017E, 0x0178,
    ]
}
