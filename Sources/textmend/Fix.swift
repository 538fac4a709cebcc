import ArgumentParser
import TextMend

extension TextMendCommand {
    /// `textmend fix`: repair; print the result, or write it.
    struct Fix: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "fix",
            abstract: "Repair; print the result, or write it (--in-place, --out DIR).",
            discussion: """
                One file or standard input: the repaired text goes to standard output. Several \
                files or a folder need --in-place, --out DIR or --diff. Only safe fixes are applied \
                unless --unsafe-fixes is given. Output is UTF-8 (with a BOM when the input had one); \
                line endings are kept. A file with undecodable bytes is never rewritten. \
                A summary of the repairs goes to standard error.
                """
        )

        @OptionGroup var selection: RuleSelectionOptions
        @OptionGroup var input: InputOptions
        @OptionGroup(title: "Corpus model") var corpus: CorpusOptions

        @Flag(help: "Also apply suggested fixes (plausible guesses a person should review).")
        var unsafeFixes = false

        @Flag(help: "Print a unified diff of the repairs instead of writing anything.")
        var diff = false

        @Flag(name: [.customShort("i"), .long], help: "Rewrite the files in place (atomically, keeping permissions).")
        var inPlace = false

        @Option(name: .customLong("out"), help: ArgumentHelp(
            "Write the repaired files under this folder, mirroring the tree of each folder given.", valueName: "dir"))
        var outputFolder: String?

        @Option(help: ArgumentHelp(
            "With --in-place: keep each changed file's original as FILE plus this suffix (say .orig).", valueName: "suffix"))
        var backup: String?

        @Flag(name: .shortAndLong, help: "Do not print the summary on standard error.")
        var quiet = false

        func validate() throws {
            if inPlace && outputFolder != nil { throw ValidationError("--in-place and --out cannot be used together") }
            if diff && (inPlace || outputFolder != nil) {
                throw ValidationError("--diff writes nothing; it cannot be combined with --in-place or --out")
            }
            if let backup {
                if !inPlace { throw ValidationError("--backup needs --in-place") }
                if backup.isEmpty || backup.contains("/") { throw ValidationError("--backup takes a file name suffix such as .orig") }
            }
            if input.jsonl && (inPlace || outputFolder != nil || diff) {
                throw ValidationError("--jsonl writes records to standard output; it cannot be combined with --in-place, --out or --diff")
            }
            if (inPlace || outputFolder != nil) && (input.paths.isEmpty || input.paths.contains("-")) {
                throw ValidationError("--in-place and --out need file or folder paths, not standard input")
            }
        }

        /// Where the repairs go.
        enum Destination { case standardOutput, inPlace, mirror(OutputMirror), diff }

        func run() throws {
            var avoided: Set<String> = []
            if let outputFolder, let real = realPath(outputFolder) { avoided.insert(real) }
            let setup = try RunSetup(selection, input, corpus: corpus, avoiding: avoided)
            let destination: Destination = diff ? .diff : inPlace ? .inPlace
                : outputFolder.map { .mirror(OutputMirror(folder: $0)) } ?? .standardOutput
            if input.jsonl { try fixRecords(setup) }
            if case .standardOutput = destination, setup.isBatch {
                Console.error("several files or a folder need --in-place, --out DIR or --diff (see 'textmend fix --help')")
                throw ExitCode(2)
            }
            if setup.readsStandardInput { Console.hintIfReadingTerminal(quiet: quiet) }
            var failures = 0
            var summary = FixSummary(mode: diff ? .diff : .write, unsafeFixes: unsafeFixes)
            var tally = BatchTally()
            let fixer = Fixer(linter: setup.linter, applicability: unsafeFixes ? .suggested : .safe)
            let encoding = input.encoding
            let writesOut: Bool
            switch destination {
            case .standardOutput, .diff: writesOut = true
            case .inPlace, .mirror: writesOut = false
            }
            let progress = ProgressBar(total: nil, batch: setup.isBatch, quiet: quiet, writesStandardOutput: writesOut)
            setup.countInBackground(for: progress)
            // Files are found as the workers need them and written by the workers that
            // repaired them; each input's destination is settled as it is found, in order,
            // so two inputs never race for one path.
            var target: FixJobs.Target = .none
            switch destination {
            case .inPlace: target = .inPlace(backupSuffix: backup)
            case .mirror(let mirror): target = .mirror(mirror)
            case .standardOutput, .diff: break
            }
            let work: @Sendable (FixJob) -> FixJob.Result = { job in
                if let conflict = job.conflict { return FixJob.Result(outcome: .failed(conflict)) }
                let outcome = Processing.fix(job.input, encoding: encoding, fixer: fixer)
                guard let target = job.target, case .done(let file) = outcome else { return FixJob.Result(outcome: outcome) }
                do throws(InputError) { try Processing.write(file, to: target) } catch { return FixJob.Result(outcome: outcome, writeError: error) }
                return FixJob.Result(outcome: outcome)
            }
            let jobs = ConcurrentBatch.forEach(FixJobs(walk: setup.walk(), target: target), workers: input.threads, work) { job, result in
                switch result.outcome {
                case .done(let file):
                    let line = summary.add(file)
                    tally.read += 1
                    tally.bytes += file.inputBytes.count
                    tally.count(file.result.applied)
                    do {
                        if let error = result.writeError { throw error }
                        if job.target == nil { try deliver(file, to: destination) }
                        if file.result.changed { tally.changed += 1 }
                        if let line, !quiet { Console.note(line) }
                    } catch {
                        failures += 1
                        Console.error("\(error)")
                    }
                    progress.advance(bytes: file.inputBytes.count)
                case .skippedBinary:
                    tally.skippedBinary += 1
                    progress.advance(bytes: 0)
                case .failed(let error):
                    failures += 1
                    progress.advance(bytes: 0)
                    Console.error(error.description)
                }
            }
            progress.finish()
            tally.skippedLinks = jobs.walk.skippedLinks
            tally.errors = failures
            if !quiet {
                Console.note(summary.render())
                if setup.isBatch {
                    Console.note(tally.render(changedVerb: diff ? "would change" : "changed"))
                } else if tally.skippedBinary > 0 {
                    Console.note("textmend: skipped \(tally.skippedBinary) binary file\(tally.skippedBinary == 1 ? "" : "s")")
                }
            }
            throw ExitCode(failures > 0 ? 2 : 0)
        }

        /// `--jsonl`: each record back with `text` repaired and a `textmend` member.
        private func fixRecords(_ setup: RunSetup) throws -> Never {
            let collection = setup.collect()
            var failures = collection.errors.count
            for error in collection.errors { Console.error(error.description) }
            var records = 0, changed = 0, applied = 0
            let fixer = Fixer(linter: setup.linter, applicability: unsafeFixes ? .suggested : .safe)
            let errors = JSONLinesBatch.run(collection.inputs, workers: input.threads, work: { JSONLinesBatch.fix($0, fixer: fixer) }) { input, line, result in
                if let problem = result.problem {
                    failures += 1
                    Console.error("\(input.path):\(line): \(problem) (passed through unchanged)")
                } else if !JSONLinesBatch.isBlank(result.output ?? []) {
                    records += 1
                }
                if result.applied > 0 { changed += 1; applied += result.applied }
                if let output = result.output { Console.out(bytes: output + [0x0A]) }
            }
            for error in errors { Console.error(error.description) }
            if !quiet {
                Console.note(applied == 0 ? "Nothing to fix in \(records) record\(records == 1 ? "" : "s")."
                             : "Fixed \(applied) problem\(applied == 1 ? "" : "s") in \(changed) of \(records) record\(records == 1 ? "" : "s").")
            }
            throw ExitCode(failures + errors.count > 0 ? 2 : 0)
        }

        /// Prints one repaired file or its diff. A file with undecodable bytes is passed
        /// through unchanged and reported.
        private func deliver(_ file: FixedFile, to destination: Destination) throws(InputError) {
            let problem = file.undecodableReason
            switch destination {
            case .standardOutput:
                Console.out(bytes: problem == nil ? file.output : file.inputBytes)
                if let problem { throw InputError(path: file.input.path, kind: .decoding, reason: "not repaired, passed through unchanged: \(problem)") }
            case .diff:
                if let problem { throw InputError(path: file.input.path, kind: .decoding, reason: "not repaired: \(problem)") }
                Console.out(file.diff())
            case .inPlace, .mirror:
                break  // written by the workers
            }
        }
    }
}

