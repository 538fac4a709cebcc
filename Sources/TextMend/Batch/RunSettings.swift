#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The configuration in force for one run: the `.textmend.toml` (named, or the nearest one
/// upward from the working folder) with the command line's choices laid over it.
///
/// `--select` replaces the file's selection entirely (its `select` and `ignore`, so a rule
/// named on the command line runs even if the file turns it off); `--ignore` adds to the
/// file's `ignore`. `--include`/`--exclude` replace the file's patterns.
public struct RunSettings: Sendable {
    /// The configuration file's settings (defaults when there is no file).
    public var configuration: Configuration
    /// Rule selectors to run (empty: every rule).
    public var select: [String]
    /// Rule selectors not to run.
    public var ignore: [String]
    /// Path filter for folder walks.
    public var filter: PathFilter

    /// The command line's choices; nil (or empty, for the lists) means "as the file says".
    public struct Overrides: Sendable {
        /// `--config FILE`.
        public var configPath: String?
        /// `--select`.
        public var select: [String] = []
        /// `--ignore`.
        public var ignore: [String] = []
        /// `--include`.
        public var include: [String] = []
        /// `--exclude`.
        public var exclude: [String] = []

        /// Makes overrides.
        public init(configPath: String? = nil, select: [String] = [], ignore: [String] = [],
                    include: [String] = [], exclude: [String] = []) {
            self.configPath = configPath
            self.select = select
            self.ignore = ignore
            self.include = include
            self.exclude = exclude
        }
    }

    /// Loads the configuration and applies the overrides.
    public static func resolve(_ overrides: Overrides, workingFolder: String? = nil) throws(ConfigurationError) -> RunSettings {
        var configuration = Configuration()
        let folder = workingFolder ?? currentFolder()
        if let path = overrides.configPath ?? Configuration.discover(startingAt: folder) {
            if case .success(.directory) = FileSystem.resolvedKind(path) {
                throw ConfigurationError(path: path, message: "is a folder, not a configuration file")
            }
            configuration = try Configuration.load(path: path)
        }
        let select = overrides.select.isEmpty ? configuration.select : overrides.select
        let ignore = overrides.select.isEmpty ? configuration.ignore + overrides.ignore : overrides.ignore
        let filter = PathFilter(include: overrides.include.isEmpty ? configuration.include : overrides.include,
                                exclude: overrides.exclude.isEmpty ? configuration.exclude : overrides.exclude)
        return RunSettings(configuration: configuration, select: select, ignore: ignore, filter: filter)
    }

    /// The linter for the selected rules, with the file's severities and options. With a
    /// corpus rule (`--model`), its model goes to the rules that need one and its thresholds
    /// replace the default instance; the deleted terms the model learned join the strip
    /// lexicon (they rank restorations at gaps, as `--strip-terms` does). Without a model
    /// the corpus rules run but report nothing.
    public func linter(corpus: CorpusBoilerplateRule? = nil) throws(SelectionError) -> Linter {
        var rules = try RuleRegistry.rules(select: select, ignore: ignore)
        var options = configuration.options
        if let corpus {
            rules = rules.map { $0 is CorpusBoilerplateRule ? corpus : $0 }
            options.corpusModel = corpus.model
            options.stripTerms += corpus.model.learnedStripTerms
        }
        return Linter(rules: rules, severities: configuration.severities, options: options)
    }

    /// The working folder.
    static func currentFolder() -> String {
        guard let path = getcwd(nil, 0) else { return "." }
        defer { free(path) }
        return String(cString: path)
    }
}

extension [String] {
    /// Splits comma-separated entries (`--select a,b --select c`) and drops empty ones.
    public func splittingCommas() -> [String] {
        flatMap { $0.split(separator: ",") }.map { $0.trimmingSpaces() }.filter { !$0.isEmpty }
    }
}

extension Substring {
    fileprivate func trimmingSpaces() -> String {
        String(drop { $0 == " " }.reversed().drop { $0 == " " }.reversed())
    }
}
