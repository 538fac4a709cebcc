import Foundation

/// Settings from a `.textmend.toml` file: which rules run, how loud they are, the options
/// rules read, and which paths are checked.
public struct Configuration: Sendable {
    /// The file it came from, nil for defaults.
    public var path: String?
    /// Rule ids, categories or id prefixes to run; empty means all.
    public var select: [String] = []
    /// Rule ids, categories or id prefixes not to run.
    public var ignore: [String] = []
    /// Severity overrides by rule id.
    public var severities: [String: Severity] = [:]
    /// Options handed to rules (language, boilerplate patterns, rule settings).
    public var options = RuleOptions()
    /// Path globs to check.
    public var include: [String] = []
    /// Path globs to skip.
    public var exclude: [String] = []

    /// The defaults: every rule, default severities, no path filters.
    public init() {}

    /// The file's name that `discover` looks for.
    public static let fileName = ".textmend.toml"

    /// Reads and parses a configuration file.
    public static func load(path: String) throws(ConfigurationError) -> Configuration {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw ConfigurationError(path: path, message: "cannot read the configuration file")
        }
        var bytes = [UInt8](data)
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes.removeFirst(3) }
        guard let text = String(validating: bytes, as: UTF8.self) else {
            throw ConfigurationError(path: path, message: "the configuration file is not valid UTF-8")
        }
        return try parse(text, path: path)
    }

    /// Parses configuration text; `path` names the file in errors.
    public static func parse(_ text: String, path: String) throws(ConfigurationError) -> Configuration {
        let document: TOMLDocument
        do {
            document = try TOMLParser.parse(text)
        } catch {
            throw ConfigurationError(path: path, line: error.line, message: error.message)
        }
        var configuration = try ConfigurationSchema(document: document, path: path).read()
        configuration.path = path
        return configuration
    }

    /// The nearest `.textmend.toml` in `directory` or a folder above it, or nil.
    public static func discover(startingAt directory: String) -> String? {
        var url = URL(fileURLWithPath: directory, isDirectory: true).standardizedFileURL
        while true {
            let candidate = url.appendingPathComponent(fileName).path
            var isDirectory: ObjCBool = false
            if FileManager.default.fileExists(atPath: candidate, isDirectory: &isDirectory), !isDirectory.boolValue {
                return candidate
            }
            let parent = url.deletingLastPathComponent()
            if parent.path == url.path { return nil }
            url = parent
        }
    }
}
