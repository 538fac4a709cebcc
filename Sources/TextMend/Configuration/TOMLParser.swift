/// A parsed TOML text: its values, and the line where each key path was defined (for
/// schema errors that point at the line).
struct TOMLDocument: Sendable {
    /// The top-level table.
    var root: [String: ConfigValue]
    /// Line of each key path (tables and keys; elements of arrays of tables share one path).
    var lines: [[String]: Int]
}

/// A small TOML 1.0 parser: tables, arrays of tables, dotted and quoted keys, all string
/// forms, integers, floats, booleans, arrays and inline tables. Dates and times are
/// rejected (the configuration has no use for them). Redefinitions are errors, as the
/// specification requires.
enum TOMLParser {
    static func parse(_ text: String) throws(TOMLError) -> TOMLDocument {
        var parser = Parser(text)
        try parser.run()
        return TOMLDocument(root: parser.root.value.tableValue, lines: parser.lines)
    }
}

/// A table while it is being built, and how it came to exist (which decides whether a
/// later header or dotted key may add to it).
private final class TableBuilder {
    enum Origin { case implicit, header, dotted, arrayElement, inline }
    var origin: Origin
    var items: [String: Item] = [:]
    init(_ origin: Origin) { self.origin = origin }

    enum Item {
        case value(ConfigValue)
        case table(TableBuilder)
        case tableArray([TableBuilder])
    }

    var value: ConfigValue {
        .table(items.mapValues { item in
            switch item {
            case .value(let value): value
            case .table(let table): table.value
            case .tableArray(let tables): .array(tables.map(\.value))
            }
        })
    }
}

extension ConfigValue {
    fileprivate var tableValue: [String: ConfigValue] {
        if case .table(let table) = self { return table }
        return [:]
    }
}

private struct Parser {
    var scanner: TOMLScanner
    let root = TableBuilder(.header)
    var current: TableBuilder
    var currentPath: [String] = []
    var lines: [[String]: Int] = [:]

    init(_ text: String) {
        scanner = TOMLScanner(text)
        current = root
    }

    mutating func run() throws(TOMLError) {
        while true {
            try scanner.skipBlankLines()
            guard let c = scanner.peek() else { return }
            if c == "[" {
                try header()
                try scanner.expectLineEnd(after: "a table header")
            } else {
                try keyValue(into: current, path: currentPath)
                try scanner.expectLineEnd(after: "a value")
            }
        }
    }

    // MARK: Tables

    mutating func header() throws(TOMLError) {
        let line = scanner.line
        scanner.advance()
        let isArray = scanner.peek() == "["
        if isArray { scanner.advance() }
        scanner.skipSpaces()
        let path = try scanner.key()
        scanner.skipSpaces()
        try scanner.expect("]", "to close the table header")
        if isArray { try scanner.expect("]", "to close the array-of-tables header") }

        var table = root
        for (depth, key) in path.dropLast().enumerated() {
            switch table.items[key] {
            case nil:
                let created = TableBuilder(.implicit)
                table.items[key] = .table(created)
                table = created
                lines[Array(path.prefix(depth + 1))] = line
            case .table(let existing): table = existing
            case .tableArray(let elements): table = elements.last!
            case .value:
                throw scanner.error("'\(Self.display(path.prefix(depth + 1)))' is already a value, not a table", line: line)
            }
        }
        let last = path.last!
        let name = Self.display(path)
        if isArray {
            let element = TableBuilder(.arrayElement)
            switch table.items[last] {
            case nil: table.items[last] = .tableArray([element])
            case .tableArray(let elements): table.items[last] = .tableArray(elements + [element])
            default: throw scanner.error("'\(name)' is already defined and is not an array of tables", line: line)
            }
            current = element
        } else {
            switch table.items[last] {
            case nil:
                let created = TableBuilder(.header)
                table.items[last] = .table(created)
                current = created
            case .table(let existing) where existing.origin == .implicit:
                existing.origin = .header
                current = existing
            case .table(let existing) where existing.origin == .dotted:
                throw scanner.error("table '\(name)' was already defined by dotted keys", line: line)
            case .table:
                throw scanner.error("table '\(name)' is defined twice", line: line)
            case .tableArray:
                throw scanner.error("'\(name)' is an array of tables; use [[\(name)]]", line: line)
            case .value:
                throw scanner.error("'\(name)' is already a value, not a table", line: line)
            }
        }
        currentPath = path
        lines[path] = line
    }

