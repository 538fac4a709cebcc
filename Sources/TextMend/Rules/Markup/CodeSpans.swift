/// Stretches of a document that hold code rather than prose: fenced blocks (```) and
/// `inline` spans between matching backtick runs. Markup and mojibake rules stay out of them.
struct CodeSpans: SharedAnalysis {
    /// Byte ranges, sorted and disjoint (backticks included).
    let ranges: [Range<Int>]

    init(document: Document, context: RuleContext) {
        let bytes = document.bytes
        var ranges: [Range<Int>] = []
        var fenceStart: Int? = nil
        // Only lines holding a backtick open, close or hold code: go from one to the next by memchr.
        var backtick = ByteSearch.next(0x60, in: bytes, from: 0, to: bytes.count)
        while backtick < bytes.count {
            let line = document.lineIndex(ofByte: backtick)
            let content = document.lineContent(line)
            let next = line + 1 < document.lineStarts.count ? document.lineStarts[line + 1] : bytes.count
            backtick = ByteSearch.next(0x60, in: bytes, from: next, to: bytes.count)
            var first = content.lowerBound
            while first < content.upperBound, bytes[first] == 0x20 || bytes[first] == 0x09 { first += 1 }
            if content.upperBound - first >= 3, bytes[first] == 0x60, bytes[first + 1] == 0x60, bytes[first + 2] == 0x60 {
                if let start = fenceStart {
                    ranges.append(start..<content.upperBound)
                    fenceStart = nil
                } else {
                    fenceStart = content.lowerBound
                }
                continue
            }
            if fenceStart == nil { Self.inlineSpans(bytes, content, into: &ranges) }
        }
        if let start = fenceStart { ranges.append(start..<bytes.count) }
        self.ranges = ranges
    }

    /// Pairs a run of n backticks with the next run of exactly n on the same line.
    private static func inlineSpans(_ bytes: [UInt8], _ line: Range<Int>, into ranges: inout [Range<Int>]) {
        var index = line.lowerBound
        var open: (start: Int, width: Int)? = nil
        while index < line.upperBound {
            index = ByteSearch.next(0x60, in: bytes, from: index, to: line.upperBound)
            guard index < line.upperBound else { break }
            var end = index
            while end < line.upperBound, bytes[end] == 0x60 { end += 1 }
            if let current = open {
                if end - index == current.width {
                    ranges.append(current.start..<end)
                    open = nil
                }
            } else {
                open = (index, end - index)
            }
            index = end
        }
    }

    /// Whether any part of `range` lies in code.
    func overlaps(_ range: Range<Int>) -> Bool {
        guard !ranges.isEmpty else { return false }
        let low = ranges.partitioningIndex { $0.upperBound > range.lowerBound }
        return low < ranges.count && ranges[low].lowerBound < max(range.upperBound, range.lowerBound + 1)
    }
}

/// Small text tests the markup and mojibake rules share.
enum ProseContext {
    /// Quote pairs that mark a span as named rather than used (`"<br>"`, `“&amp;”`).
    static let quotePairs: [(Unicode.Scalar, Unicode.Scalar)] = [
        ("\"", "\""), ("'", "'"), ("\u{201C}", "\u{201D}"), ("\u{2018}", "\u{2019}"),
        ("\u{300C}", "\u{300D}"), ("\u{300E}", "\u{300F}"), ("\u{00AB}", "\u{00BB}"), ("\u{FF02}", "\u{FF02}"),
    ]

    /// Whether the span sits directly between a matching pair of quote marks.
    static func isQuoted(_ document: Document, _ range: Range<Int>) -> Bool {
        guard range.lowerBound > 0, range.upperBound < document.bytes.count else { return false }
        let before = document.scalar(before: range.lowerBound).scalar
        let after = document.scalar(at: range.upperBound).scalar
        guard quotePairs.contains(where: { $0.0 == before && $0.1 == after }) else { return false }
        // ASCII quotes stand apart: a letter glued outside one (`(ง'ÃŒâ‚¬'ÃŒ)`) makes them part
        // of something else, an emoticon or a word (Chinese quotes sit between Han letters).
        guard before.isASCII else { return true }
        let outerAfter = range.upperBound + String(after).utf8.count
        let outerBefore = range.lowerBound - String(before).utf8.count
        if outerAfter < document.bytes.count, document.scalar(at: outerAfter).scalar.properties.isAlphabetic { return false }
        if outerBefore > 0, document.scalar(before: outerBefore).scalar.properties.isAlphabetic { return false }
        return true
    }

