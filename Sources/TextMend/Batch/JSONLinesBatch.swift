#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// `check --jsonl` and `fix --jsonl`: one document per line of JSON, for pipelines (GNU
/// parallel, Hadoop Streaming, Spark `RDD.pipe`). Records are read in batches and processed
/// on all cores; output lines keep input order.
public enum JSONLinesBatch {
    /// What became of one line.
    public struct LineResult: Sendable {
        /// The output line, without its line break (nil: write nothing).
        public var output: [UInt8]?
        /// Why the line is not a usable record, when it is not.
        public var problem: JSONLinesRecord.Problem?
        /// Findings in the record's text.
        public var findings: [Finding] = []
        /// Fixes applied (fix only).
        public var applied = 0
    }

    /// `check`: `{"id": …, "findings": […]}` (findings as in the JSON report).
    public static func check(_ line: [UInt8], linter: Linter) -> LineResult {
        if isBlank(line) { return LineResult(output: nil) }
        let record: JSONLinesRecord
        do { record = try JSONLinesRecord(line: line) } catch { return LineResult(output: nil, problem: error) }
        let document = Document(text: record.text)
        let findings = linter.check(document)
        var output = Array("{\"id\":\(record.rawID ?? "null"),\"findings\":".utf8)
        output += JSONValue.array(findings.map { ReportJSON.finding($0, in: document) }).compactUTF8
        output.append(0x7D)
        return LineResult(output: output, findings: findings)
    }

    /// `fix`: the record with `text` repaired and a `textmend` member
    /// `{"findings": […], "fixed": n, "remaining": m}`: the findings in the text as it came
    /// (each with `applied`), how many fixes were applied, how many findings remain. A line
    /// that is not a record passes through unchanged.
    public static func fix(_ line: [UInt8], fixer: Fixer) -> LineResult {
        if isBlank(line) { return LineResult(output: line) }
        let record: JSONLinesRecord
        do { record = try JSONLinesRecord(line: line) } catch { return LineResult(output: line, problem: error) }
        let document = Document(text: record.text)
        let findings = fixer.linter.check(document)
        let result = fixer.fix(document)
        let applied = Set(result.applied)
        let report = JSONValue.object([
            ("findings", .array(findings.map { finding in
                .object(ReportJSON.findingMembers(finding, in: document) + [("applied", .bool(applied.contains(finding)))])
            })),
            ("fixed", .int(result.applied.count)),
            ("remaining", .int(result.remaining.count)),
        ])
        let text = result.changed ? String(decoding: result.bytes, as: UTF8.self) : nil
        return LineResult(output: record.replacing(text: text, textmend: report), findings: findings, applied: result.applied.count)
    }

    /// Streams every line of the inputs through `work` (in parallel batches) and hands each
    /// result to `emit` in order, with its input and 1-based line number. Returns the inputs
    /// that could not be opened.
    public static func run<Result: Sendable>(_ inputs: [Input], workers: Int? = nil, work: @escaping @Sendable ([UInt8]) -> Result,
                                             emit: (Input, Int, Result) -> Void) -> [InputError] {
        var errors: [InputError] = []
        for input in inputs {
            let descriptor: Int32
            do { descriptor = try LineReader.open(input) } catch { errors.append(error); continue }
            defer { if descriptor != STDIN_FILENO { close(descriptor) } }
            var reader = LineReader(descriptor: descriptor)
            var lineNumber = 0
            while let lines = reader.next(limit: 256) {
                ConcurrentBatch.forEach(lines, workers: workers, work) { _, result in
                    lineNumber += 1
                    emit(input, lineNumber, result)
                }
            }
        }
        return errors
    }

    /// Whether a line holds only blanks (skipped by check, echoed by fix).
    public static func isBlank(_ line: [UInt8]) -> Bool { Document.isBlank(line) }
}

/// Reads a file descriptor a batch of lines at a time (line breaks removed; a final line
/// without one still counts).
public struct LineReader {
    private let descriptor: Int32
    private var pending: [UInt8] = []
    private var finished = false
    /// Lines handed out so far.
    public private(set) var lineNumber = 0

    /// Reads from `descriptor` (not closed by the reader).
    public init(descriptor: Int32) {
        self.descriptor = descriptor
    }

    /// Opens an input for line reading; the caller closes the descriptor.
    public static func open(_ input: Input) throws(InputError) -> Int32 {
        guard case .file(let path) = input.source else { return STDIN_FILENO }
        let descriptor = Glibc.open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else {
            throw InputError(path: input.path, kind: errno == ENOENT ? .missing : .unreadable, reason: "\(Errno(errno))")
        }
        return descriptor
    }

    /// Up to `limit` lines, or nil at the end.
    public mutating func next(limit: Int) -> [[UInt8]]? {
        var lines: [[UInt8]] = []
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        // `start`: where the current line begins in `pending`; `scanned`: bytes already
        // searched for a line break (so a huge line is scanned once, not per read).
        var start = 0, scanned = 0
        while lines.count < limit {
            if let newline = pending[scanned...].firstIndex(of: 0x0A) {
                lines.append(Array(pending[start..<newline]))
                start = newline + 1
                scanned = start
                continue
            }
            scanned = pending.count
            if finished {
                if start < pending.count { lines.append(Array(pending[start...])) }
                start = pending.count
                break
            }
            if start > 0 {
                pending.removeSubrange(..<start)
                scanned -= start
                start = 0
            }
            let count = chunk.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
            if count < 0 && errno == EINTR { continue }
            if count <= 0 { finished = true; continue }
            pending.append(contentsOf: chunk[0..<count])
        }
        pending.removeSubrange(..<start)
        lineNumber += lines.count
        return lines.isEmpty ? nil : lines
    }
}
