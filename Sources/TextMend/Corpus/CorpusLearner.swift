/// Builds a `CorpusModel` document by document: counts line keys, and learns the terms a
/// keyword filter deletes from documents in which the same sentence appears both intact
/// and gapped (one copy is the other with a few short runs of letters missing; see
/// `CorpusSentences.missingPieces`).
///
/// Sentences are indexed by their anchor (first and last six scalars); each anchor keeps a
/// few distinct variants with the document they came from. When a new variant meets one
/// from another document and differs from it only by missing pieces, every piece counts
/// once as a deleted term and the longer variant once as an intact sentence (a later copy
/// of either variant counts again, so counts are of documents). Memory is
/// bounded: at most `maximumAnchors` anchors of `maximumVariants` variants. Pairs split
/// across shards learned separately are not found (their counts still merge).
public struct CorpusLearner: Sendable {
    /// Most anchors indexed (later new anchors are not indexed).
    public static let maximumAnchors = 100_000
    /// Most distinct variants kept per anchor.
    static let maximumVariants = 4

    /// What one document adds: its line keys and its prose sentences.
    public struct Share: Sendable {
        /// Distinct line keys (see `LineKey`).
        public var keys: Set<String>
        /// Prose sentences (see `CorpusSentences`).
        public var sentences: [[Unicode.Scalar]]
    }

    private var model = CorpusModel()
    private var variants: [String: [(text: [Unicode.Scalar], document: Int)]] = [:]
    private var deletedTerms: [String: Int] = [:]
    private var intactSentences: [String: Int] = [:]

    /// An empty learner.
    public init() {}

    /// What a document adds (pure; run it on any thread).
    public static func share(of document: Document) -> Share {
        Share(keys: CorpusModel.keys(of: document), sentences: CorpusSentences.sentences(of: document).map(\.scalars))
    }

    /// Counts one document.
    public mutating func add(_ share: Share) {
        let document = model.documents
        model.add(share.keys)
        for sentence in Set(share.sentences.map { String(String.UnicodeScalarView($0)) }).sorted() {
            add(Array(sentence.unicodeScalars), document: document)
        }
    }

    private mutating func add(_ sentence: [Unicode.Scalar], document: Int) {
        let anchor = CorpusSentences.anchor(sentence)
        guard var list = variants[anchor] ?? (variants.count < Self.maximumAnchors ? [] : nil) else { return }
        // A copy of a known variant pairs again: counts are of documents, not of variants.
        for other in list where other.document != document && other.text != sentence {
            let (short, long) = other.text.count < sentence.count ? (other.text, sentence) : (sentence, other.text)
            guard let pieces = CorpusSentences.missingPieces(short: short, long: long) else { continue }
            for term in Set(pieces.map(\.term)) { deletedTerms[term, default: 0] += 1 }
            intactSentences[String(String.UnicodeScalarView(long)), default: 0] += 1
        }
        if list.count < Self.maximumVariants && !list.contains(where: { $0.text == sentence }) {
            list.append((sentence, document))
            variants[anchor] = list
        }
    }

    /// The model learned so far.
    public var learned: CorpusModel {
        var result = model
        result.addSentenceCounts(deletedTerms: deletedTerms, intactSentences: intactSentences)
        return result
    }

    /// The model of a few texts (tests and examples).
    public static func model(of texts: [String]) -> CorpusModel {
        var learner = CorpusLearner()
        for text in texts { learner.add(share(of: Document(text: text))) }
        return learner.learned
    }
}
