/// The line-by-line analysis behind `HalfWidthPunctuationRule`: which ASCII marks of one
/// line stand in Chinese or Japanese text.
///
/// Two passes over the line's bytes. The first finds code calls (`f(x)`, `printf(…)`),
/// backtick spans and URLs, which are never touched, and the parenthesis pairs around CJK
/// text; the second judges each `, : ; ! ?` by its neighbours, seeing the parentheses the
/// rule converts as the full-width marks they become.
struct HalfWidthPunctuationScan {
    /// A mark to replace (one position) or a pair of parentheses (two positions).
    struct Hit {
        /// The ASCII mark, `(` for a pair.
        var mark: UInt8
        /// Byte offsets of the marks.
        var positions: [Int]
    }

    private struct Open {
        var position: Int
        var isCall: Bool
        var inCJKContext: Bool
        var hasNested = false
    }

    /// How a mark's left side qualifies: right after CJK, after a closing full-width mark, or
    /// after a short Latin run that itself follows CJK (`使用Python,然后`).
    private enum Left { case cjk, closingMark, latinRun }

    private let document: Document
    private let line: Range<Int>
    private var protected: [Range<Int>] = []
    private var converted: Set<Int> = []

    /// Bounds that keep pathological lines linear.
    private static let maxDepth = 32, maxLatinRun = 48, maxBlanks = 16, maxMarkRun = 8

    /// The hits on one line (a byte range without its line break).
    static func hits(_ document: Document, _ line: Range<Int>) -> [Hit] {
        guard !isReference(document.bytes, line) else { return [] }
        var scan = HalfWidthPunctuationScan(document: document, line: line)
        return scan.run()
    }

    /// GB/T 7714 document-type codes: `[M]` book, `[J]` journal article, `[EB/OL]` web page.
    private static let referenceCodes: Set<String> = [
        "M", "J", "C", "D", "R", "N", "S", "P", "Z", "G", "A", "EB/OL", "J/OL", "M/OL", "DB/OL", "CP/DK",
    ]

