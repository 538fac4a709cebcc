/// Words that other documents of the corpus still have in a sentence this document has
/// gapped: an intact copy learned by `textmend learn` (see `DeletedTermLearner`).
///
/// Lint: a prose sentence that equals a sentence the model knows intact except for pieces
/// the model learned as deleted terms (`文件要求全体员干部认真学贯彻` where the corpus also has
/// `文件要求全体党员干部认真学习贯彻`).
/// Format: inserts the pieces; safe when exactly one intact copy fits and the leftmost and
/// rightmost alignments agree, suggested otherwise.
public struct MissingFromCorpusCopyRule: Rule {
    public static let description = RuleDescription(
        id: "stripped-term.missing-from-corpus-copy",
        category: .strippedTerm,
        summary: "Words that other documents' intact copy of the sentence still has (reports only with --model FILE)",
        rationale: """
            A site's keyword filter deletes the same terms in every page it serves, while the
            same sentence (a quoted directive, a stock phrase) often reaches a corpus intact
            from another source. `textmend learn` pairs sentences that share their first and
            last six characters, across documents; when one is the other with a few short runs
            of letters missing, it records the runs as deleted terms and keeps the intact
            sentence. With `--model`, a sentence that is such an intact sentence minus learned
            deleted terms is reported here (and the terms also join the strip lexicon that
            ranks restorations at the document's other gaps). Without a model it reports nothing.
            """,
        fixSafety: """
            Safe when exactly one learned intact sentence fits and the alignment is unambiguous
            (the leftmost and rightmost alignments put the missing pieces at the same places):
            the result is then that sentence, character for character. Suggested when several
            intact sentences fit or the places are ambiguous.
            """,
        severity: .warning,
        fixability: .sometimes,
        nonTriggeringExamples: [
            Example(CorpusExamples.document(CorpusExamples.intact), options: CorpusExamples.options),
            Example(CorpusExamples.document(CorpusExamples.otherGap), options: CorpusExamples.options),
            Example("The pool keeps ten connections open; see the FAQ for details.\n", options: CorpusExamples.options),
        ],
        triggeringExamples: [
            Example(CorpusExamples.document("⟦" + CorpusExamples.gapped + "⟧"), options: CorpusExamples.options),
        ],
        corrections: [
            Correction(CorpusExamples.document(CorpusExamples.gapped), CorpusExamples.document(CorpusExamples.intact),
                       options: CorpusExamples.options),
        ]
    )

    /// Makes the rule; it reads the model from `RuleOptions.corpusModel`.
    public init() {}

    public func check(_ document: Document, _ context: RuleContext) -> [Finding] {
        guard let model = context.options.corpusModel, !model.intactSentences.isEmpty else { return [] }
        var findings: [Finding] = []
        for sentence in CorpusSentences.sentences(of: document) {
            guard let candidates = model.intactSentencesByAnchor[sentence.anchor] else { continue }
            var fits: [(intact: [Unicode.Scalar], pieces: [CorpusSentences.Piece])] = []
            for intact in candidates {
                guard let pieces = CorpusSentences.missingPieces(short: sentence.scalars, long: intact),
                      pieces.allSatisfy({ model.isDeletedTerm($0.term) && restorable($0, in: sentence) }) else { continue }
                fits.append((intact, pieces))
            }
            guard let best = fits.first else { continue }
            let unambiguous = fits.count == 1
                && CorpusSentences.missingPieces(short: sentence.scalars, long: best.intact, fromRight: true) == best.pieces
            let terms = best.pieces.map { "\u{201C}\($0.term)\u{201D}" }.joined(separator: ", ")
            let edits = best.pieces.map { piece in
                Edit(sentence.offsets[piece.position]..<sentence.offsets[piece.position], String(String.UnicodeScalarView(piece.scalars)))
            }
            let title = "insert \(terms) from the corpus copy"
            findings.append(finding("sentence lacks \(terms), which an intact copy elsewhere in the corpus has", sentence.range,
                                    fix: Fix(unambiguous ? .safe : .suggested, title, edits),
                                    suggestions: fits.count > 1 ? fits.map { String(String.UnicodeScalarView($0.intact)) } : []))
        }
        return findings
    }

    /// Whether a piece can be inserted as it is: no blanks in or beside it (Latin-script
    /// gaps leave a double space whose repair is `stripped-term.latin-gap`'s business).
    private func restorable(_ piece: CorpusSentences.Piece, in sentence: CorpusSentences.Sentence) -> Bool {
        !piece.scalars.contains(" ") && sentence.scalars[piece.position - 1] != " " && sentence.scalars[piece.position] != " "
    }
}
