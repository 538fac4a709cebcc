import Foundation
import Testing
@testable import TextMend

/// `.textmend.toml` into `Configuration`: the schema, its errors (naming the file, the
/// line and the key), loading and discovery.
struct ConfigurationSchemaTests {
    @Test func defaults() {
        let configuration = Configuration()
        #expect(configuration.path == nil)
        #expect(configuration.select.isEmpty && configuration.ignore.isEmpty)
        #expect(configuration.include.isEmpty && configuration.exclude.isEmpty)
        #expect(configuration.severities.isEmpty)
        #expect(configuration.options.language == .auto)
        #expect(configuration.options.boilerplatePatterns.isEmpty)
    }

    @Test func fullFile() throws {
        let configuration = try Configuration.parse("""
            language = "zh"            # zh | en | auto
            select = ["boilerplate", "invalid-char"]
            ignore = ["duplicate"]
            include = ["**/*.txt"]
            exclude = ["drafts/**"]

            [rules."invalid-char.zero-width"]
            enabled = false
            severity = "error"

            [boilerplate]
            patterns = ["^本文由.+整理$", '\\s*来源：\\S+$']
            """, path: "cfg/.textmend.toml")
        #expect(configuration.path == "cfg/.textmend.toml")
        #expect(configuration.options.language == .zh)
        #expect(configuration.select == ["boilerplate", "invalid-char"])
        #expect(configuration.ignore == ["duplicate", "invalid-char.zero-width"])
        #expect(configuration.include == ["**/*.txt"])
        #expect(configuration.exclude == ["drafts/**"])
        #expect(configuration.severities == ["invalid-char.zero-width": .error])
        #expect(configuration.options.boilerplatePatterns == ["^本文由.+整理$", #"\s*来源：\S+$"#])
    }

    @Test func emptyFileIsDefaults() throws {
        let configuration = try Configuration.parse("# nothing here\n", path: ".textmend.toml")
        #expect(configuration.path == ".textmend.toml")
        #expect(configuration.select.isEmpty && configuration.severities.isEmpty)
    }

    @Test func ruleTablesByCategoryAndPrefix() throws {
        let configuration = try Configuration.parse("""
            [rules."invalid-char.zero-width"]
            severity = "error"
            [rules.invalid-char]
            severity = "info"
            [rules.ALL]
            severity = "warning"
            """, path: ".textmend.toml")
        // The most specific table wins, whatever the order in the file.
        #expect(configuration.severities["invalid-char.zero-width"] == .error)
        let categoryOnly = try Configuration.parse("[rules.invalid-char]\nseverity = \"info\"\n", path: "x.toml")
        #expect(categoryOnly.severities["invalid-char.zero-width"] == .info)
    }

    @Test func enabledTrueJoinsAnExplicitSelection() throws {
        let configuration = try Configuration.parse("""
            select = ["boilerplate"]
            [rules."invalid-char.zero-width"]
            enabled = true
            """, path: ".textmend.toml")
        #expect(configuration.select == ["boilerplate", "invalid-char.zero-width"])
        let all = try Configuration.parse("[rules.invalid-char]\nenabled = true\n", path: ".textmend.toml")
        #expect(all.select.isEmpty && all.ignore.isEmpty)
    }

    @Test func dottedKeysAndInlineTablesAreTheSameSchema() throws {
        let configuration = try Configuration.parse("""
            rules."invalid-char.zero-width" = { enabled = false }
            boilerplate.patterns = ["x"]
            """, path: ".textmend.toml")
        #expect(configuration.ignore == ["invalid-char.zero-width"])
        #expect(configuration.options.boilerplatePatterns == ["x"])
    }

    struct Failure: Sendable, CustomTestStringConvertible {
        let source: String
        let description: String
        init(_ source: String, _ description: String) {
            self.source = source
            self.description = description
        }
        var testDescription: String { description }
    }

    static let failures: [Failure] = [
        Failure("language = \"zh\"\nselect = []\nlangauge = \"en\"\n", ".textmend.toml:3: unknown key 'langauge'"),
        Failure("[rules.\"invalid-char.zero-width\"]\nenabled = true\ncolour = \"red\"\n",
                ".textmend.toml:3: unknown key 'rules.\"invalid-char.zero-width\".colour'"),
        Failure("[rules.foo]\ncolour = 1\n", ".textmend.toml:1: unknown rule or category 'foo' (see `textmend rules`)"),
        Failure("[rules.invalid-char]\nseverity = \"fatal\"\n",
                ".textmend.toml:2: unknown severity 'fatal' (expected info, warning or error)"),
        Failure("[rules.invalid-char]\nseverity = 2\n", ".textmend.toml:2: 'rules.invalid-char.severity' must be a string"),
        Failure("[rules.invalid-char]\nenabled = \"no\"\n", ".textmend.toml:2: 'rules.invalid-char.enabled' must be true or false"),
        Failure("rules = 1\n", ".textmend.toml:1: 'rules' must be a table"),
        Failure("rules.invalid-char = 1\n", ".textmend.toml:1: 'rules.invalid-char' must be a table"),
        Failure("language = \"fr\"\n", ".textmend.toml:1: unknown language 'fr' (expected zh, en or auto)"),
        Failure("language = [\"zh\"]\n", ".textmend.toml:1: 'language' must be a string"),
        Failure("select = \"boilerplate\"\n", ".textmend.toml:1: 'select' must be an array of strings"),
        Failure("include = [1]\n", ".textmend.toml:1: 'include' must be an array of strings"),
        Failure("\nignore = [\"invalid-char.zero-width\", \"nonsense\"]\n",
                ".textmend.toml:2: unknown rule or category 'nonsense' in 'ignore' (see `textmend rules`)"),
        Failure("select = [\"invalid-char.zero\"]\n",
                ".textmend.toml:1: unknown rule or category 'invalid-char.zero' in 'select' (see `textmend rules`)"),
        Failure("[boilerplate]\npattern = [\"x\"]\n", ".textmend.toml:2: unknown key 'boilerplate.pattern'"),
        Failure("[boilerplate]\npatterns = [\"(unclosed\"]\n",
                ".textmend.toml:2: invalid regular expression '(unclosed' in 'boilerplate.patterns': U_REGEX_MISMATCHED_PAREN at offset 9"),
        Failure("[lexicon]\n", ".textmend.toml:1: unknown key 'lexicon'"),
        Failure("x = 1\n[lexicon.terms]\n", ".textmend.toml:1: unknown key 'x'"),
        Failure("[lexicon.terms]\n", ".textmend.toml:1: unknown key 'lexicon'"),
        Failure("a = 1\na = 2\n", ".textmend.toml:2: duplicate key 'a'"),
    ]

