import CICU

/// What a token is, from ICU's rule status and its first character.
public enum TokenKind: UInt8, Sendable {
    case word, number, ideographic, kana, punctuation, space, symbol
}

/// One token: a byte range of the document and its kind.
public struct Token: Sendable, Hashable {
    /// Byte range in the document.
    public var range: Range<Int>
    /// What the token is.
    public var kind: TokenKind
}

/// The boundaries one ICU break iterator found in a whole document, stored compactly
/// (five bytes per token) so large documents stay affordable.
public struct TokenStream: Sendable {
    /// Which iterator produced the stream.
    public enum Kind: Sendable, Hashable { case word, sentence }

    private var ends: [Int32] = []
    private var kinds: [UInt8] = []

    /// Tokenizes a whole document.
    init(document: Document, kind: Kind) {
        var ends: [Int32] = []
        var kinds: [UInt8] = []
        let bytes = document.bytes
        var start = 0
        forEachBoundary(kind == .word ? TM_BREAK_WORD : TM_BREAK_SENTENCE, in: bytes) { end, status in
            ends.append(Int32(end))
            kinds.append(kind == .word ? Self.classify(bytes, start, status).rawValue : TokenKind.word.rawValue)
            start = end
        }
        self.ends = ends
        self.kinds = kinds
    }

    /// Number of tokens.
    public var count: Int { ends.count }

    /// Token `index`.
    public subscript(index: Int) -> Token {
        let start = index == 0 ? 0 : Int(ends[index - 1])
        return Token(range: start..<Int(ends[index]), kind: TokenKind(rawValue: kinds[index])!)
    }

    /// Index of the token holding a byte offset.
    public func index(containing offset: Int) -> Int? {
        let low = ends.partitioningIndex { Int($0) > offset }
        return low < ends.count ? low : nil
    }

    /// Classifies a token from ICU's rule status, falling back on its first scalar.
    static func classify(_ bytes: [UInt8], _ start: Int, _ status: Int32) -> TokenKind {
        switch Int(status) {
        case TM_WORD_NUMBER..<TM_WORD_NUMBER_LIMIT: return .number
        case TM_WORD_LETTER..<TM_WORD_LETTER_LIMIT: return .word
        case TM_WORD_KANA..<TM_WORD_KANA_LIMIT: return .kana
        case TM_WORD_IDEO..<TM_WORD_IDEO_LIMIT: return .ideographic
        default:
            let scalar = UTF8Scalars.decode(bytes, at: start).scalar
            if scalar.properties.isWhitespace { return .space }
            if CharacterClass.isPunctuation(scalar) { return .punctuation }
            return .symbol
        }
    }
}

/// Tokenizes a short piece of text on its own (for local checks on large documents).
public func wordTokens(of text: String) -> [Token] {
    let bytes = Array(text.utf8)
    var tokens: [Token] = []
    var start = 0
    ShortTextWordBreakers.forEachBoundary(in: bytes) { end, status in
        tokens.append(Token(range: start..<end, kind: TokenStream.classify(bytes, start, status)))
        start = end
    }
    return tokens
}
