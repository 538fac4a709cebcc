import Testing
@testable import TextMend

/// The TOML parser under the configuration: every value form it reads, and every error
/// it reports with its line.
struct ConfigurationTOMLTests {
    func parse(_ text: String) throws -> [String: ConfigValue] {
        try TOMLParser.parse(text).root
    }

    @Test func scalarsAndComments() throws {
        let root = try parse("""
            # a comment
            title = "textmend"   # trailing comment
            count = 42
            negative = -17
            positive = +17
            big = 1_000_000
            hex = 0xDEAD_beef
            octal = 0o755
            binary = 0b1101
            pi = 3.14
            small = -0.01
            exponent = 5e+22
            exp2 = 1E06
            planck = 6.626e-34
            grouped = 224_617.445_991
            zero = 0
            zerofloat = -0.0
            yes = true
            no = false
            """)
        #expect(root["title"] == .string("textmend"))
        #expect(root["count"] == .integer(42))
        #expect(root["negative"] == .integer(-17))
        #expect(root["positive"] == .integer(17))
        #expect(root["big"] == .integer(1_000_000))
        #expect(root["hex"] == .integer(0xDEADBEEF))
        #expect(root["octal"] == .integer(0o755))
        #expect(root["binary"] == .integer(0b1101))
        #expect(root["pi"] == .float(3.14))
        #expect(root["small"] == .float(-0.01))
        #expect(root["exponent"] == .float(5e22))
        #expect(root["exp2"] == .float(1e6))
        #expect(root["planck"] == .float(6.626e-34))
        #expect(root["grouped"] == .float(224617.445991))
        #expect(root["zero"] == .integer(0))
        #expect(root["zerofloat"] == .float(-0.0))
        #expect(root["yes"] == .boolean(true))
        #expect(root["no"] == .boolean(false))
    }

    @Test func specialFloats() throws {
        let root = try parse("a = inf\nb = -inf\nc = +inf\nd = nan\ne = -nan\n")
        #expect(root["a"] == .float(.infinity))
        #expect(root["b"] == .float(-.infinity))
        #expect(root["c"] == .float(.infinity))
        guard case .float(let d) = root["d"], case .float(let e) = root["e"] else { Issue.record("not floats"); return }
        #expect(d.isNaN && e.isNaN)
    }

