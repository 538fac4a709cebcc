import ArgumentParser
import TextMend

extension TextMendCommand {
    /// `textmend rules`: list the rules, or explain one.
    struct Rules: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "rules",
            abstract: "List every rule (id, category, default severity, fix), or explain one with its examples."
        )

        @Argument(help: ArgumentHelp("A rule id to explain, or a category to list.", valueName: "rule"))
        var rule: String?

        @Flag(help: "Print the rule table as Markdown (as in README).")
        var markdown = false

        func run() throws {
            if markdown {
                Console.out(RuleDocumentation.markdownTable())
            } else if let rule {
                if let explanation = RuleDocumentation.explain(rule) {
                    Console.out(explanation)
                } else if Category(rawValue: rule) != nil {
                    let lines = RuleDocumentation.list().split(separator: "\n").filter { $0.hasPrefix(rule + ".") }
                    Console.out(lines.map { $0 + "\n" }.joined())
                } else {
                    Console.error("unknown rule '\(rule)' (see 'textmend rules')")
                    throw ExitCode(2)
                }
            } else {
                Console.out(RuleDocumentation.list())
            }
        }
    }
}
