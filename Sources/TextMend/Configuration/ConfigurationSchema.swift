import CICU

/// Turns a parsed `.textmend.toml` into a `Configuration`, rejecting every key, type and
/// value the schema does not know, with the line where it was written:
///
/// ```toml
/// language = "zh"                      # zh | en | auto
/// select = ["boilerplate"]             # rule ids, categories, id prefixes, ALL
/// ignore = ["invalid-char.private-use"]
/// include = ["**/*.txt"]
/// exclude = ["drafts/**"]
/// [rules."punctuation.unbalanced-bracket"]   # a rule id, category, prefix or ALL
/// enabled = false                      # false adds it to ignore
/// severity = "error"                   # info | warning | error
/// lexicon = ["…"]                      # settings a ConfigurableRule declares (exact ids only)
/// [boilerplate]
/// patterns = ["^本文由.+整理$"]          # ICU regular expressions, one line each
/// [strip]
/// terms = ["市委", "党委"]               # terms the source deletes
/// placeholders = { X = "党" }           # placeholders it writes instead of terms
/// profile = "party-filter"             # a built-in profile (see `StripLexicon.profiles`)
/// ```
struct ConfigurationSchema {
    let document: TOMLDocument
    let path: String
    /// The settings a rule id accepts besides `enabled` and `severity` (see `ConfigurableRule`).
    var settings: (String) -> [RuleSetting] = RuleSetting.declared(by:)

    func read() throws(ConfigurationError) -> Configuration {
        var configuration = Configuration()
        var ruleTables: [(selector: String, table: [String: ConfigValue])] = []
        for (key, value) in ordered(document.root, under: []) {
            let keyPath = [key]
            switch key {
            case "language":
                let name = try string(value, keyPath)
                guard let language = Language(rawValue: name) else {
                    throw error(keyPath, "unknown language '\(name)' (expected zh, en or auto)")
                }
                configuration.options.language = language
            case "select": configuration.select = try selectors(value, keyPath)
            case "ignore": configuration.ignore = try selectors(value, keyPath)
            case "include": configuration.include = try strings(value, keyPath)
            case "exclude": configuration.exclude = try strings(value, keyPath)
            case "rules":
                for (selector, settings) in ordered(try table(value, keyPath), under: keyPath) {
                    let settingsPath = keyPath + [selector]
                    guard RuleRegistry.matchesAny(selector) else {
                        throw error(settingsPath, "unknown rule or category '\(selector)' (see `textmend rules`)")
                    }
                    ruleTables.append((selector, try table(settings, settingsPath)))
                }
            case "boilerplate":
                for (subkey, subvalue) in ordered(try table(value, keyPath), under: keyPath) {
                    guard subkey == "patterns" else { throw unknownKey(keyPath + [subkey]) }
                    let patterns = try strings(subvalue, keyPath + [subkey])
                    for pattern in patterns { try validateRegex(pattern, keyPath + [subkey]) }
                    configuration.options.boilerplatePatterns = patterns
                }
            case "strip":
                for (subkey, subvalue) in ordered(try table(value, keyPath), under: keyPath) {
                    let path = keyPath + [subkey]
                    switch subkey {
                    case "terms": configuration.options.stripTerms = try strings(subvalue, path).filter { !$0.isEmpty }
                    case "placeholders":
                        for (placeholder, term) in try table(subvalue, path) {
                            configuration.options.placeholderTerms[placeholder] = try string(term, path + [placeholder])
                        }
                    case "profile":
                        let name = try string(subvalue, path)
                        guard StripLexicon.profile(named: name) != nil else {
                            throw error(path, "unknown strip profile '\(name)' (expected \(StripLexicon.profileNames.joined(separator: ", ")))")
                        }
                        configuration.options.stripProfiles = [name]
                    default: throw unknownKey(path)
                    }
                }
            default:
                throw unknownKey(keyPath)
            }
        }
        try apply(ruleTables, to: &configuration)
        return configuration
    }