    @Test("schema errors name the file, the line and the key", arguments: failures)
    func schemaError(_ failure: Failure) {
        do {
            _ = try Configuration.parse(failure.source, path: ".textmend.toml")
            Issue.record("no error for \(failure.source)")
        } catch {
            #expect(error.description == failure.description)
            #expect(error.path == ".textmend.toml")
        }
    }

    @Test func selectorsAcceptedEverywhere() throws {
        for selector in ["ALL", "invalid-char", "invalid-char.zero-width", "boilerplate", "stripped-term"] {
            _ = try Configuration.parse("select = [\"\(selector)\"]\n[rules.\(selector == "invalid-char.zero-width" ? "\"\(selector)\"" : selector)]\nseverity = \"info\"\n",
                                        path: ".textmend.toml")
        }
    }

    @Test func declaredRuleSettings() throws {
        let settings = [RuleSetting("lexicon", .strings, "terms"), RuleSetting("ratio", .float, "r")]
        func read(_ text: String) throws -> Configuration {
            var schema = ConfigurationSchema(document: try TOMLParser.parse(text), path: ".textmend.toml")
            schema.settings = { $0 == "invalid-char.zero-width" ? settings : [] }
            return try schema.read()
        }
        let configuration = try read("""
            [rules."invalid-char.zero-width"]
            severity = "info"
            lexicon = ["习近平", "法轮功"]
            ratio = 2
            """)
        #expect(configuration.options.ruleSettings["invalid-char.zero-width"]
                == ["lexicon": .array([.string("习近平"), .string("法轮功")]), "ratio": .integer(2)])
        #expect(configuration.severities["invalid-char.zero-width"] == .info)
        #expect(throws: ConfigurationError(path: ".textmend.toml", line: 2, message: "'rules.\"invalid-char.zero-width\".lexicon' must be an array of strings")) {
            try read("[rules.\"invalid-char.zero-width\"]\nlexicon = \"x\"\n")
        }
        // Settings belong to exact rule ids, not to categories.
        #expect(throws: ConfigurationError(path: ".textmend.toml", line: 2, message: "unknown key 'rules.invalid-char.lexicon'")) {
            try read("[rules.invalid-char]\nlexicon = []\n")
        }
    }

    // MARK: Files

    func temporaryDirectory() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("textmend-config-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    @Test func loadReadsTheFile() throws {
        let directory = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let file = directory.appendingPathComponent(".textmend.toml")
        // A BOM is tolerated.
        try Data([0xEF, 0xBB, 0xBF] + Array("language = \"en\"\n".utf8)).write(to: file)
        let configuration = try Configuration.load(path: file.path)
        #expect(configuration.options.language == .en)
        #expect(configuration.path == file.path)
    }

    @Test func loadErrors() throws {
        let directory = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let missing = directory.appendingPathComponent("missing.toml").path
        #expect(throws: ConfigurationError(path: missing, message: "cannot read the configuration file")) {
            try Configuration.load(path: missing)
        }
        let binary = directory.appendingPathComponent("bad.toml")
        try Data([0x61, 0x20, 0x3D, 0x20, 0x22, 0xFF, 0x22]).write(to: binary)
        #expect(throws: ConfigurationError(path: binary.path, message: "the configuration file is not valid UTF-8")) {
            try Configuration.load(path: binary.path)
        }
        let bad = directory.appendingPathComponent("bad-key.toml")
        try Data("\n\ncolour = 1\n".utf8).write(to: bad)
        #expect(throws: ConfigurationError(path: bad.path, line: 3, message: "unknown key 'colour'")) {
            try Configuration.load(path: bad.path)
        }
    }

    @Test func discoverWalksUpward() throws {
        let root = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: root) }
        let nested = root.appendingPathComponent("a/b/c")
        try FileManager.default.createDirectory(at: nested, withIntermediateDirectories: true)
        let outsideAnswer = Configuration.discover(startingAt: nested.path)
        #expect(outsideAnswer == nil || !outsideAnswer!.hasPrefix(root.path))

        let top = root.appendingPathComponent(".textmend.toml")
        try Data("language = \"zh\"\n".utf8).write(to: top)
        #expect(Configuration.discover(startingAt: nested.path) == top.standardizedFileURL.path)

        let middle = root.appendingPathComponent("a/.textmend.toml")
        try Data("".utf8).write(to: middle)
        #expect(Configuration.discover(startingAt: nested.path) == middle.standardizedFileURL.path)
        #expect(Configuration.discover(startingAt: root.path) == top.standardizedFileURL.path)

        // A folder of that name is not a configuration file.
        try FileManager.default.createDirectory(at: nested.appendingPathComponent(".textmend.toml"), withIntermediateDirectories: true)
        #expect(Configuration.discover(startingAt: nested.path) == middle.standardizedFileURL.path)
    }
}
