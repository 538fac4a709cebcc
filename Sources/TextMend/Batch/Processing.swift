/// What became of one input.
public enum Outcome<Value: Sendable>: Sendable {
    /// Processed.
    case done(Value)
    /// A binary file found in a folder walk: skipped without complaint.
    case skippedBinary
    /// It could not be read or decoded.
    case failed(InputError)
}

/// The per-file work of `check` and `fix`, independent of how results are shown.
public enum Processing {
    /// Reads, decodes and checks one input.
    public static func check(_ input: Input, encoding: String?, linter: Linter) -> Outcome<FileReport> {
        do {
            let (document, _) = try InputReader.document(of: input, encoding: encoding)
            return .done(FileReport(path: input.path, document: document, findings: linter.check(document)))
        } catch {
            return outcome(of: error, for: input)
        }
    }

    /// Reads, decodes and repairs one input (a file with undecodable bytes is left as it is).
    public static func fix(_ input: Input, encoding: String?, fixer: Fixer) -> Outcome<FixedFile> {
        do {
            let (document, bytes) = try InputReader.document(of: input, encoding: encoding)
            let result: Fixer.Result
            if document.encoding.undecodable.isEmpty {
                result = fixer.fix(document)
            } else {
                result = Fixer.Result(bytes: document.bytes, applied: [], remaining: fixer.linter.check(document),
                                      rounds: 0, changed: false)
            }
            return .done(FixedFile(input: input, document: document, inputBytes: bytes, result: result))
        } catch {
            return outcome(of: error, for: input)
        }
    }

    /// Reads and decodes one input and gives what it adds to a corpus model.
    public static func learn(_ input: Input, encoding: String?) -> Outcome<CorpusLearner.Share> {
        do {
            return .done(CorpusLearner.share(of: try InputReader.document(of: input, encoding: encoding).document))
        } catch {
            return outcome(of: error, for: input)
        }
    }

    private static func outcome<T>(of error: InputError, for input: Input) -> Outcome<T> {
        error.kind == .binary && input.foundInFolder ? .skippedBinary : .failed(error)
    }
}

/// Where `fix` writes a repaired file.
public enum FileTarget: Sendable {
    /// Over the input (`--in-place`), keeping a backup when a suffix is given.
    case inPlace(backupSuffix: String?)
    /// At this path (`--out DIR`), creating folders.
    case path(String)
}

extension Processing {
    /// Writes one repaired file (safe on any thread). `--in-place` replaces the file
    /// atomically and durably (flushed to disk) and only when it changed; `--out` writes
    /// every file, without flushing, since the input stays intact. A file with undecodable
    /// bytes is left alone in place, copied unchanged to `--out`, and reported.
    public static func write(_ file: FixedFile, to target: FileTarget) throws(InputError) {
        let problem = file.undecodableReason
        switch target {
        case .inPlace(let backupSuffix):
            if let problem { throw InputError(path: file.input.path, kind: .decoding, reason: "not rewritten: \(problem)") }
            guard case .file(let path) = file.input.source, file.result.changed else { return }
            try AtomicWriter.write(file.result.bytes, to: path, bom: file.keepsBOM, backupSuffix: backupSuffix)
        case .path(let destination):
            if let problem {
                try AtomicWriter.write(file.inputBytes, to: destination, createFolders: true, durable: false)
                throw InputError(path: file.input.path, kind: .decoding, reason: "not repaired, copied unchanged: \(problem)")
            }
            try AtomicWriter.write(file.result.bytes, to: destination, bom: file.keepsBOM, createFolders: true, durable: false)
        }
    }
}

/// One repaired document and what it takes to write it back.
public struct FixedFile: Sendable {
    /// Where it came from.
    public let input: Input
    /// The text as read (decoded, without BOM).
    public let document: Document
    /// The input's bytes exactly as read.
    public let inputBytes: [UInt8]
    /// What the fixer did.
    public let result: Fixer.Result

    /// Makes a record of a repair.
    public init(input: Input, document: Document, inputBytes: [UInt8], result: Fixer.Result) {
        self.input = input
        self.document = document
        self.inputBytes = inputBytes
        self.result = result
    }

    /// Whether the output starts with a UTF-8 byte-order mark (kept when the input had one).
    public var keepsBOM: Bool { document.encoding.hadBOM && document.encoding.name == "UTF-8" }

    /// Bytes the decoder could not read; such a file is never rewritten, since writing it
    /// back would replace them with U+FFFD for good.
    public var undecodable: [UndecodableBytes] { document.encoding.undecodable }

    /// Whether the repaired text may replace the input.
    public var isRewritable: Bool { undecodable.isEmpty }

    /// The bytes to write: the repaired text as UTF-8, after the BOM when there was one.
    public var output: [UInt8] { keepsBOM ? AtomicWriter.bom + result.bytes : result.bytes }

    /// Whether writing `output` would change the file (text, or encoding, changed).
    public var changesFile: Bool { result.changed }

    /// What stops the repair (undecodable bytes), when something does.
    public var undecodableReason: String? {
        guard let first = undecodable.first else { return nil }
        let count = undecodable.reduce(0) { $0 + $1.bytes.count }
        return "\(count) undecodable byte\(count == 1 ? "" : "s") (first at byte \(first.inputOffset)"
            + " of the input, read as \(document.encoding.name)); name the right charset with --encoding"
    }

    /// The unified diff from the text as read to the repaired text, or "" when unchanged.
    public func diff() -> String {
        // `a/docs/x.txt`, as git writes it; an absolute path keeps a single slash.
        let path = input.path.hasPrefix("/") ? input.path : "/" + input.path
        return UnifiedDiff.diff(old: document.bytes, new: result.bytes, oldLabel: "a" + path, newLabel: "b" + path)
    }
}

/// Where `fix --out DIR` writes each file: `DIR/` plus the path below the folder walked
/// (or the file name, for a file named directly). Two inputs may not land on one path.
public struct OutputMirror: Sendable {
    /// The output folder.
    public let folder: String
    private var sources: [String: String] = [:]

    /// Makes a mirror under `folder`.
    public init(folder: String) {
        self.folder = folder
    }

    /// The destination of an input, claimed for it. With `remember` false the claim is
    /// checked but not kept: inputs of the last argument can only clash with earlier ones
    /// (paths inside one walk differ), so a single folder costs no memory per file.
    public mutating func destination(for input: Input, remember: Bool = true) throws(InputError) -> String {
        let destination = FileSystem.join(folder, input.relativePath)
        if let earlier = sources[destination] {
            throw InputError(path: input.path, kind: .unwritable,
                             reason: "not written: \(destination) already holds the repair of \(earlier)")
        }
        if remember { sources[destination] = input.path }
        return destination
    }
}
