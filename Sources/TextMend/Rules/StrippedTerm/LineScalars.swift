/// One line (or a bounded piece of a long line) as scalars with their byte offsets; read
/// through `normalize`, ASCII marks that scrapers flatten (`, ; : ( ) ! ?`) read as their
/// full-width forms, so tables of frames are written once.
struct LineScalars {
    /// The scalars.
    var scalars: [Unicode.Scalar] = []
    /// Byte offset of each scalar, plus the end offset.
    var offsets: [Int] = []
    /// How many of the scalars are not ASCII.
    var nonASCII = 0

    /// Longest piece of a line looked at in one go; a huge line is read in pieces.
    static let pieceLimit = 8192

    /// Decodes `range` of the document.
    init(_ document: Document, _ range: Range<Int>) {
        load(document, range)
    }

    /// An empty line, to `load` lines into.
    init() {}

    /// Decodes `range` of the document into this line's arrays, reusing their storage: a scan
    /// over every line allocates two arrays once instead of two per line (each array
    /// allocation looks up generic metadata, hundreds of instructions). Same result as `init`.
    mutating func load(_ document: Document, _ range: Range<Int>) {
        let bytes = document.bytes, capacity = range.count
        var scalars = self.scalars, offsets = self.offsets
        self = LineScalars()  // the arrays stay uniquely referenced
        Self.fit(&scalars, capacity, "\0")
        Self.fit(&offsets, capacity + 1, 0)
        var count = 0, nonASCII = 0
        scalars.withUnsafeMutableBufferPointer { scalars in
            offsets.withUnsafeMutableBufferPointer { offsets in
                bytes.withUnsafeBufferPointer { bytes in
                    var index = range.lowerBound
                    while index < range.upperBound {
                        let lead = bytes[index]
                        if lead < 0x80 {
                            let scalar = Unicode.Scalar(lead)
                            scalars[count] = scalar
                            offsets[count] = index
                            index += 1
                        } else {
                            let (scalar, length) = UTF8Scalars.decode(bytes, at: index)
                            scalars[count] = scalar
                            offsets[count] = index
                            index += length
                            nonASCII += 1
                        }
                        count += 1
                    }
                }
                offsets[count] = range.upperBound
            }
        }
        Self.fit(&scalars, count, "\0")
        Self.fit(&offsets, count + 1, 0)
        self.scalars = scalars
        self.offsets = offsets
        self.nonASCII = nonASCII
    }

    /// Grows or shrinks an array to `count` elements, keeping its storage.
    @inline(__always)
    private static func fit<T>(_ array: inout [T], _ count: Int, _ filler: T) {
        if array.count < count {
            array.append(contentsOf: repeatElement(filler, count: count - array.count))
        } else if array.count > count {
            array.removeLast(array.count - count)
        }
    }

    /// The pieces of a line's byte range, each at most `pieceLimit` scalars (cut at a blank or
    /// mark when one is near, so words are rarely split).
    static func pieces(_ document: Document, _ range: Range<Int>) -> [Range<Int>] {
        guard range.count > pieceLimit else { return [range] }
        var pieces: [Range<Int>] = []
        var start = range.lowerBound
        while start < range.upperBound {
            var end = start, count = 0
            while end < range.upperBound && count < pieceLimit {
                end += document.scalar(at: end).length
                count += 1
            }
            pieces.append(start..<end)
            start = end
        }
        return pieces
    }

    var count: Int { scalars.count }

    /// The text of scalars `range`.
    func text(_ range: Range<Int>) -> String {
        var string = ""
        string.unicodeScalars.append(contentsOf: scalars[range])
        return string
    }

    /// The byte range of scalars `range`.
    func bytes(_ range: Range<Int>) -> Range<Int> { offsets[range.lowerBound]..<offsets[range.upperBound] }

    /// The byte range of the gap before scalar `index` widened to one scalar on each side.
    func gapSpan(_ index: Int) -> Range<Int> {
        offsets[max(0, index - 1)]..<offsets[min(count, index + 1)]
    }

    static func normalize(_ scalar: Unicode.Scalar) -> Unicode.Scalar {
        switch scalar {
        case ",": "\u{FF0C}"
        case ";": "\u{FF1B}"
        case ":": "\u{FF1A}"
        case "(": "\u{FF08}"
        case ")": "\u{FF09}"
        case "!": "\u{FF01}"
        case "?": "\u{FF1F}"
        default: scalar
        }
    }

    /// Han ideographs (the lexicon's script).
    @inline(__always)
    static func isHan(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        return (0x4E00...0x9FFF).contains(value) || (0x3400...0x4DBF).contains(value) || (0x20000...0x2FFFF).contains(value)
    }
}
