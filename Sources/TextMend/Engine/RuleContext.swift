import Synchronization

/// What a rule may consult besides the document: options, and analyses shared between
/// rules (computed once per document, on first use).
public final class RuleContext: Sendable {
    /// The options in force.
    public let options: RuleOptions
    private let cache = Mutex<[ObjectIdentifier: any Sendable]>([:])
    /// The round of `fix` before this document's, while a re-check runs: shared analyses may
    /// update their earlier result instead of starting over (cleared after the re-check, so
    /// rounds do not chain their documents).
    private let earlier = Mutex<EarlierRound?>(nil)
    /// Whether a round of `fix` may re-check an edit of this document with this context as its
    /// earlier round: analyses kept only for such a re-check are made only then (a plain check
    /// skips their cost).
    let servesFix: Bool

    /// Makes a context for one document.
    public init(options: RuleOptions = RuleOptions()) {
        self.options = options
        servesFix = false
    }

    /// A context for a document `fix` checks (`servesFix`).
    init(options: RuleOptions, servesFix: Bool) {
        self.options = options
        self.servesFix = servesFix
    }

    /// A context for a document `fix` made by editing the one `round` analysed.
    init(options: RuleOptions, after round: EarlierRound) {
        self.options = options
        servesFix = true
        earlier.withLock { $0 = round }
    }

    /// The earlier round, while this context's re-check runs.
    var earlierRound: EarlierRound? { earlier.withLock { $0 } }

    /// Forgets the earlier round.
    func forgetEarlierRound() { earlier.withLock { $0 = nil } }

    /// The analysis of type `A` if it was already made (nothing is computed).
    func cached<A: SharedAnalysis>(_ type: A.Type) -> A? {
        cache.withLock { $0[ObjectIdentifier(type)] } as? A
    }

    /// An analysis only `fix`'s re-check updates from the earlier round: shared (kept) while
    /// this context serves `fix`, else made for the caller alone, so a plain check does not
    /// hold it (without an earlier round both are the same analysis).
    func keptForFix<A: SharedAnalysis>(_ type: A.Type, _ document: Document) -> A {
        servesFix ? shared(type, document) : A(document: document, context: self)
    }

    /// The shared analysis of type `A` for `document`, computed once.
    public func shared<A: SharedAnalysis>(_ type: A.Type, _ document: Document) -> A {
        let key = ObjectIdentifier(type)
        if let cached = cache.withLock({ $0[key] }) as? A { return cached }
        let analysis = A(document: document, context: self)
        cache.withLock { $0[key] = analysis }
        return analysis
    }
}

/// The document a round of `fix` edited, its context, and where the edits landed.
struct EarlierRound: Sendable {
    /// The document before the edits.
    let document: Document
    /// Its context (with the analyses the round's check made).
    let context: RuleContext
    /// The edits (in the earlier document's offsets).
    let edits: [Edit]
    /// Where they landed in the edited document.
    let touched: TouchedText
    /// The lines they touched, in both documents (made once a round: every analysis that
    /// keeps a result per line reads the same one).
    let lines: LineCorrespondence

    init(document: Document, context: RuleContext, edits: [Edit], edited: Document) {
        self.document = document
        self.context = context
        self.edits = edits
        touched = TouchedText(edits, in: edited)
        lines = LineCorrespondence(edits, from: document, to: edited)
    }
}

/// An analysis several rules read (layout, edge boilerplate …), made once per document.
public protocol SharedAnalysis: Sendable {
    /// Analyses the document.
    init(document: Document, context: RuleContext)
}

/// Options from configuration that rules read.
public struct RuleOptions: Sendable {
    /// `zh`, `en` or `auto`.
    public var language: Language = .auto
    /// Extra boilerplate patterns (ICU regular expressions) from configuration.
    public var boilerplatePatterns: [String] = []
    /// Per-rule options: rule id → key → value.
    public var ruleSettings: [String: [String: ConfigValue]] = [:]
    /// Terms the source is known to delete (`[strip] terms`, `--strip-terms FILE`).
    public var stripTerms: [String] = []
    /// Placeholders the source writes instead of terms (`[strip] placeholders`: `X = "党"`).
    public var placeholderTerms: [String: String] = [:]
    /// Built-in strip profiles in force (`[strip] profile`, `--strip-terms NAME`).
    public var stripProfiles: [String] = []
    /// The corpus model given with `--model` (read by the rules that need one; without it
    /// they report nothing).
    public var corpusModel: CorpusModel?

    /// Default options.
    public init() {}
}

/// The languages the configuration can name.
public enum Language: String, Sendable, CaseIterable {
    case zh, en, auto
}
