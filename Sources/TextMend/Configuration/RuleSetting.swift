/// A rule that reads settings of its own from `[rules."<id>"]` (besides `enabled` and
/// `severity`) declares them here; the configuration accepts exactly those keys, checks
/// their types, and hands the values to the rule in `context.options.ruleSettings[id]`.
public protocol ConfigurableRule: Rule {
    /// The settings the rule reads.
    static var settings: [RuleSetting] { get }
}

/// One key a rule reads from its `[rules."<id>"]` table.
public struct RuleSetting: Sendable, Hashable {
    /// The TOML types a setting can have.
    public enum Kind: String, Sendable, Hashable {
        case string, integer, float, boolean
        /// An array of strings.
        case strings

        /// Whether a value has this kind (an integer is also a valid float).
        func accepts(_ value: ConfigValue) -> Bool {
            switch (self, value) {
            case (.string, .string), (.integer, .integer), (.float, .float), (.float, .integer), (.boolean, .boolean): true
            case (.strings, .array(let elements)):
                elements.allSatisfy { if case .string = $0 { true } else { false } }
            default: false
            }
        }

        /// How an error names the expected type.
        var expected: String {
            switch self {
            case .string: "a string"
            case .integer: "an integer"
            case .float: "a number"
            case .boolean: "true or false"
            case .strings: "an array of strings"
            }
        }
    }

    /// The key under `[rules."<id>"]`.
    public var key: String
    /// Its type.
    public var kind: Kind
    /// What it changes, in one line (shown by `textmend rules ID`).
    public var summary: String

    /// Declares a setting.
    public init(_ key: String, _ kind: Kind, _ summary: String) {
        self.key = key
        self.kind = kind
        self.summary = summary
    }

    /// The settings a rule declares (none for rules that are not `ConfigurableRule`).
    static func declared(by id: String) -> [RuleSetting] {
        (RuleRegistry.rule(id: id) as? any ConfigurableRule.Type)?.settings ?? []
    }
}
