import ArgumentParser
import TextMend

extension TextMendCommand {
    /// `textmend learn`: count the lines that recur across a corpus and learn deleted terms, for `--model`.
    struct Learn: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "learn",
            abstract: "Learn the lines that recur across a corpus and the terms its filters delete (for check/fix --model).",
            discussion: """
                Reads files, folders or JSON Lines records (--jsonl) and writes a corpus model: \
                the number of documents read and, for every line (blanks collapsed, digit runs \
                masked), the number of documents it occurs in; and the terms a keyword filter \
                deletes, from sentences found intact in one document and gapped in another \
                (with --model they join the strip lexicon, and the intact sentence restores \
                the gapped one). Models merge by adding counts: \
                learn shards separately with --prune 1, then 'textmend learn --merge a.json b.json \
                -o all.json', then 'textmend check --model all.json'.
                """
        )

        @OptionGroup var input: InputOptions

        @Option(name: [.customShort("o"), .long], help: ArgumentHelp(
            "Where to write the model (default: standard output).", valueName: "file"))
        var output: String?

        @Flag(help: "The paths are models to add up, not documents.")
        var merge = false

        @Option(help: ArgumentHelp(
            "Keep only lines found in at least this many documents (default 2; 1 keeps every count, for shards merged later).",
            valueName: "n"))
        var prune = 2

        @Flag(name: .shortAndLong, help: "Do not print the summary on standard error.")
        var quiet = false

        func validate() throws {
            if prune < 1 { throw ValidationError("--prune must be at least 1") }
            if merge && (input.jsonl || input.paths.isEmpty) {
                throw ValidationError("--merge takes model files as paths (and no --jsonl)")
            }
        }

        func run() throws {
            var model = CorpusModel()
            var learner = CorpusLearner()
            var failures = 0
            if merge {
                for path in input.paths {
                    do { model.merge(try CorpusModel.load(path: path)) } catch {
                        Console.error(error.description)
                        failures += 1
                    }
                }
            } else {
                let settings: RunSettings
                do {
                    settings = try RunSettings.resolve(RunSettings.Overrides(include: input.include, exclude: input.exclude))
                } catch {
                    Console.error(error.description)
                    throw ExitCode(2)
                }
                let collector = InputCollector(filter: settings.filter, standardInputName: input.stdinFilename,
                                               followLinks: input.followLinks)
                if collector.walk(input.paths).readsStandardInput { Console.hintIfReadingTerminal(quiet: quiet) }
                if input.jsonl {
                    let collection = collector.collect(input.paths)
                    failures += collection.errors.count
                    for error in collection.errors { Console.error(error.description) }
                    let errors = JSONLinesBatch.run(collection.inputs, workers: input.threads, work: Self.recordKeys) { input, line, keys in
                        switch keys {
                        case .success(let share?): learner.add(share)
                        case .success(nil): break
                        case .failure(let problem):
                            failures += 1
                            Console.error("\(input.path):\(line): \(problem)")
                        }
                    }
                    failures += errors.count
                    for error in errors { Console.error(error.description) }
                } else {
                    let encoding = input.encoding
                    let work: @Sendable (InputCollector.Item) -> Outcome<CorpusLearner.Share> = { item in
                        item.processed { Processing.learn($0, encoding: encoding) }
                    }
                    ConcurrentBatch.forEach(collector.walk(input.paths), workers: input.threads, work) { _, outcome in
                        switch outcome {
                        case .done(let share): learner.add(share)
                        case .skippedBinary: break
                        case .failed(let error):
                            failures += 1
                            Console.error(error.description)
                        }
                    }
                }
            }
            if !merge { model = learner.learned }
            let distinct = model.lines.count
            model.prune(below: prune)
            let encoded = model.encoded()
            if let output, output != "-" {
                do { try AtomicWriter.write(Array(encoded.utf8), to: output) } catch {
                    Console.error(error.description)
                    throw ExitCode(2)
                }
            } else {
                Console.out(encoded)
            }
            if !quiet {
                let kept = prune > 1 ? "\(model.lines.count) found in at least \(prune) documents" : "all kept"
                let terms = model.deletedTerms.isEmpty ? ""
                    : "; \(model.deletedTerms.count) deleted term\(model.deletedTerms.count == 1 ? "" : "s") (\(model.learnedStripTerms.count) shown by at least \(CorpusModel.minimumTermPairs) pairs)"
                Console.note("Learned \(model.documents) document\(model.documents == 1 ? "" : "s"): \(distinct) distinct lines, \(kept)\(terms).")
            }
            throw ExitCode(failures > 0 ? 2 : 0)
        }

        /// What a record adds to the model (nil for a blank line), or why it is not a record.
        @Sendable static func recordKeys(_ line: [UInt8]) -> Result<CorpusLearner.Share?, JSONLinesRecord.Problem> {
            if JSONLinesBatch.isBlank(line) { return .success(nil) }
            do { return .success(CorpusLearner.share(of: Document(text: try JSONLinesRecord(line: line).text))) } catch {
                return .failure(error)
            }
        }
    }
}
