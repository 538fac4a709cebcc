import Foundation
import ArgumentParser
import TextMend

/// Which rules run, and where the configuration comes from.
struct RuleSelectionOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp(
        "Rules to run: rule ids, categories or id prefixes, comma-separated (replaces the configuration's selection).",
        valueName: "rules"))
    var select: [String] = []

    @Option(name: .long, help: ArgumentHelp(
        "Rules not to run: rule ids, categories or id prefixes, comma-separated.", valueName: "rules"))
    var ignore: [String] = []

    @Option(name: .long, help: ArgumentHelp(
        "Configuration file (default: the nearest .textmend.toml upward from the working folder).",
        valueName: "file"))
    var config: String?

    @Option(name: .long, help: ArgumentHelp(
        "Terms the source deletes: a file (one term per line, `X = 党` lines for placeholders) or a built-in profile (party-filter, xz-masking). Repeatable.",
        valueName: "file"))
    var stripTerms: [String] = []

    /// Adds the `--strip-terms` files and profiles to the options.
    func applyStripTerms(to options: inout RuleOptions) throws {
        for entry in stripTerms {
            if let data = FileManager.default.contents(atPath: entry) {
                let lexicon = StripLexicon.parse(String(decoding: data, as: UTF8.self))
                options.stripTerms += lexicon.terms
                options.placeholderTerms.merge(lexicon.placeholders) { _, new in new }
            } else if StripLexicon.profile(named: entry) != nil {
                options.stripProfiles.append(entry)
            } else {
                throw ValidationError("--strip-terms: cannot read '\(entry)' (a file, or one of \(StripLexicon.profileNames.joined(separator: ", ")))")
            }
        }
    }
}

/// What to read and how.
struct InputOptions: ParsableArguments {
    @Argument(help: ArgumentHelp(
        "Files or folders (walked recursively; hidden and binary files skipped). None, or -, reads standard input.",
        valueName: "path"))
    var paths: [String] = []

    @Option(name: .long, help: ArgumentHelp(
        "Charset of the input (UTF-8, GB18030, Big5, Shift_JIS, UTF-16LE …); detected when not given.",
        valueName: "name"))
    var encoding: String?

    @Option(name: .long, help: ArgumentHelp(
        "Only take walked files matching this glob (relative to the folder; ** spans folders). Repeatable.",
        valueName: "glob"))
    var include: [String] = []

    @Option(name: .long, help: ArgumentHelp(
        "Skip walked files and folders matching this glob. Repeatable.", valueName: "glob"))
    var exclude: [String] = []

    @Option(name: .long, help: ArgumentHelp("Name shown for standard input.", valueName: "name"))
    var stdinFilename: String = "<stdin>"

    @Option(name: [.customShort("j"), .long], help: ArgumentHelp(
        "Documents processed in parallel (default: one per core).", valueName: "n"))
    var threads: Int?

    @Flag(help: "Read JSON Lines, one document per line as {\"id\": …, \"text\": …} (other fields kept), from standard input or the files given.")
    var jsonl = false

    func validate() throws {
        if let threads, threads < 1 { throw ValidationError("--threads must be at least 1") }
    }
}

/// The settings, linter and inputs of a run, or the errors that stop it.
struct RunSetup {
    let settings: RunSettings
    let linter: Linter
    let collection: InputCollector.Collection

    /// Loads the configuration, selects rules and collects inputs; a configuration or
    /// selection problem is printed and ends the run with status 2.
    init(_ selection: RuleSelectionOptions, _ input: InputOptions, avoiding avoided: Set<String> = []) throws {
        do {
            var resolved = try RunSettings.resolve(RunSettings.Overrides(
                configPath: selection.config, select: selection.select.splittingCommas(),
                ignore: selection.ignore.splittingCommas(), include: input.include, exclude: input.exclude))
            do {
                try selection.applyStripTerms(to: &resolved.configuration.options)
            } catch {
                Console.error("\(error)")
                throw ExitCode(2)
            }
            settings = resolved
        } catch let error as ConfigurationError {
            Console.error(error.description)
            throw ExitCode(2)
        }
        do {
            linter = try settings.linter()
        } catch {
            Console.error(error.description)
            throw ExitCode(2)
        }
        let collector = InputCollector(filter: settings.filter, standardInputName: input.stdinFilename,
                                       avoidedFolders: avoided)
        collection = collector.collect(input.paths)
    }
}

extension ReportFormat: ExpressibleByArgument {}

/// When to colour the text report.
enum ColorChoice: String, CaseIterable, ExpressibleByArgument {
    case auto, always, never

    /// Whether to colour, given the terminal and NO_COLOR.
    var enabled: Bool {
        switch self {
        case .auto: Console.colorByDefault
        case .always: true
        case .never: false
        }
    }
}