    /// A reference-list entry (`[1] 张三. 中文信息处理[M]. 北京: 清华大学出版社, 2010.`): the
    /// GB/T 7714 citation style writes its `. : ,` half-width on purpose.
    static func isReference(_ bytes: [UInt8], _ line: Range<Int>) -> Bool {
        // From one `[` to the next (memchr: most lines hold none).
        var index = ByteSearch.next(UInt8(ascii: "["), in: bytes, from: line.lowerBound, to: line.upperBound)
        while index < line.upperBound {
            if index > line.lowerBound, bytes[index - 1] >= 0x80 || CJKMarks.isASCIIAlphanumeric(bytes[index - 1]) {
                var end = index + 1
                while end < line.upperBound, end - index <= 6,
                      (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(bytes[end]) || bytes[end] == UInt8(ascii: "/") { end += 1 }
                if end < line.upperBound, bytes[end] == UInt8(ascii: "]"), end > index + 1,
                   referenceCodes.contains(String(decoding: bytes[(index + 1)..<end], as: UTF8.self)) { return true }
            }
            index = ByteSearch.next(UInt8(ascii: "["), in: bytes, from: index + 1, to: line.upperBound)
        }
        return false
    }

    private init(document: Document, line: Range<Int>) {
        self.document = document
        self.line = line
    }

    private mutating func run() -> [Hit] {
        let bytes = document.bytes
        var pairs: [(Int, Int)] = [], candidates: [Int] = [], stack: [Open] = []
        var overflow = false, lastHan = -1, lastLetter = -1, tick: Int? = nil
        var index = line.lowerBound
        while index < line.upperBound {
            let byte = bytes[index]
            if byte >= 0x80 {
                // Only a `)` reads `lastHan`, against an open `(` before it: with none open, the
                // scalar need not be decoded (most lines open none).
                if stack.isEmpty {
                    index += UTF8Scalars.length(ofLead: byte)
                    continue
                }
                let (scalar, length) = document.scalar(at: index)
                if CJKMarks.isHanOrKana(scalar) { lastHan = index }
                index += length
                continue
            }
            switch byte {
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"):
                lastLetter = index
            case UInt8(ascii: "("):
                guard stack.count < Self.maxDepth else { overflow = true; break }
                if !stack.isEmpty { stack[stack.count - 1].hasNested = true }
                let before = index > line.lowerBound ? bytes[index - 1] : 0x20
                stack.append(Open(position: index, isCall: CJKMarks.isASCIIAlphanumeric(before) || before == UInt8(ascii: "_"),
                                  inCJKContext: opensInCJKContext(index)))
            case UInt8(ascii: ")"):
                guard let open = stack.popLast() else { break }
                if open.isCall {
                    protected.append(open.position..<index + 1)
                } else if open.inCJKContext && !open.hasNested
                            && ((lastHan > open.position && lastLetter < open.position) || enclosesListNumber(open.position, index)) {
                    pairs.append((open.position, index))
                }
            case UInt8(ascii: "`"):
                if let start = tick { protected.append(start..<index + 1); tick = nil } else { tick = index }
            case UInt8(ascii: ":") where index + 2 < line.upperBound && bytes[index + 1] == 0x2F && bytes[index + 2] == 0x2F:
                let url = urlRange(schemeEnd: index)
                protected.append(url)
                index = url.upperBound
                continue
            case UInt8(ascii: ","), UInt8(ascii: ":"), UInt8(ascii: ";"), UInt8(ascii: "!"), UInt8(ascii: "?"):
                candidates.append(index)
            default:
                break
            }
            index += 1
        }
        protected = Self.merged(protected)
        var hits: [Hit] = []
        if !overflow {
            for (open, close) in pairs where !isProtected(open) {
                converted.insert(open)
                converted.insert(close)
                hits.append(Hit(mark: UInt8(ascii: "("), positions: [open, close]))
            }
        }
        for position in candidates where !isProtected(position) && inCJKText(position) {
            hits.append(Hit(mark: bytes[position], positions: [position]))
        }
        return hits.sorted { $0.positions[0] < $1.positions[0] }
    }

    // MARK: Parentheses

    /// `(` right after CJK or full-width punctuation, at the line start or after indentation,
    /// or after a half-width `,:;!?` that follows CJK (`如下:(一)`).
    private func opensInCJKContext(_ index: Int) -> Bool {
        var start = index
        while start > line.lowerBound, case let (scalar, length) = document.scalar(before: start), CJKMarks.isInlineBlank(scalar) {
            start -= length
        }
        if start == line.lowerBound { return true }
        if start != index { return false }  // blank after text: `systemd.mount (见 …)` is the writer's style
        let (scalar, length) = document.scalar(before: index)
        if CJKMarks.isHanOrKana(scalar) || CharacterClass.isCJKPunctuation(scalar) { return true }
        guard ",:;!?".unicodeScalars.contains(scalar), index - length > line.lowerBound,
              index + 1 < line.upperBound, !CJKMarks.isInlineBlank(document.scalar(at: index + 1).scalar) else { return false }
        return CJKMarks.isHanOrKana(document.scalar(before: index - length).scalar)
    }

    /// `(1)` holding one to three digits and followed by CJK: a Chinese list number.
    private func enclosesListNumber(_ open: Int, _ close: Int) -> Bool {
        let bytes = document.bytes
        guard (2...4).contains(close - open), close + 1 < line.upperBound else { return false }
        guard (open + 1..<close).allSatisfy({ bytes[$0] >= 0x30 && bytes[$0] <= 0x39 }) else { return false }
        return CJKMarks.isHanOrKana(document.scalar(at: close + 1).scalar)
    }

    // MARK: Marks

    /// Whether the mark at `position` has CJK text on its left and a CJK continuation on its right.
    private func inCJKText(_ position: Int) -> Bool {
        let bytes = document.bytes
        let mark = bytes[position]
        var first = position, last = position
        if mark == UInt8(ascii: "!") || mark == UInt8(ascii: "?") {
            // `好!!` and `吗?!` are judged as one run.
            func isRunMark(_ byte: UInt8) -> Bool { byte == UInt8(ascii: "!") || byte == UInt8(ascii: "?") }
            while first > line.lowerBound && isRunMark(bytes[first - 1]) && position - first < Self.maxMarkRun { first -= 1 }
            while last + 1 < line.upperBound && isRunMark(bytes[last + 1]) && last - position < Self.maxMarkRun { last += 1 }
            if last - first >= Self.maxMarkRun { return false }
        }
        guard let left = leftContext(first) else { return false }
        return rightContinues(last + 1, mark: mark, left: left)
    }

    private func leftContext(_ first: Int) -> Left? {
        guard first > line.lowerBound else { return nil }
        let (scalar, _) = document.scalar(before: first)
        if CJKMarks.isHanOrKana(scalar) { return .cjk }
        if scalar.value == 0x201D {
            // ” closes English quotes too (`He said “hello”,`): it makes a CJK context only when
            // what it closes ends in CJK (`“你好。”,`); after `“OK”` CJK must follow the mark, as
            // after a Latin run.
            let quote = first - 3
            guard quote > line.lowerBound else { return nil }
            let inside = document.scalar(before: quote).scalar
            return CJKMarks.isHanOrKana(inside) || CJKMarks.isFullWidthMark(inside) ? .closingMark : .latinRun
        }
        if CJKMarks.isClosingMark(scalar) || (scalar == ")" && converted.contains(first - 1)) { return .closingMark }
        guard (scalar.isASCII && CJKMarks.isASCIIAlphanumeric(UInt8(scalar.value))) || Self.isUnitSign(scalar) else { return nil }
        // A short run of words, numbers (with unit signs: `25%`, `3‰`, `36℃`) and spaces that
        // starts right after CJK.
        let bytes = document.bytes
        var start = first
        while start > line.lowerBound && first - start < Self.maxLatinRun {
            let byte = bytes[start - 1]
            if byte >= 0x80 {
                let (sign, length) = document.scalar(before: start)
                guard Self.isUnitSign(sign) else { break }
                start -= length
                continue
            }
            let word = CJKMarks.isASCIIAlphanumeric(byte) || byte == 0x20 || byte == 0x2E || byte == 0x2D || byte == 0x5F || byte == 0x2B
            // `10:30` and `1,024` inside the run: a colon or comma between digits.
            let number = (byte == 0x3A || byte == 0x2C) && start - 2 >= line.lowerBound && (0x30...0x39).contains(bytes[start - 2])
            guard word || number || byte == UInt8(ascii: "%") else { break }
            start -= 1
        }
        guard start > line.lowerBound, first - start < Self.maxLatinRun else { return nil }
        let (before, length) = document.scalar(before: start)
        if CJKMarks.isHanOrKana(before) || CharacterClass.isCJKPunctuation(before) { return .latinRun }
        // `时间:10:30,地点`: the run follows a half-width mark that itself follows CJK.
        guard ",:;".unicodeScalars.contains(before), start - length > line.lowerBound else { return nil }
        return CJKMarks.isHanOrKana(document.scalar(before: start - length).scalar) ? .latinRun : nil
    }

    /// A sign written right after a number: percent, per mille, degrees Celsius.
    private static func isUnitSign(_ scalar: Unicode.Scalar) -> Bool {
        scalar == "%" || scalar == "\u{2030}" || scalar == "\u{2103}"
    }

    private func rightContinues(_ next: Int, mark: UInt8, left: Left) -> Bool {
        guard next < line.upperBound else { return left != .latinRun }  // end of line or text
        let (scalar, length) = document.scalar(at: next)
        if left == .latinRun { return CJKMarks.isHanOrKana(scalar) }
        if CJKMarks.isHanOrKana(scalar) { return true }
        // Between two marks (`),“`) the writer's choice is less clear: only CJK text counts.
        if left == .closingMark { return false }
        if CharacterClass.isCJKPunctuation(scalar) { return true }
        if scalar == "(" { return converted.contains(next) }
        if (0x30...0x39).contains(scalar.value) { return ",:;".utf8.contains(mark) }  // 今年12月,3日
        if scalar == "\"" {
            // `说:"你好"` and `"你好!"`, but not `,` or `;` before a quote (CSV fields).
            guard ":!?".utf8.contains(mark) else { return false }
            guard next + 1 < line.upperBound else { return true }
            let after = document.scalar(at: next + 1).scalar
            return CJKMarks.isHanOrKana(after) || CharacterClass.isCJKPunctuation(after)
        }
        if CJKMarks.isInlineBlank(scalar) {
            var index = next + length
            while index < line.upperBound && index - next < Self.maxBlanks,
                  case let (blank, blankLength) = document.scalar(at: index), CJKMarks.isInlineBlank(blank) {
                index += blankLength
            }
            guard index < line.upperBound else { return true }
            guard index - next < Self.maxBlanks else { return false }
            let after = document.scalar(at: index).scalar
            return CJKMarks.isHanOrKana(after) || CharacterClass.isCJKPunctuation(after)
        }
        return false
    }

    // MARK: Protected spans

    /// A URL around the `://` at `schemeEnd`: its scheme letters and everything up to a blank,
    /// a straight quote, `<` `>` or full-width punctuation (paths may be Chinese: `/路径?查询=1`).
    private func urlRange(schemeEnd: Int) -> Range<Int> {
        let bytes = document.bytes
        var start = schemeEnd
        while start > line.lowerBound && schemeEnd - start < 32,
              CJKMarks.isASCIIAlphanumeric(bytes[start - 1]) || bytes[start - 1] == 0x2B || bytes[start - 1] == 0x2E || bytes[start - 1] == 0x2D {
            start -= 1
        }
        var end = schemeEnd + 3
        while end < line.upperBound {
            let (scalar, length) = document.scalar(at: end)
            if scalar.isASCII {
                guard scalar.value > 0x20 && scalar.value < 0x7F && scalar != "\"" && scalar != "<" && scalar != ">" else { break }
            } else if CharacterClass.isBlank(scalar) || CharacterClass.isCJKPunctuation(scalar) {
                break
            }
            end += length
        }
        return start..<end
    }

    private static func merged(_ ranges: [Range<Int>]) -> [Range<Int>] {
        var result: [Range<Int>] = []
        for range in ranges.sorted(by: { $0.lowerBound < $1.lowerBound }) {
            if let last = result.last, range.lowerBound <= last.upperBound {
                result[result.count - 1] = last.lowerBound..<max(last.upperBound, range.upperBound)
            } else {
                result.append(range)
            }
        }
        return result
    }

    private func isProtected(_ position: Int) -> Bool {
        let low = protected.partitioningIndex { $0.upperBound > position }
        return low < protected.count && protected[low].contains(position)
    }
}
