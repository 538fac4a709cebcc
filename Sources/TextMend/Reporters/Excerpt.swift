/// The scalars around a finding on the line where it starts, gathered with fixed bounds so
/// a 50 MB single-line file costs no more than a short one.
struct Excerpt {
    /// Scalars before the span on its line, at most `context`, in text order.
    var before: [Unicode.Scalar] = []
    /// Whether the line goes on before `before`.
    var moreBefore = false
    /// The span's scalars on its first line, at most `spanLimit`.
    var span: [Unicode.Scalar] = []
    /// Whether the span goes on past what `span` holds (the cap, or the end of the line).
    var spanCut = false
    /// Scalars after the span on its line, at most `context` (empty when the span is cut).
    var after: [Unicode.Scalar] = []
    /// Whether the line goes on after `after`.
    var moreAfter = false

    init(_ document: Document, _ range: Range<Int>, context: Int, spanLimit: Int) {
        let line = document.lineContent(document.lineIndex(ofByte: range.lowerBound))
        let start = min(range.lowerBound, line.upperBound)
        let spanEnd = min(max(range.upperBound, start), line.upperBound)

        var index = start
        while index > line.lowerBound && before.count < context {
            let (scalar, length) = document.scalar(before: index)
            before.append(scalar)
            index -= length
        }
        before.reverse()
        moreBefore = index > line.lowerBound

        index = start
        while index < spanEnd && span.count < spanLimit {
            let (scalar, length) = document.scalar(at: index)
            span.append(scalar)
            index += length
        }
        spanCut = index < spanEnd || range.upperBound > line.upperBound
        guard !spanCut else { moreAfter = index < line.upperBound; return }
        while index < line.upperBound && after.count < context {
            let (scalar, length) = document.scalar(at: index)
            after.append(scalar)
            index += length
        }
        moreAfter = index < line.upperBound
    }

    /// The contract's `excerpt`: raw text, `…` where the line or the span was cut.
    var plain: String {
        var text = moreBefore ? "…" : ""
        text.unicodeScalars.append(contentsOf: before)
        text.unicodeScalars.append(contentsOf: span)
        if spanCut { return text + "…" }
        text.unicodeScalars.append(contentsOf: after)
        return moreAfter ? text + "…" : text
    }
}

/// How text from a document is shown to people: invisible and control characters escaped
/// (`\u{200B}`), tabs as spaces, widths in terminal columns.
enum DisplayText {
    /// A displayed piece of text and its width in columns.
    struct Piece {
        var text: String
        var width: Int
    }

    /// Whether a scalar is shown as `\u{…}`: controls, format characters (but the emoji
    /// joiner), line and paragraph separators, private-use, unassigned and noncharacters.
    static func needsEscape(_ scalar: Unicode.Scalar) -> Bool {
        if scalar == "\t" || scalar.value == 0x200D { return false }
        switch scalar.properties.generalCategory {
        case .control, .format, .lineSeparator, .paragraphSeparator, .privateUse, .unassigned, .surrogate: return true
        default: return scalar.properties.isNoncharacterCodePoint
        }
    }

    static func escape(_ scalar: Unicode.Scalar) -> String {
        "\\u{" + String(scalar.value, radix: 16, uppercase: true) + "}"
    }

    /// Pieces for a run of scalars: one per grapheme cluster (as wide as its widest
    /// scalar, so emoji sequences count 2), one per escaped scalar, tabs as four spaces.
    ///
    /// Printable ASCII and common CJK (ideographs, CJK punctuation, full-width forms) are
    /// handled without Unicode property look-ups or grapheme breaking, as long as their
    /// neighbours are such scalars too (then no cluster can join them); everything else
    /// goes through the general path in runs.
    static func pieces(_ scalars: [Unicode.Scalar]) -> [Piece] {
        var pieces: [Piece] = []
        pieces.reserveCapacity(scalars.count)
        var index = 0, slowStart: Int? = nil
        while index < scalars.count {
            let width = simpleWidth(scalars[index])
            if width > 0 && (index == 0 || simpleWidth(scalars[index - 1]) > 0)
                && (index + 1 == scalars.count || simpleWidth(scalars[index + 1]) > 0) {
                if let start = slowStart { pieces += generalPieces(scalars[start..<index]); slowStart = nil }
                pieces.append(Piece(text: String(scalars[index]), width: width))
            } else if slowStart == nil {
                slowStart = index
            }
            index += 1
        }
        if let start = slowStart { pieces += generalPieces(scalars[start...]) }
        return pieces
    }

    /// The width of a scalar that forms a grapheme cluster on its own beside other such
    /// scalars and is shown as it is; 0 for any other scalar.
    static func simpleWidth(_ scalar: Unicode.Scalar) -> Int {
        switch scalar.value {
        case 0x20...0x7E: 1
        case 0x3001...0x3029, 0x3041...0x3096, 0x30A1...0x30FA, 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xFF01...0xFF60: 2
        default: 0
        }
    }

    /// Pieces by grapheme cluster, with Unicode properties (the general path).
    static func generalPieces(_ scalars: ArraySlice<Unicode.Scalar>) -> [Piece] {
        var text = ""
        text.unicodeScalars.append(contentsOf: scalars)
        var pieces: [Piece] = []
        for character in text {
            let members = character.unicodeScalars
            if members.contains(where: { needsEscape($0) || $0 == "\t" }) {
                for scalar in members {
                    if scalar == "\t" { pieces.append(Piece(text: "    ", width: 4)) }
                    else if needsEscape(scalar) { let e = escape(scalar); pieces.append(Piece(text: e, width: e.count)) }
                    else { pieces.append(Piece(text: String(scalar), width: CharacterClass.displayWidth(scalar))) }
                }
            } else {
                pieces.append(Piece(text: String(character), width: members.map(CharacterClass.displayWidth).max() ?? 0))
            }
        }
        return pieces
    }

    /// A string for one line of a terminal: escaped as `pieces` does.
    static func escaped(_ string: String) -> String {
        pieces(Array(string.unicodeScalars)).map(\.text).joined()
    }
}
