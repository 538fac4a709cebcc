import Dispatch
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

    @Flag(name: [.customShort("L"), .long], help: "Follow symbolic links found in folders (each folder is walked once).")
    var followLinks = false

    @Flag(help: "Read JSON Lines, one document per line as {\"id\": …, \"text\": …} (other fields kept), from standard input or the files given.")
    var jsonl = false

    func validate() throws {
        if let threads, threads < 1 { throw ValidationError("--threads must be at least 1") }
    }
}

/// A corpus model learned by `textmend learn`, applied as `boilerplate.corpus-recurring`,
/// `stripped-term.missing-from-corpus-copy` and learned strip terms.
struct CorpusOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp(
        "A corpus model from 'textmend learn': also report lines that recur across many documents, and restore terms it learned are deleted.",
        valueName: "file"))
    var model: String?

    @Option(name: .long, help: ArgumentHelp(
        "With --model: fewest documents a recurring line occurs in.",
        valueName: "n"))
    var modelMinFiles: Int = CorpusBoilerplateRule.defaultMinimumFiles

    @Option(name: .long, help: ArgumentHelp(
        "With --model: smallest share of the model's documents a recurring line occurs in, in percent.",
        valueName: "percent"))
    var modelMinShare: Double = CorpusBoilerplateRule.defaultMinimumShare * 100

    func validate() throws {
        if modelMinFiles < 1 { throw ValidationError("--model-min-files must be at least 1") }
        if !(0...100).contains(modelMinShare) { throw ValidationError("--model-min-share is a percentage from 0 to 100") }
    }

    /// The rule for the model, or nil without one; a bad model file ends the run (status 2).
    func rule() throws -> CorpusBoilerplateRule? {
        guard let model else { return nil }
        do {
            return CorpusBoilerplateRule(model: try CorpusModel.load(path: model), minimumFiles: modelMinFiles,
                                         minimumShare: modelMinShare / 100)
        } catch {
            Console.error(error.description)
            throw ExitCode(2)
        }
    }
}

/// The settings, linter and inputs of a run, or the errors that stop it.
struct RunSetup {
    let settings: RunSettings
    let linter: Linter
    /// Finds the inputs; a folder run walks them lazily (`walk()`), JSON Lines collects them.
    let collector: InputCollector
    /// The PATH arguments.
    let paths: [String]

    /// Loads the configuration, selects rules and collects inputs; a configuration or
    /// selection problem is printed and ends the run with status 2.
    init(_ selection: RuleSelectionOptions, _ input: InputOptions, corpus: CorpusOptions? = nil,
         avoiding avoided: Set<String> = []) throws {
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
        let corpusRule = try corpus?.rule()
        do {
            linter = try settings.linter(corpus: corpusRule)
        } catch {
            Console.error(error.description)
            throw ExitCode(2)
        }
        collector = InputCollector(filter: settings.filter, standardInputName: input.stdinFilename,
                                   avoidedFolders: avoided, followLinks: input.followLinks)
        paths = input.paths
    }

    /// A lazy walk over the inputs.
    func walk() -> InputCollector.Walk { collector.walk(paths) }

    /// Every input at once.
    func collect() -> InputCollector.Collection { collector.collect(paths) }

    /// Whether this is a batch (a folder, or several inputs): then a summary closes the run.
    var isBatch: Bool { paths.count > 1 || walk().walkedFolders > 0 }

    /// Whether standard input is read.
    var readsStandardInput: Bool { walk().readsStandardInput }

    /// Counts the inputs on a background thread (a second walk that keeps no paths) and
    /// gives the total to the progress bar. ripgrep and ruff show no total, but a bar
    /// without one cannot say how long is left, and listing folders costs little beside
    /// reading and checking the files (it also warms the cache for the real walk); until
    /// the count is done, the bar shows the files done without a total.
    func countInBackground(for progress: ProgressBar) {
        guard progress.enabled else { return }
        let collector = collector, paths = paths
        progress.expectTotal()
        DispatchQueue.global().async {
            var walk = collector.walk(paths), count = 0
            while walk.next() != nil { count += 1 }
            progress.setTotal(count)
        }
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
