/// The rules' own descriptions, rendered for `textmend rules` and for README's rule table,
/// so documentation cannot drift from the code.
public enum RuleDocumentation {
    /// `textmend rules`: one line per rule, columns id, category, severity, fix, summary.
    public static func list() -> String {
        let descriptions = RuleRegistry.descriptions
        let idWidth = descriptions.map(\.id.count).max() ?? 0
        let categoryWidth = Category.allCases.map(\.rawValue.count).max() ?? 0
        func pad(_ text: String, _ width: Int) -> String { text + String(repeating: " ", count: max(0, width - text.count)) }
        return descriptions.map { description in
            [pad(description.id, idWidth), pad(description.category.rawValue, categoryWidth),
             pad(description.severity.rawValue, 7), pad(fixLabel(description.fixability), 9),
             description.summary].joined(separator: "  ")
        }.joined(separator: "\n") + "\n"
    }

    /// `textmend rules ID`: summary, rationale, fix safety, examples (spans marked `⟦…⟧`) and
    /// corrections; nil for an unknown id.
    public static func explain(_ id: String) -> String? {
        guard let description = RuleRegistry.rule(id: id)?.description else { return nil }
        var sections = [
            "\(description.id): \(DisplayText.escaped(description.summary))",
            "Category: \(description.category.rawValue)    Severity: \(description.severity.rawValue)    "
                + "Fix: \(fixLabel(description.fixability))",
            "Why\n" + indent(description.rationale),
            "Fix safety\n" + indent(description.fixSafety),
        ]
        let settings = RuleSetting.declared(by: id)
        if !settings.isEmpty {
            sections.append("Settings (in .textmend.toml under [rules.\"\(id)\"])\n" + settings.map { setting in
                "  \(setting.key) (\(setting.kind.expected)): \(setting.summary)"
            }.joined(separator: "\n"))
        }
        if !description.triggeringExamples.isEmpty {
            sections.append("Flagged (⟦…⟧ marks each finding)\n"
                            + description.triggeringExamples.map { item($0.text) }.joined(separator: "\n"))
        }
        if !description.nonTriggeringExamples.isEmpty {
            sections.append("Not flagged\n"
                            + description.nonTriggeringExamples.map { item($0.text) }.joined(separator: "\n"))
        }
        if !description.corrections.isEmpty {
            sections.append("Corrections\n" + description.corrections.map { correction in
                item(correction.input) + "\n"
                    + item(correction.expected, bullet: "  →")
                    + (correction.unsafe ? "  (with --unsafe-fixes)" : "")
            }.joined(separator: "\n"))
        }
        return sections.joined(separator: "\n\n") + "\n"
    }

    /// README's rule table: `| Rule | Category | Severity | Fix | What it finds |`.
    public static func markdownTable() -> String {
        var lines = ["| Rule | Category | Severity | Fix | What it finds |", "|---|---|---|---|---|"]
        for description in RuleRegistry.descriptions {
            let fix = description.fixability == .none ? "—" : fixLabel(description.fixability)
            let summary = description.summary.replacing("|", with: "\\|")
            lines.append("| `\(description.id)` | \(description.category.rawValue) | \(description.severity.rawValue) | \(fix) | \(summary) |")
        }
        return lines.joined(separator: "\n") + "\n"
    }

    static func fixLabel(_ fixability: Fixability) -> String {
        fixability == .none ? "no fix" : fixability.rawValue
    }

    /// Text indented by two spaces, keeping its own line breaks, each line escaped.
    static func indent(_ text: String) -> String {
        text.split(separator: "\n", omittingEmptySubsequences: false)
            .map { $0.isEmpty ? "" : "  " + DisplayText.escaped(String($0)) }.joined(separator: "\n")
    }

    /// A list item: `  - first line`, continuation lines aligned under it, each line escaped.
    static func item(_ text: String, bullet: String = "-") -> String {
        text.split(separator: "\n", omittingEmptySubsequences: false).enumerated().map { line in
            let shown = DisplayText.escaped(String(line.element))
            return line.offset == 0 ? "  \(bullet) \(shown)" : "    \(shown)"
        }.joined(separator: "\n")
    }
}
