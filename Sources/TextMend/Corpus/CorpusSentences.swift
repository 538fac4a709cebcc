/// The prose sentences of a document as cross-document learning sees them: lines split
/// after sentence marks (。！？；!?; and a full stop before a blank), blanks trimmed and collapsed to one space, kept when
/// 12–200 scalars long and mostly letters. Each is keyed by its first and last six scalars,
/// an anchor that survives a deletion in the middle, so the intact and the gapped copy of a
/// sentence meet under one key.
public enum CorpusSentences {
    /// Fewest scalars in a sentence (two anchors of six must not overlap).
    static let minimumLength = 12
    /// Most scalars in a sentence (bounds the model).
    static let maximumLength = 200
    /// Scalars at each end that form the anchor.
    static let anchorLength = 6

    /// One sentence: its scalars (blanks collapsed) and the byte offset of each.
    public struct Sentence: Sendable {
        /// The scalars, blanks collapsed to one space.
        public var scalars: [Unicode.Scalar]
        /// The byte offset in the document of each scalar.
        public var offsets: [Int]
        /// The byte range from the first scalar to the end of the last.
        public var range: Range<Int>

        /// The sentence as text.
        public var text: String { String(String.UnicodeScalarView(scalars)) }
        /// Its anchor key.
        public var anchor: String { CorpusSentences.anchor(scalars) }
    }

    /// The anchor key of a sentence's scalars: the first and last six, joined by U+0001.
    public static func anchor(_ scalars: [Unicode.Scalar]) -> String {
        var view = String.UnicodeScalarView(scalars.prefix(anchorLength))
        view.append("\u{1}")
        view.append(contentsOf: scalars.suffix(anchorLength))
        return String(view)
    }

    /// The prose sentences of a document, in order.
    public static func sentences(of document: Document) -> [Sentence] {
        var result: [Sentence] = []
        for line in 0..<document.lineCount {
            var current = Sentence(scalars: [], offsets: [], range: 0..<0)
            var pendingSpace: Int?
            var index = document.lineContent(line).lowerBound
            let end = document.lineContent(line).upperBound
            func close() {
                if let sentence = accepted(current) { result.append(sentence) }
                current = Sentence(scalars: [], offsets: [], range: 0..<0)
                pendingSpace = nil
            }
            while index < end {
                let (scalar, length) = document.scalar(at: index)
                defer { index += length }
                if CharacterClass.isBlank(scalar) {
                    if !current.scalars.isEmpty && pendingSpace == nil { pendingSpace = index }
                    continue
                }
                if isSentenceEnd(scalar) || scalar == "." && (index + length == end
                    || CharacterClass.isBlank(document.scalar(at: index + length).scalar)) {
                    close()
                    continue
                }
                if let space = pendingSpace {
                    current.scalars.append(" ")
                    current.offsets.append(space)
                    pendingSpace = nil
                }
                if current.scalars.count > maximumLength { continue }  // too long: dropped at close
                if current.scalars.isEmpty { current.range = index..<index }
                current.scalars.append(scalar)
                current.offsets.append(index)
                current.range = current.range.lowerBound..<(index + length)
            }
            close()
        }
        return result
    }

    static func isSentenceEnd(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x3002, 0xFF01, 0xFF1F, 0xFF1B, 0x21, 0x3F, 0x3B: true
        default: false
        }
    }

    /// The sentence when it is prose of the right length.
    private static func accepted(_ sentence: Sentence) -> Sentence? {
        let count = sentence.scalars.count
        guard count >= minimumLength, count <= maximumLength else { return nil }
        let letters = sentence.scalars.filter { $0.properties.isAlphabetic }.count
        return letters * 3 >= count * 2 ? sentence : nil
    }

    /// A piece the longer of two sentence variants has and the shorter lacks, and where.
    public struct Piece: Sendable, Equatable {
        /// Index in the shorter sentence before which the piece is missing.
        public var position: Int
        /// The missing scalars.
        public var scalars: [Unicode.Scalar]
        /// The missing text with blanks trimmed (the deleted term).
        public var term: String {
            let first = scalars.firstIndex { !CharacterClass.isBlank($0) } ?? scalars.endIndex
            let last = scalars.lastIndex { !CharacterClass.isBlank($0) } ?? first
            return first < scalars.endIndex ? String(String.UnicodeScalarView(scalars[first...last])) : ""
        }
    }

    /// Most pieces two variants may differ by.
    static let maximumPieces = 4
    /// Longest piece (a deleted term).
    static let maximumPieceLength = 6

    /// The pieces `long` has and `short` lacks when `short` is `long` with a few short runs
    /// of letters removed (a keyword filter's work), matched leftmost (or rightmost with
    /// `fromRight`); nil otherwise.
    public static func missingPieces(short: [Unicode.Scalar], long: [Unicode.Scalar], fromRight: Bool = false) -> [Piece]? {
        guard short.count >= minimumLength, long.count > short.count, (long.count - short.count) * 3 <= long.count else { return nil }
        if fromRight {
            let pieces = missingPieces(short: short.reversed(), long: long.reversed())
            return pieces?.reversed().map { Piece(position: short.count - $0.position, scalars: $0.scalars.reversed()) }
        }
        var pieces: [Piece] = []
        var matched = 0
        for scalar in long {
            if matched < short.count && short[matched] == scalar {
                matched += 1
                continue
            }
            if let last = pieces.last, last.position == matched {
                pieces[pieces.count - 1].scalars.append(scalar)
            } else {
                pieces.append(Piece(position: matched, scalars: [scalar]))
            }
        }
        // Pieces lie inside the sentence (the anchors agree); a piece past the end is a
        // repeated tail, not a deletion.
        guard matched == short.count, pieces.count <= maximumPieces,
              pieces.allSatisfy({ $0.position > 0 && $0.position < short.count }) else { return nil }
        for piece in pieces {
            let term = piece.term.unicodeScalars
            guard (1...maximumPieceLength).contains(term.count),
                  term.allSatisfy({ $0 == " " || $0.properties.isAlphabetic }) else { return nil }
        }
        return pieces
    }
}
