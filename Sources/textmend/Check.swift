import ArgumentParser
import TextMend

extension TextMendCommand {
    /// `textmend check`: report damage; exit 1 when anything is found.
    struct Check: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "check",
            abstract: "Report damage; exit 1 when anything is found.",
            discussion: "Exit status: 0 nothing found, 1 findings, 2 usage error or unreadable input."
        )

        @OptionGroup var selection: RuleSelectionOptions
        @OptionGroup var input: InputOptions
        @OptionGroup(title: "Corpus model") var corpus: CorpusOptions

        @Option(help: "Output format: text, json, jsonl, sarif (SARIF 2.1.0) or html (one self-contained page).")
        var format: ReportFormat = .text

        @Flag(help: "Print how often each rule fired instead of the findings.")
        var statistics = false

        @Option(help: "Colour the text report (auto: when standard output is a terminal and NO_COLOR is unset).")
        var color: ColorChoice = .auto

        @Flag(name: .shortAndLong, help: "Do not print notes (skipped files) on standard error.")
        var quiet = false

        func validate() throws {
            if statistics && (format == .sarif || format == .html) {
                throw ValidationError("--statistics prints text, json or jsonl, not \(format.rawValue)")
            }
            if input.jsonl && (format == .sarif || format == .html) {
                throw ValidationError("--jsonl writes one report line per record; --format \(format.rawValue) does not apply")
            }
        }

        func run() throws {
            let setup = try RunSetup(selection, input, corpus: corpus)
            if setup.readsStandardInput { Console.hintIfReadingTerminal(quiet: quiet) }
            var failures = 0
            if input.jsonl { try checkRecords(setup) }
            var stream = ReportStream(format: format, color: color.enabled)
            var counts = RuleStatistics()
            var tally = BatchTally()
            var checked = 0, findings = 0
            let progress = ProgressBar(total: nil, batch: setup.isBatch, quiet: quiet, writesStandardOutput: true)
            setup.countInBackground(for: progress)
            let linter = setup.linter, encoding = input.encoding, format = format, color = color.enabled, render = !statistics
            // Files are found as the workers need them; each file's output is rendered on the
            // worker thread that checked it.
            let work: @Sendable (InputCollector.Item) -> Outcome<ReportStream.Piece> = { item in
                switch item.processed({ Processing.check($0, encoding: encoding, linter: linter) }) {
                case .done(let report): .done(ReportStream.piece(report, format: format, color: color, render: render))
                case .skippedBinary: .skippedBinary
                case .failed(let error): .failed(error)
                }
            }
            let walk = ConcurrentBatch.forEach(setup.walk(), workers: input.threads, work) { _, outcome in
                switch outcome {
                case .done(let piece):
                    checked += 1
                    findings += piece.findings.count
                    tally.read += 1
                    tally.bytes += piece.bytes
                    tally.count(piece.findings)
                    progress.advance(bytes: piece.bytes)
                    if statistics { counts.add(piece.findings) } else { Console.out(stream.add(piece)) }
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
            tally.skippedLinks = walk.skippedLinks
            if statistics {
                Console.out(counts.render(format))
            } else if checked > 0 || failures == 0 || format == .json || format == .sarif || format == .html {
                Console.out(stream.finish())
            }
            tally.errors = failures
            if !quiet {
                if setup.isBatch {
                    Console.note(tally.render())
                } else if tally.skippedBinary > 0 {
                    Console.note("textmend: skipped \(tally.skippedBinary) binary file\(tally.skippedBinary == 1 ? "" : "s")")
                }
            }
            throw ExitCode(failures > 0 ? 2 : findings > 0 ? 1 : 0)
        }

        /// `--jsonl`: a report line `{"id", "findings"}` per record.
        private func checkRecords(_ setup: RunSetup) throws -> Never {
            let collection = setup.collect()
            var failures = collection.errors.count, findings = 0
            for error in collection.errors { Console.error(error.description) }
            var counts = RuleStatistics()
            let linter = setup.linter
            let errors = JSONLinesBatch.run(collection.inputs, workers: input.threads, work: { JSONLinesBatch.check($0, linter: linter) }) { input, line, result in
                if let problem = result.problem {
                    failures += 1
                    Console.error("\(input.path):\(line): \(problem)")
                }
                findings += result.findings.count
                if statistics { counts.add(result.findings) } else if let output = result.output { Console.out(bytes: output + [0x0A]) }
            }
            for error in errors { Console.error(error.description) }
            if statistics { Console.out(counts.render(format)) }
            throw ExitCode(failures + errors.count > 0 ? 2 : findings > 0 ? 1 : 0)
        }
    }
}