    /// `[rules.X]` tables, from the broadest selector to the most specific, so a rule's own
    /// table wins over its category's.
    private func apply(_ tables: [(selector: String, table: [String: ConfigValue])],
                       to configuration: inout Configuration) throws(ConfigurationError) {
        func specificity(_ selector: String) -> Int {
            selector == "ALL" ? -1 : selector.split(separator: ".").count
        }
        let sorted = tables.sorted { (specificity($0.selector), $0.selector) < (specificity($1.selector), $1.selector) }
        for (selector, table) in sorted {
            let base = ["rules", selector]
            for (key, value) in ordered(table, under: base) {
                switch key {
                case "enabled":
                    guard case .boolean(let enabled) = value else { throw error(base + [key], "'\(display(base + [key]))' must be true or false") }
                    if !enabled {
                        configuration.ignore.append(selector)
                    } else if !configuration.select.isEmpty {
                        configuration.select.append(selector)
                    }
                case "severity":
                    let name = try string(value, base + [key])
                    guard let severity = Severity(rawValue: name) else {
                        throw error(base + [key], "unknown severity '\(name)' (expected info, warning or error)")
                    }
                    for rule in RuleRegistry.all where RuleRegistry.matches(selector, rule.description.id) {
                        configuration.severities[rule.description.id] = severity
                    }
                default:
                    guard let setting = settings(selector).first(where: { $0.key == key }) else { throw unknownKey(base + [key]) }
                    guard setting.kind.accepts(value) else {
                        throw error(base + [key], "'\(display(base + [key]))' must be \(setting.kind.expected)")
                    }
                    configuration.options.ruleSettings[selector, default: [:]][key] = value
                }
            }
        }
    }

    // MARK: Types

    private func string(_ value: ConfigValue, _ keyPath: [String]) throws(ConfigurationError) -> String {
        guard case .string(let string) = value else { throw error(keyPath, "'\(display(keyPath))' must be a string") }
        return string
    }

    private func strings(_ value: ConfigValue, _ keyPath: [String]) throws(ConfigurationError) -> [String] {
        guard case .array(let elements) = value else { throw error(keyPath, "'\(display(keyPath))' must be an array of strings") }
        var result: [String] = []
        for element in elements {
            guard case .string(let string) = element else { throw error(keyPath, "'\(display(keyPath))' must be an array of strings") }
            result.append(string)
        }
        return result
    }

    private func selectors(_ value: ConfigValue, _ keyPath: [String]) throws(ConfigurationError) -> [String] {
        let list = try strings(value, keyPath)
        for selector in list where !RuleRegistry.matchesAny(selector) {
            throw error(keyPath, "unknown rule or category '\(selector)' in '\(display(keyPath))' (see `textmend rules`)")
        }
        return list
    }

    private func table(_ value: ConfigValue, _ keyPath: [String]) throws(ConfigurationError) -> [String: ConfigValue] {
        guard case .table(let table) = value else { throw error(keyPath, "'\(display(keyPath))' must be a table") }
        return table
    }

    /// Compiles a pattern with the ICU flags the boilerplate rules use, to report a bad one here.
    private func validateRegex(_ pattern: String, _ keyPath: [String]) throws(ConfigurationError) {
        var message = [CChar](repeating: 0, count: 256)
        var status: Int32 = 0
        guard let regex = tm_regex_open(pattern, Int32(TM_REGEX_MULTILINE), &message, Int32(message.count), &status) else {
            let detail = String(decoding: message.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
            throw error(keyPath, "invalid regular expression '\(pattern)' in '\(display(keyPath))'\(detail.isEmpty ? "" : ": \(detail)")")
        }
        tm_regex_close(regex)
    }

    // MARK: Errors

    /// A table's entries in the order they were written (by line, then name).
    private func ordered(_ table: [String: ConfigValue], under prefix: [String]) -> [(String, ConfigValue)] {
        table.sorted { a, b in
            (document.lines[prefix + [a.key]] ?? 0, a.key) < (document.lines[prefix + [b.key]] ?? 0, b.key)
        }
    }

    private func unknownKey(_ keyPath: [String]) -> ConfigurationError {
        error(keyPath, "unknown key '\(display(keyPath))'")
    }

    private func error(_ keyPath: [String], _ message: String) -> ConfigurationError {
        ConfigurationError(path: path, line: document.lines[keyPath], message: message)
    }

    private func display(_ keyPath: [String]) -> String {
        keyPath.map { part in
            !part.isEmpty && part.unicodeScalars.allSatisfy(TOMLScanner.isBareKeyScalar) ? part : "\"\(part)\""
        }.joined(separator: ".")
    }
}
