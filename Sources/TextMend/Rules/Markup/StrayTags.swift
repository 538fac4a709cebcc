/// Parsing of HTML tags, comments and CDATA sections inside plain text.
enum StrayTags {
    /// What a piece of markup is.
    enum Piece: Equatable {
        /// An opening, closing or self-closing tag of a known element.
        case tag(name: String, isBlock: Bool)
        /// `<!-- … -->`.
        case comment
        /// `<![CDATA[ … ]]>` with the byte range of its content.
        case cdata(Range<Int>)
    }

    /// Element names from `Resources/html-elements.txt`: block-level ones and the rest.
    static let elements: (block: Set<String>, inline: Set<String>) = {
        var block = Set<String>(), inline = Set<String>()
        var section = ""
        for line in String(decoding: PackageResources.html_elements_txt, as: UTF8.self).split(separator: "\n") {
            if line.hasPrefix("#") { continue }
            if line.hasPrefix("[") { section = String(line.dropFirst().dropLast()); continue }
            for name in line.split(separator: " ") {
                if section == "block" { block.insert(String(name)) } else { inline.insert(String(name)) }
            }
        }
        return (block, inline)
    }()

    /// Longest tag, comment or CDATA section considered (bytes).
    static let maxLength = 2000

    /// Parses markup starting at the `<` at `start`, ending before `limit` (the line's end).
    static func parse(_ bytes: [UInt8], at start: Int, limit: Int) -> (end: Int, piece: Piece)? {
        let limit = min(limit, start + maxLength)
        var index = start + 1
        guard index < limit else { return nil }
        if starts(bytes, index, "!--", limit) {
            guard let close = find(bytes, "-->", from: index + 3, limit) else { return nil }
            return (close + 3, .comment)
        }
        if starts(bytes, index, "![CDATA[", limit) {
            guard let close = find(bytes, "]]>", from: index + 8, limit) else { return nil }
            return (close + 3, .cdata(index + 8..<close))
        }
        let closing = bytes[index] == 0x2F
        if closing { index += 1 }
        guard let (name, afterName) = elementName(bytes, at: index, limit) else { return nil }
        index = afterName
        let isBlock = elements.block.contains(name)
        if closing {
            while index < limit, bytes[index] == 0x20 { index += 1 }
            return index < limit && bytes[index] == 0x3E ? (index + 1, .tag(name: name, isBlock: isBlock)) : nil
        }
        // Attributes: name, optionally = and a quoted or bare value.
        while index < limit {
            let spaceStart = index
            while index < limit, bytes[index] == 0x20 || bytes[index] == 0x09 { index += 1 }
            guard index < limit else { return nil }
            if bytes[index] == 0x3E { return (index + 1, .tag(name: name, isBlock: isBlock)) }
            if bytes[index] == 0x2F, index + 1 < limit, bytes[index + 1] == 0x3E { return (index + 2, .tag(name: name, isBlock: isBlock)) }
            guard index > spaceStart, isAttributeStart(bytes[index]) else { return nil }
            while index < limit, isAttributeByte(bytes[index]) { index += 1 }
            var probe = index
            while probe < limit, bytes[probe] == 0x20 { probe += 1 }
            guard probe < limit, bytes[probe] == 0x3D else { continue }  // attribute without a value
            index = probe + 1
            while index < limit, bytes[index] == 0x20 { index += 1 }
            guard index < limit else { return nil }
            if bytes[index] == 0x22 || bytes[index] == 0x27 {
                guard let close = bytes[(index + 1)..<limit].firstIndex(of: bytes[index]) else { return nil }
                index = close + 1
            } else {
                let valueStart = index
                while index < limit, !isBareValueEnd(bytes[index]) { index += 1 }
                guard index > valueStart else { return nil }
            }
        }
        return nil
    }

    /// After an `&lt;`: the end of an escaped tag (`&lt;p class="x"&gt;`), or nil.
    static func escapedTagEnd(_ bytes: [UInt8], after start: Int) -> Int? {
        var index = start
        let limit = min(bytes.count, start + 300)
        if index < limit, bytes[index] == 0x2F { index += 1 }
        guard let (_, afterName) = elementName(bytes, at: index, limit) else { return nil }
        index = afterName
        while index < limit {
            switch bytes[index] {
            case 0x0A, 0x3C, 0x3E: return nil
            case 0x26 where starts(bytes, index, "&gt;", limit): return index + 4
            default: index += 1
            }
        }
        return nil
    }

    /// A known element name at `index` (lower-cased) and the index after it.
    static func elementName(_ bytes: [UInt8], at index: Int, _ limit: Int) -> (String, Int)? {
        var end = index
        while end < limit, end - index < 12, (bytes[end] | 0x20 >= 0x61 && bytes[end] | 0x20 <= 0x7A) || (end > index && bytes[end] >= 0x31 && bytes[end] <= 0x36) {
            end += 1
        }
        guard end > index, end < limit else { return nil }
        let next = bytes[end]
        guard next == 0x20 || next == 0x3E || next == 0x2F || next == 0x09 || next == 0x26 else { return nil }
        let name = String(decoding: bytes[index..<end].map { $0 | 0x20 >= 0x61 ? $0 | 0x20 : $0 }, as: UTF8.self)
        guard elements.block.contains(name) || elements.inline.contains(name) else { return nil }
        return (name, end)
    }

    static func starts(_ bytes: [UInt8], _ index: Int, _ literal: StaticString, _ limit: Int) -> Bool {
        let count = literal.utf8CodeUnitCount
        guard index + count <= limit else { return false }
        return literal.withUTF8Buffer { pattern in
            for offset in 0..<count where bytes[index + offset] != pattern[offset] { return false }
            return true
        }
    }

    static func find(_ bytes: [UInt8], _ literal: StaticString, from start: Int, _ limit: Int) -> Int? {
        var index = start
        while index < limit {
            if starts(bytes, index, literal, limit) { return index }
            index += 1
        }
        return nil
    }

    static func isAttributeStart(_ byte: UInt8) -> Bool {
        (byte | 0x20 >= 0x61 && byte | 0x20 <= 0x7A) || byte == 0x5F || byte == 0x3A || byte == 0x40
    }

    static func isAttributeByte(_ byte: UInt8) -> Bool {
        isAttributeStart(byte) || (byte >= 0x30 && byte <= 0x39) || byte == 0x2D || byte == 0x2E
    }

    static func isBareValueEnd(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x09 || byte == 0x3E || byte == 0x22 || byte == 0x27 || byte == 0x3C || byte == 0x60 || byte == 0x3D
    }
}
