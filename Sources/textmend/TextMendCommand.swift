import ArgumentParser
import TextMend

/// `textmend`: finds and repairs damage in scraped text.
struct TextMendCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "textmend",
        abstract: "Find and repair damage in scraped text.",
        discussion: """
            Exit status: 0 nothing found (check) or success (fix); 1 findings (check); \
            2 usage error, unreadable input or any other failure.
            """,
        version: ReportJSON.version,
        // Every subcommand names itself: ArgumentParser otherwise derives the name from the
        // type's name through reflection on every run (6.5 M instructions).
        subcommands: [Check.self, Fix.self, Rules.self, Learn.self]
    )

    /// Parses the command line, runs the command and exits with the contract's status:
    /// help and version 0, usage errors 2 (not ArgumentParser's 64), a command's own status.
    static func runAndExit(_ arguments: [String]? = nil) -> Never {
        do {
            var command = try parseAsRoot(arguments)
            try command.run()
            Console.exit(0)
        } catch let code as ExitCode {
            Console.exit(code.rawValue)
        } catch {
            if exitCode(for: error) == .success {
                Console.out(fullMessage(for: error) + "\n")
                Console.exit(0)
            }
            Console.error(usageMessage(for: error))
            Console.exit(2)
        }
    }

    /// ArgumentParser's message on one line, with where to find help.
    static func usageMessage(for error: Error) -> String {
        let message = self.message(for: error).split(whereSeparator: \.isNewline).joined(separator: " ")
        let full = fullMessage(for: error, columns: 10_000)
        // "See 'textmend check --help' for more information." names the right subcommand.
        if let start = full.range(of: "See '"), let end = full[start.upperBound...].firstIndex(of: "'") {
            return "\(lowercasedFirst(message)) (see '\(full[start.upperBound..<end])')"
        }
        return "\(lowercasedFirst(message)) (see 'textmend --help')"
    }

    private static func lowercasedFirst(_ text: String) -> String {
        var text = text
        if text.hasPrefix("Error: ") { text.removeFirst(7) }
        guard let first = text.first, first.isUppercase, !(text.dropFirst().first?.isUppercase ?? false) else { return text }
        return first.lowercased() + text.dropFirst()
    }
}