    @Test func basicStringEscapes() throws {
        let root = try parse(#"s = "tab\tnew\nquote\"back\\slash \u00E9 \U0001F600 \b\f\r""#)
        #expect(root["s"] == .string("tab\tnew\nquote\"back\\slash é 😀 \u{8}\u{C}\r"))
    }

    @Test func literalStrings() throws {
        let root = try parse(#"""
            path = 'C:\Users\nodejs\templates'
            regex = '<\i\c*\s*>'
            quoted = 'Tom "Dubs" Preston'
            cjk = '本文由网友整理'
            """#)
        #expect(root["path"] == .string(#"C:\Users\nodejs\templates"#))
        #expect(root["regex"] == .string(#"<\i\c*\s*>"#))
        #expect(root["quoted"] == .string(#"Tom "Dubs" Preston"#))
        #expect(root["cjk"] == .string("本文由网友整理"))
    }

    @Test func multilineBasicStrings() throws {
        let root = try parse("a = \"\"\"\nRoses\nViolets\"\"\"\n"
            + "b = \"\"\"The quick \\\n\n   brown \\\n   fox.\"\"\"\n"
            + "c = \"\"\"two quotes at the end\"\"\"\"\"\n"
            + "d = \"\"\"has \"\"\\\" three\"\"\"\n"
            + "e = \"\"\"tab\\there\"\"\"\n")
        #expect(root["a"] == .string("Roses\nViolets"))
        #expect(root["b"] == .string("The quick brown fox."))
        #expect(root["c"] == .string("two quotes at the end\"\""))
        #expect(root["d"] == .string("has \"\"\" three"))
        #expect(root["e"] == .string("tab\there"))
    }

    @Test func multilineLiteralStrings() throws {
        let root = try parse("a = '''\nThe first newline is\ntrimmed in raw strings.\n   \\n stays '''\nb = '''one quote at the end''''\n")
        #expect(root["a"] == .string("The first newline is\ntrimmed in raw strings.\n   \\n stays "))
        #expect(root["b"] == .string("one quote at the end'"))
    }

    @Test func crlfLineEndings() throws {
        let root = try parse("a = 1\r\nb = \"\"\"\r\nx\r\ny\"\"\"\r\n[t]\r\nc = [\r\n  1,\r\n]\r\n")
        #expect(root["a"] == .integer(1))
        #expect(root["b"] == .string("x\ny"))
        #expect(root["t"] == .table(["c": .array([.integer(1)])]))
    }

    @Test func arrays() throws {
        let root = try parse("""
            empty = []
            numbers = [ 1, 2, 3 ]
            nested = [ [ 1, 2 ], ["a", 'b'] ]
            mixed = [ 0.1, "x", true, { k = 1 } ]
            spread = [
              "first",   # a comment inside
              # a comment line
              "second",
            ]
            """)
        #expect(root["empty"] == .array([]))
        #expect(root["numbers"] == .array([.integer(1), .integer(2), .integer(3)]))
        #expect(root["nested"] == .array([.array([.integer(1), .integer(2)]), .array([.string("a"), .string("b")])]))
        #expect(root["mixed"] == .array([.float(0.1), .string("x"), .boolean(true), .table(["k": .integer(1)])]))
        #expect(root["spread"] == .array([.string("first"), .string("second")]))
    }

    @Test func inlineTables() throws {
        let root = try parse(#"""
            name = { first = "Tom", last = "Preston-Werner" }
            point = {x=1,y=2}
            empty = {}
            deep = { a.b = 1, a.c = 2, d = { e = [1, 2] } }
            """#)
        #expect(root["name"] == .table(["first": .string("Tom"), "last": .string("Preston-Werner")]))
        #expect(root["point"] == .table(["x": .integer(1), "y": .integer(2)]))
        #expect(root["empty"] == .table([:]))
        #expect(root["deep"] == .table(["a": .table(["b": .integer(1), "c": .integer(2)]),
                                         "d": .table(["e": .array([.integer(1), .integer(2)])])]))
    }

    @Test func tablesAndKeys() throws {
        let root = try parse("""
            top = 1
            site."google.com" = true
            a . b . c = 2
            "" = "empty key"
            'literal key' = 3
            1234 = "bare digits"
            [rules."punctuation.unbalanced-bracket"]
            enabled = false
            [x.y.z]
            w = 1
            [x]
            v = 2
            [ dog . "tater.man" ]
            type.name = "pug"
            """)
        #expect(root["top"] == .integer(1))
        #expect(root["site"] == .table(["google.com": .boolean(true)]))
        #expect(root["a"] == .table(["b": .table(["c": .integer(2)])]))
        #expect(root[""] == .string("empty key"))
        #expect(root["literal key"] == .integer(3))
        #expect(root["1234"] == .string("bare digits"))
        #expect(root["rules"] == .table(["punctuation.unbalanced-bracket": .table(["enabled": .boolean(false)])]))
        #expect(root["x"] == .table(["v": .integer(2), "y": .table(["z": .table(["w": .integer(1)])])]))
        #expect(root["dog"] == .table(["tater.man": .table(["type": .table(["name": .string("pug")])])]))
    }

    @Test func subTablesOfDottedTables() throws {
        let root = try parse("""
            [fruit]
            apple.color = "red"
            apple.taste.sweet = true
            [fruit.apple.texture]
            smooth = true
            """)
        #expect(root["fruit"] == .table(["apple": .table([
            "color": .string("red"), "taste": .table(["sweet": .boolean(true)]),
            "texture": .table(["smooth": .boolean(true)]),
        ])]))
    }

    @Test func arraysOfTables() throws {
        let root = try parse("""
            [[fruits]]
            name = "apple"
            [fruits.physical]
            color = "red"
            [[fruits.varieties]]
            name = "delicious"
            [[fruits]]
            name = "banana"
            """)
        #expect(root["fruits"] == .array([
            .table(["name": .string("apple"), "physical": .table(["color": .string("red")]),
                    "varieties": .array([.table(["name": .string("delicious")])])]),
            .table(["name": .string("banana")]),
        ]))
    }

    @Test func keyLines() throws {
        let document = try TOMLParser.parse("a = 1\n\n[rules.\"x.y\"]\nseverity = \"error\"\nb = [\n 1,\n]\nc.d = 2\n")
        #expect(document.lines[["a"]] == 1)
        #expect(document.lines[["rules", "x.y"]] == 3)
        #expect(document.lines[["rules", "x.y", "severity"]] == 4)
        #expect(document.lines[["rules", "x.y", "b"]] == 5)
        #expect(document.lines[["rules", "x.y", "c", "d"]] == 8)
    }

    struct Failure: Sendable, CustomTestStringConvertible {
        let source: String
        let line: Int
        let message: String
        init(_ source: String, _ line: Int, _ message: String) {
            self.source = source
            self.line = line
            self.message = message
        }
        var testDescription: String { message }
    }

    static let failures: [Failure] = [
        Failure("a = 1\nb = 2\na = 3\n", 3, "duplicate key 'a'"),
        Failure("[t]\nx = 1\nx = 2\n", 3, "duplicate key 't.x'"),
        Failure("a.b = 1\na.b = 2\n", 2, "duplicate key 'a.b'"),
        Failure("a = 1\na.b = 2\n", 2, "'a' is already a value, not a table"),
        Failure("[a]\nx = 1\n\n[a]\n", 4, "table 'a' is defined twice"),
        Failure("[a.b]\n[a]\n[a.b]\n", 3, "table 'a.b' is defined twice"),
        Failure("[fruit]\napple.color = 'red'\n[fruit.apple]\n", 3, "table 'fruit.apple' was already defined by dotted keys"),
        Failure("[a.b]\nx = 1\n[a]\nb.y = 2\n", 4, "cannot add to table 'a.b' with a dotted key: it is defined elsewhere"),
        Failure("a = { x = 1 }\n[a]\n", 2, "'a' is already a value, not a table"),
        Failure("a = { x = 1 }\na.y = 2\n", 2, "'a' is already a value, not a table"),
        Failure("a = [1]\n[[a]]\n", 2, "'a' is already defined and is not an array of tables"),
        Failure("[[a]]\n[a]\n", 2, "'a' is an array of tables; use [[a]]"),
        Failure("\na = \"open\n", 2, "unterminated string"),
        Failure("a = 'open\nb = 1\n", 1, "unterminated string"),
        Failure("x = 1\na = \"\"\"\nnever closed\n", 2, "unterminated multi-line string"),
        Failure("a = '''\nnever closed\n", 1, "unterminated multi-line string"),
        Failure("a = 1\nb = \"bad \\q escape\"\n", 2, "invalid escape '\\q'"),
        Failure("a = \"\\uD800\"\n", 1, "escape '\\uD800' is not a Unicode scalar value"),
        Failure("a = \"\\u12\"\n", 1, "escape '\\u' needs 4 hexadecimal digits"),
        Failure("a = \"raw \u{1} control\"\n", 1, "control character U+0001 must be escaped in a string"),
        Failure("# bad \u{7F} comment\n", 1, "control character U+007F in a comment"),
        Failure("a = 012\n", 1, "leading zeros are not allowed in '012'"),
        Failure("a = 1__0\n", 1, "invalid number '1__0'"),
        Failure("a = 1_\n", 1, "invalid number '1_'"),
        Failure("a = 1.\n", 1, "invalid number '1.'"),
        Failure("a = 1e\n", 1, "invalid number '1e'"),
        Failure("a = 01.5\n", 1, "invalid number '01.5'"),
        Failure("a = 0x\n", 1, "invalid number '0x'"),
        Failure("a = 0b102\n", 1, "invalid number '0b102'"),
        Failure("a = 99999999999999999999\n", 1, "integer '99999999999999999999' is out of range"),
        Failure("a = .5\n", 1, "invalid number '.5'"),
        Failure("a = hello\n", 1, "expected a value, found 'hello' (strings need quotes)"),
        Failure("a =\n", 1, "expected a value, found a line break"),
        Failure("a = ", 1, "expected a value, found the end of the file"),
        Failure("a 1\n", 1, "expected '=' after the key 'a', found '1'"),
        Failure("a = 1 2\n", 1, "unexpected '2' after a value"),
        Failure("[t] x = 1\n", 1, "unexpected 'x' after a table header"),
        Failure("a = [1 2]\n", 1, "expected ',' or ']' in an array, found '2'"),
        Failure("a = [1,,2]\n", 1, "expected a value, found ','"),
        Failure("a = [\n1,\n2\n", 1, "unterminated array"),
        Failure("a = { x = 1,\ny = 2 }\n", 1, "an inline table must stay on one line"),
        Failure("a = { x = 1, }\n", 1, "trailing comma in an inline table"),
        Failure("a = { x = 1 y = 2 }\n", 1, "expected ',' or '}' in an inline table, found 'y'"),
        Failure("a = { x = 1, x = 2 }\n", 1, "duplicate key 'a.x'"),
        Failure("d = 1979-05-27\n", 1, "dates and times are not supported ('1979-05-27')"),
        Failure("t = 07:32:00\n", 1, "dates and times are not supported ('07:32:00')"),
        Failure("a..b = 1\n", 1, "expected a key, found '.'"),
        Failure("= 1\n", 1, "expected a key, found '='"),
        Failure("[a\n", 1, "expected ']' to close the table header, found a line break"),
        Failure("[[a]\n", 1, "expected ']' to close the array-of-tables header, found a line break"),
        Failure("\"\"\"key\"\"\" = 1\n", 1, "a key cannot be a multi-line string"),
        Failure("a = 1\rb = 2\n", 1, "unexpected character U+000D after a value"),
    ]

    @Test("parse errors name their line", arguments: failures)
    func parseError(_ failure: Failure) {
        #expect(throws: TOMLError(line: failure.line, message: failure.message)) {
            try TOMLParser.parse(failure.source)
        }
    }
}
