import Foundation

/// What `textmend learn` learned from a corpus: how many documents it read, and in how many
/// of them each line (as a `LineKey`) occurs. Models merge by adding both counts, so a corpus
/// too large for one machine is learned shard by shard (a map step), merged (a reduce step),
/// then applied with `--model`.
///
/// The file is JSON: `{"format": "textmend-corpus-model", "version": 1, "documents": N,
/// "lines": {"key": count, …}}`, lines most frequent first; models that learned deleted
/// terms (see `CorpusLearner`) add `"deletedTerms": {"term": pairs, …}` and
/// `"intactSentences": {"sentence": pairs, …}` (optional members, so files without them
/// stay readable and older readers ignore them).
public struct CorpusModel: Sendable, Equatable {
    /// Documents read.
    public var documents = 0
    /// Documents each line key occurs in.
    public var lines: [String: Int] = [:]
    /// Terms a keyword filter deletes → sentence pairs (intact in one document, gapped in
    /// another) that show it.
    public private(set) var deletedTerms: [String: Int] = [:]
    /// Sentences seen intact beside a gapped copy in another document → such pairs.
    public private(set) var intactSentences: [String: Int] = [:]
    /// `intactSentences` by anchor (`CorpusSentences.anchor`), for lookups while checking.
    public private(set) var intactSentencesByAnchor: [String: [[Unicode.Scalar]]] = [:]

    /// Fewest pairs that make a learned term trusted (one pair may be an editor's change).
    public static let minimumTermPairs = 2

    /// The `format` member that marks a model file.
    static let format = "textmend-corpus-model"
    /// The version of the file layout and of `LineKey`'s normalization.
    static let version = 1

    /// An empty model.
    public init() {}

    /// The distinct line keys of a document (what one document adds to a model).
    public static func keys(of document: Document) -> Set<String> {
        var keys = Set<String>()
        for line in 0..<document.lineCount {
            if let key = LineKey.key(document, line: line) { keys.insert(key) }
        }
        return keys
    }

    /// Counts one document from its keys.
    public mutating func add(_ keys: Set<String>) {
        documents += 1
        for key in keys { lines[key, default: 0] += 1 }
    }

    /// Adds another model's counts (the reduce step).
    public mutating func merge(_ other: CorpusModel) {
        documents += other.documents
        lines.merge(other.lines, uniquingKeysWith: +)
        addSentenceCounts(deletedTerms: other.deletedTerms, intactSentences: other.intactSentences)
    }

    /// Adds learned deleted terms and intact sentences.
    mutating func addSentenceCounts(deletedTerms terms: [String: Int], intactSentences sentences: [String: Int]) {
        guard !terms.isEmpty || !sentences.isEmpty else { return }
        deletedTerms.merge(terms, uniquingKeysWith: +)
        intactSentences.merge(sentences, uniquingKeysWith: +)
        var byAnchor: [String: [[Unicode.Scalar]]] = [:]
        for sentence in intactSentences.keys.sorted() {
            let scalars = Array(sentence.unicodeScalars)
            byAnchor[CorpusSentences.anchor(scalars), default: []].append(scalars)
        }
        intactSentencesByAnchor = byAnchor
    }

    /// Whether enough pairs show that `term` is deleted.
    public func isDeletedTerm(_ term: String) -> Bool {
        deletedTerms[term, default: 0] >= Self.minimumTermPairs
    }

    /// The trusted deleted terms, most pairs first (they join the strip lexicon).
    public var learnedStripTerms: [String] {
        deletedTerms.filter { $0.value >= Self.minimumTermPairs }.sorted { ($1.value, $0.key) < ($0.value, $1.key) }.map(\.key)
    }

    /// Drops lines seen in fewer than `minimum` documents (a smaller file; merged shards
    /// should keep every line, `minimum` 1, so no count is lost).
    public mutating func prune(below minimum: Int) {
        guard minimum > 1 else { return }
        lines = lines.filter { $0.value >= minimum }
    }

    /// The model as JSON, lines most frequent first, then by key.
    public func encoded() -> String {
        func counts(_ table: [String: Int]) -> JSONValue {
            .object(table.sorted { ($1.value, $0.key) < ($0.value, $1.key) }.map { ($0.key, .int($0.value)) })
        }
        var members: [(String, JSONValue)] = [
            ("format", .string(Self.format)),
            ("version", .int(Self.version)),
            ("normalization", .string("blanks trimmed and collapsed; digit runs masked as #")),
            ("documents", .int(documents)),
            ("lines", counts(lines)),
        ]
        if !deletedTerms.isEmpty || !intactSentences.isEmpty {
            members += [("deletedTerms", counts(deletedTerms)), ("intactSentences", counts(intactSentences))]
        }
        return JSONValue.object(members).pretty + "\n"
    }

    /// Why a model file cannot be used.
    public struct LoadError: Error, CustomStringConvertible, Sendable {
        /// The file.
        public var path: String
        /// What is wrong, lower-case.
        public var reason: String
        public var description: String { "\(path): \(reason)" }
    }

    /// Reads a model file.
    public static func load(path: String) throws(LoadError) -> CorpusModel {
        let bytes: [UInt8]
        do {
            bytes = try InputReader.bytes(of: Input(source: .file(path), path: path, relativePath: path, foundInFolder: false))
        } catch {
            throw LoadError(path: path, reason: error.reason)
        }
        return try decode(bytes, path: path)
    }

    /// Parses a model from its JSON bytes.
    public static func decode(_ bytes: [UInt8], path: String) throws(LoadError) -> CorpusModel {
        guard let object = try? JSONSerialization.jsonObject(with: Data(bytes)) as? [String: Any] else {
            throw LoadError(path: path, reason: "not a corpus model (not a JSON object; make one with `textmend learn`)")
        }
        guard object["format"] as? String == format else {
            throw LoadError(path: path, reason: "not a corpus model (no \"format\": \"\(format)\"; make one with `textmend learn`)")
        }
        guard let fileVersion = (object["version"] as? NSNumber)?.intValue, fileVersion == version else {
            throw LoadError(path: path, reason: "corpus model version \(object["version"] ?? "missing") is not \(version); learn it again")
        }
        guard let documents = (object["documents"] as? NSNumber)?.intValue, documents >= 0,
              let lines = object["lines"] as? [String: Any] else {
            throw LoadError(path: path, reason: "corpus model lacks \"documents\" or \"lines\"")
        }
        var model = CorpusModel()
        model.documents = documents
        model.lines.reserveCapacity(lines.count)
        for (key, value) in lines {
            guard let count = (value as? NSNumber)?.intValue, count > 0, count <= documents else {
                throw LoadError(path: path, reason: "corpus model line \"\(key.prefix(40))\" has a bad count")
            }
            model.lines[key] = count
        }
        var learned: [[String: Int]] = []
        for member in ["deletedTerms", "intactSentences"] {
            guard let table = object[member] else { learned.append([:]); continue }
            guard let table = table as? [String: Any] else { throw LoadError(path: path, reason: "corpus model member \"\(member)\" is not an object") }
            var counts: [String: Int] = [:]
            for (key, value) in table {
                guard let count = (value as? NSNumber)?.intValue, count > 0, !key.isEmpty else {
                    throw LoadError(path: path, reason: "corpus model \(member) entry \"\(key.prefix(40))\" has a bad count")
                }
                counts[key] = count
            }
            learned.append(counts)
        }
        model.addSentenceCounts(deletedTerms: learned[0], intactSentences: learned[1])
        return model
    }
}