    /// `key = value` into `table`; dotted keys create (or extend) tables made by dotted keys.
    mutating func keyValue(into table: TableBuilder, path: [String]) throws(TOMLError) {
        let line = scanner.line
        let key = try scanner.key()
        scanner.skipSpaces()
        try scanner.expect("=", "after the key '\(Self.display(key))'")
        scanner.skipSpaces()
        let full = path + key

        var target = table
        for (depth, part) in key.dropLast().enumerated() {
            let name = Self.display(path + key.prefix(depth + 1))
            switch target.items[part] {
            case nil:
                let created = TableBuilder(target.origin == .inline ? .inline : .dotted)
                target.items[part] = .table(created)
                target = created
                lines[path + key.prefix(depth + 1)] = line
            case .table(let existing) where existing.origin == .dotted || existing.origin == .inline:
                target = existing
            case .table:
                throw scanner.error("cannot add to table '\(name)' with a dotted key: it is defined elsewhere")
            case .tableArray:
                throw scanner.error("cannot add to array of tables '\(name)' with a dotted key")
            case .value:
                throw scanner.error("'\(name)' is already a value, not a table")
            }
        }
        let last = key.last!
        if target.items[last] != nil { throw scanner.error("duplicate key '\(Self.display(full))'") }
        let value = try self.value(path: full)
        target.items[last] = .value(value)
        lines[full] = line
    }

    // MARK: Values

    mutating func value(path: [String]) throws(TOMLError) -> ConfigValue {
        guard let c = scanner.peek() else { throw scanner.error("expected a value, found \(scanner.found)") }
        switch c {
        case "\"":
            if scanner.peek(1) == "\"" && scanner.peek(2) == "\"" { return .string(try scanner.multilineString("\"")) }
            return .string(try scanner.basicString())
        case "'":
            if scanner.peek(1) == "'" && scanner.peek(2) == "'" { return .string(try scanner.multilineString("'")) }
            return .string(try scanner.literalString())
        case "[": return try array(path: path)
        case "{": return try inlineTable(path: path)
        default:
            let word = scanner.bareWord()
            if word.isEmpty { throw scanner.error("expected a value, found \(scanner.found)") }
            return try TOMLNumber.value(of: word, line: scanner.line)
        }
    }

    mutating func array(path: [String]) throws(TOMLError) -> ConfigValue {
        let start = scanner.line
        scanner.advance()
        var elements: [ConfigValue] = []
        while true {
            try scanner.skipBlankLines()
            if scanner.peek() == "]" { scanner.advance(); return .array(elements) }
            if scanner.isAtEnd { throw scanner.error("unterminated array", line: start) }
            elements.append(try value(path: path))
            try scanner.skipBlankLines()
            switch scanner.peek() {
            case ",": scanner.advance()
            case "]": scanner.advance(); return .array(elements)
            case nil: throw scanner.error("unterminated array", line: start)
            case _?: throw scanner.error("expected ',' or ']' in an array, found \(scanner.found)")
            }
        }
    }

    /// `{ a = 1, b.c = 2 }`: one line, no trailing comma, closed to later additions.
    mutating func inlineTable(path: [String]) throws(TOMLError) -> ConfigValue {
        scanner.advance()
        let table = TableBuilder(.inline)
        scanner.skipSpaces()
        if scanner.peek() == "}" { scanner.advance(); return table.value }
        while true {
            scanner.skipSpaces()
            if scanner.atNewline { throw scanner.error("an inline table must stay on one line") }
            if scanner.peek() == "}" { throw scanner.error("trailing comma in an inline table") }
            try keyValue(into: table, path: path)
            scanner.skipSpaces()
            switch scanner.peek() {
            case ",": scanner.advance()
            case "}": scanner.advance(); return table.value
            case nil: throw scanner.error("unterminated inline table")
            case _?:
                if scanner.atNewline { throw scanner.error("an inline table must stay on one line") }
                throw scanner.error("expected ',' or '}' in an inline table, found \(scanner.found)")
            }
        }
    }

    /// A key path as TOML would write it: bare parts plain, others quoted.
    static func display<C: Collection<String>>(_ path: C) -> String {
        path.map { part in
            !part.isEmpty && part.unicodeScalars.allSatisfy(TOMLScanner.isBareKeyScalar) ? part : "\"\(part)\""
        }.joined(separator: ".")
    }
}
