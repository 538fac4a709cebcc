/// Byte-level comparisons of pieces of a document for the duplicate rules: linear, no copies.
enum TextComparison {
    /// What a piece of text holds, counted up to what the rules need to know.
    struct Measure {
        /// Non-blank scalars.
        var scalars = 0
        /// Letters, digits and CJK characters.
        var letters = 0
        /// Terminal columns (CJK counts two), counted up to `widthCap`.
        var width = 0
    }

    static let widthCap = 200

    /// Whether two ranges hold the same text once runs of blanks and line breaks count as one
    /// space and leading and trailing blanks are ignored. Stops at the first difference.
    static func sameAfterWhitespace(_ document: Document, _ a: Range<Int>, _ b: Range<Int>) -> Bool {
        var left = Cursor(document: document, index: a.lowerBound, end: a.upperBound)
        var right = Cursor(document: document, index: b.lowerBound, end: b.upperBound)
        while true {
            let x = left.next(), y = right.next()
            if x != y { return false }
            if x == nil { return true }
        }
    }

    /// Counts a range's scalars, letters and width (stops early once every count is at `cap`).
    static func measure(_ document: Document, _ range: Range<Int>, cap: Int = widthCap) -> Measure {
        var measure = Measure()
        var index = range.lowerBound
        while index < range.upperBound, measure.width < cap || measure.scalars < cap || measure.letters < cap {
            let (scalar, length) = document.scalar(at: index)
            index += length
            if CharacterClass.isBlank(scalar) || scalar == "\n" { measure.width += 1; continue }
            measure.scalars += 1
            if CharacterClass.isCJK(scalar) || scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) { measure.letters += 1 }
            if measure.width < cap { measure.width += scalar.value < 0x300 ? 1 : CharacterClass.displayWidth(scalar) }
        }
        return measure
    }

    /// Whether a range holds at least `count` distinct non-blank scalars within its first
    /// kilobyte (a longer run of a few characters is no text).
    static func hasDistinctScalars(_ document: Document, _ range: Range<Int>, atLeast count: Int) -> Bool {
        // A few scalars to tell apart: a linear search in a stack buffer beats hashing.
        withUnsafeTemporaryAllocation(of: UInt32.self, capacity: max(count, 1)) { seen in
            var found = 0
            var index = range.lowerBound
            while index < min(range.upperBound, range.lowerBound + 1024) {
                let (scalar, length) = document.scalar(at: index)
                index += length
                if found < seen.count, !CharacterClass.isBlank(scalar), !seen[..<found].contains(scalar.value) {
                    seen[found] = scalar.value
                    found += 1
                }
                if found >= count { return true }
            }
            return false
        }
    }

    /// Whether a line reads like code, markup or a table, where repeats are meaningful: a tab
    /// inside it, indentation without CJK text, or dense ASCII symbols (`<div …/>`, `/* … */`).
    static func looksLikeCode(_ document: Document, line range: Range<Int>, indentationCounts: Bool = true) -> Bool {
        let bytes = document.bytes
        var index = range.lowerBound
        var indent = 0
        while index < range.upperBound, bytes[index] == 0x20 || bytes[index] == 0x09 {
            indent += bytes[index] == 0x09 ? 4 : 1
            index += 1
        }
        var symbols = 0, nonBlank = 0, cjk = false
        while index < range.upperBound {
            let byte = bytes[index]
            if byte == 0x09 { return true }
            if byte >= 0xE3 && byte <= 0xE9 || byte == 0xF0 { cjk = true }
            if byte & 0xC0 != 0x80 && byte != 0x20 { nonBlank += 1 }
            if codeSymbols.contains(byte) { symbols += 1 }
            index += 1
        }
        if indentationCounts && indent >= 2 && !cjk { return true }
        return symbols >= 2 && symbols * 20 >= nonBlank
    }

    /// `{}[]<>=;|*/\$#@~^&` and the backtick.
    private static let codeSymbols: Set<UInt8> = Set("{}[]<>=;|*/\\$#@~^&`".utf8)

    /// If the text of `range` is some text twice, possibly with blanks between the copies,
    /// the separator's start and the second copy's range.
    static func doubledHalf(_ document: Document, _ range: Range<Int>) -> (separator: Int, second: Range<Int>)? {
        let bytes = document.bytes
        // Glued, or one space between (tabs separate columns, not copies).
        for separator in [0, 1, 3] where range.count > separator && (range.count - separator) % 2 == 0 {
            let half = (range.count - separator) / 2
            let middle = range.lowerBound + half, second = middle + separator
            guard bytes[middle] & 0xC0 != 0x80, second == range.upperBound || bytes[second] & 0xC0 != 0x80 else { continue }
            if separator > 0, document.scalar(at: middle) != (separator == 1 ? " " : "\u{3000}", separator) { continue }
            if bytes.withUnsafeBufferPointer({ buffer in
                var offset = 0
                while offset < half, buffer[range.lowerBound + offset] == buffer[second + offset] { offset += 1 }
                return offset == half
            }) {
                return (middle, second..<range.upperBound)
            }
        }
        return nil
    }
}

/// Walks a byte range as scalars with blank runs folded into one space and the ends trimmed.
private struct Cursor {
    let document: Document
    var index: Int
    let end: Int
    var started = false

    mutating func next() -> Unicode.Scalar? {
        var sawBlank = false
        while index < end {
            let (scalar, length) = document.scalar(at: index)
            if CharacterClass.isBlank(scalar) || scalar == "\n" {
                sawBlank = true
                index += length
                continue
            }
            // Report the blank run first; the scalar after it is read on the next call.
            if sawBlank && started { return " " }
            index += length
            started = true
            return scalar
        }
        return nil
    }
}