/// One input of `fix` and where its repair goes.
struct FixJob: Sendable {
    var input: Input
    /// The file to write; nil when the repair is printed.
    var target: FileTarget? = nil
    /// Why the input cannot be processed (a walk error, or two inputs for one `--out` path).
    var conflict: InputError? = nil

    /// What became of the job.
    struct Result: Sendable {
        var outcome: Outcome<FixedFile>
        var writeError: InputError? = nil
    }
}

/// The jobs of a `fix` run, made lazily from a folder walk: each found input with its
/// destination (claimed in walk order), and each walk error as a failed job.
struct FixJobs: IteratorProtocol {
    /// Where repaired files go.
    enum Target { case none, inPlace(backupSuffix: String?), mirror(OutputMirror) }

    private(set) var walk: InputCollector.Walk
    var target: Target

    mutating func next() -> FixJob? {
        guard let item = walk.next() else { return nil }
        let found: Input
        switch item {
        case .input(let input): found = input
        case .error(let error):
            return FixJob(input: Input(source: .file(error.path), path: error.path, relativePath: error.path, foundInFolder: true),
                          conflict: error)
        }
        switch target {
        case .none: return FixJob(input: found)
        case .inPlace(let backupSuffix): return FixJob(input: found, target: .inPlace(backupSuffix: backupSuffix))
        case .mirror(var mirror):
            defer { target = .mirror(mirror) }
            // Only earlier arguments' destinations can clash with later ones.
            let remember = walk.argumentIndex < walk.argumentCount - 1
            do { return FixJob(input: found, target: .path(try mirror.destination(for: found, remember: remember))) } catch {
                return FixJob(input: found, conflict: error)
            }
        }
    }
}
