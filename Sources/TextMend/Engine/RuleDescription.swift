/// Everything about a rule that is not code: its documentation and its test cases.
///
/// `textmend rules ID` prints it, README's rule table is generated from it, and one
/// generic test runs every example it carries.
public struct RuleDescription: Sendable {
    /// `category.name`, named after the damage.
    public var id: String
    /// The category from the contract.
    public var category: Category
    /// One line: what the rule finds.
    public var summary: String
    /// Why the damage matters and how it is recognised.
    public var rationale: String
    /// When the fix is safe and when it is only suggested.
    public var fixSafety: String
    /// Severity unless configured otherwise.
    public var severity: Severity
    /// What the rule can repair.
    public var fixability: Fixability
    /// Texts on which the rule must stay silent.
    public var nonTriggeringExamples: [Example]
    /// Texts on which it must report exactly the spans marked ⟦ ⟧.
    public var triggeringExamples: [Example]
    /// Inputs and the text `fix` must make of them.
    public var corrections: [Correction]
}

/// A rule example. In triggering examples each expected finding is marked `⟦…⟧`.
public struct Example: Sendable {
    /// The text, with markers.
    public var text: String
    /// Whether the generic test may prepend emoji and combining marks to the first line
    /// (false for rules whose verdict depends on the first line itself).
    public var prefixable: Bool
    /// Whether scalars U+10FF00–U+10FFFF stand for raw input bytes 00–FF, so that the example
    /// is input to decode (as UTF-8) rather than text: how examples show undecodable bytes.
    public var byteEscapes: Bool
    /// Options the example runs with (for rules that act on configuration).
    public var options: RuleOptions
    /// Where the example is written, so a failing test points at it.
    public var file: String
    /// Line of the example.
    public var line: Int

    /// Makes an example.
    public init(_ text: String, prefixable: Bool = true, byteEscapes: Bool = false,
                options: RuleOptions = RuleOptions(), file: String = #filePath, line: Int = #line) {
        self.text = text
        self.prefixable = prefixable
        self.byteEscapes = byteEscapes
        self.options = options
        self.file = file
        self.line = line
    }

    /// The input bytes a text with byte escapes stands for (see `byteEscapes`).
    public static func inputBytes(_ text: String) -> [UInt8] {
        var bytes: [UInt8] = []
        for scalar in text.unicodeScalars {
            if scalar.value >= 0x10FF00 {
                bytes.append(UInt8(scalar.value & 0xFF))
            } else {
                bytes.append(contentsOf: String(scalar).utf8)
            }
        }
        return bytes
    }
}

/// An input and what `fix` must turn it into.
public struct Correction: Sendable {
    /// The damaged text (markers are removed if present).
    public var input: String
    /// The repaired text.
    public var expected: String
    /// Whether the repair needs `--unsafe-fixes`.
    public var unsafe: Bool
    /// Whether the emoji prefix variant applies.
    public var prefixable: Bool
    /// Options the correction runs with.
    public var options: RuleOptions
    /// Where it is written.
    public var file: String
    /// Line of the correction.
    public var line: Int

    /// Makes a correction.
    public init(_ input: String, _ expected: String, unsafe: Bool = false, prefixable: Bool = true,
                options: RuleOptions = RuleOptions(), file: String = #filePath, line: Int = #line) {
        self.input = input
        self.expected = expected
        self.unsafe = unsafe
        self.prefixable = prefixable
        self.options = options
        self.file = file
        self.line = line
    }
}