    /// The line break a line uses (CRLF or LF), for fixes that insert one.
    static func lineBreak(_ document: Document, line: Int) -> String {
        var index = line
        while index >= 0 {
            let full = document.lineWithBreak(index), content = document.lineContent(index)
            if full.upperBound > content.upperBound { return full.count - content.count == 2 ? "\r\n" : "\n" }
            index -= 1
        }
        return "\n"
    }

    /// Whether the bytes contain one of the words, ignoring ASCII case. An ASCII word matches
    /// only as a whole word (an `s` may follow); one ending in `*` matches as a prefix.
    static func mentions(_ bytes: ArraySlice<UInt8>, _ words: [[UInt8]]) -> Bool {
        let start = bytes.startIndex, end = bytes.endIndex
        func isLetter(_ index: Int) -> Bool {
            index >= start && index < end && (bytes[index] | 0x20 >= 0x61 && bytes[index] | 0x20 <= 0x7A)
        }
        // The first bytes of the words: one pass over the text, most bytes start no word.
        var firsts = SIMD4<UInt64>()  // a bit per byte value, no allocation (this runs per line)
        for pattern in words where !pattern.isEmpty {
            guard pattern.count > 1 || pattern[0] != 0x2A else { return true }  // `*` alone matches anything
            firsts[Int(pattern[0] >> 6)] |= 1 << (pattern[0] & 63)
        }
        var index = start
        while index < end {
            var first = bytes[index]
            if first >= 0x41 && first <= 0x5A { first |= 0x20 }
            if firsts[Int(first >> 6)] >> (first & 63) & 1 != 0 {
                for pattern in words where !pattern.isEmpty && pattern[0] == first {
                    let prefix = pattern.last == 0x2A
                    let count = prefix ? pattern.count - 1 : pattern.count
                    guard index + count <= end else { continue }
                    var matched = true
                    for offset in 1..<count {
                        var byte = bytes[index + offset]
                        if byte >= 0x41 && byte <= 0x5A { byte |= 0x20 }
                        if byte != pattern[offset] { matched = false; break }
                    }
                    guard matched else { continue }
                    var after = index + count
                    if after < end, bytes[after] | 0x20 == 0x73 { after += isLetter(after + 1) ? 0 : 1 }
                    let ascii = pattern[..<count].allSatisfy { $0 < 0x80 }
                    if !ascii || prefix || (!isLetter(index - 1) && !isLetter(after)) { return true }
                }
            }
            index += 1
        }
        return false
    }

    /// Whether a byte is an ASCII letter, digit or underscore.
    @inline(__always)
    static func isWordByte(_ byte: UInt8) -> Bool {
        (byte >= 0x30 && byte <= 0x39) || (byte | 0x20 >= 0x61 && byte | 0x20 <= 0x7A) || byte == 0x5F
    }
}

/// Answers "does the text around this position mention one of these words?" for positions
/// visited in document order, scanning each line once, or each 4 KB block of a very long
/// line (so a 50 MB single-line file stays linear).
struct MentionScanner {
    let words: [[UInt8]]
    private var key = (line: -1, block: -1)
    private var verdict = false

    init(_ words: [[UInt8]]) { self.words = words }

    mutating func mentions(_ document: Document, at offset: Int) -> Bool {
        let line = document.lineIndex(ofByte: offset)
        let content = document.lineContent(line)
        let long = content.count > 16384
        let block = long ? (offset - content.lowerBound) / 4096 : 0
        if key == (line, block) { return verdict }
        let range = long
            ? max(content.lowerBound, content.lowerBound + block * 4096 - 512)..<min(content.upperBound, content.lowerBound + (block + 1) * 4096 + 512)
            : content
        key = (line, block)
        verdict = ProseContext.mentions(document.bytes[range], words)
        return verdict
    }
}
