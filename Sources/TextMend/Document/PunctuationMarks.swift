/// Where the sentence marks and the brackets stand, found in one pass that steps from scalar
/// to scalar: the rules that look only at these marks (dangling function words, injected
/// watermarks, unbalanced brackets) walk these lists instead of each scanning the text and
/// stopping at every CJK punctuation lead byte. The text is valid UTF-8.
struct PunctuationMarks: SharedAnalysis {
    /// Byte offsets of `.` `!` `?` `。` `！` `？` (U+3002, U+FF01, U+FF1F), in order.
    let sentenceMarks: [Int]
    /// Byte offsets of `(` `)` `[` `]`, `“` `”`, `《》「」『』【】` (U+300A–U+3011) and `（` `）`
    /// (U+FF08, U+FF09), in order.
    let brackets: [Int]

    init(document: Document, context: RuleContext) {
        var sentenceMarks: [Int] = [], brackets: [Int] = []
        if let round = context.earlierRound, let earlier = round.context.cached(PunctuationMarks.self) {
            // After a round of `fix`: the marks of untouched lines are the earlier ones, moved;
            // touched lines are scanned again (a line starts at a scalar boundary). Room for as
            // many as before and some: a fixed line seldom holds many more.
            sentenceMarks.reserveCapacity(earlier.sentenceMarks.count + earlier.sentenceMarks.count / 64 + 64)
            brackets.reserveCapacity(earlier.brackets.count + earlier.brackets.count / 64 + 64)
            round.lines.walk(from: round.document, to: document) { old, shift in
                sentenceMarks.append(contentsOf: earlier.sentenceMarks.slice(positionsIn: old) { $0 }.lazy.map { $0 + shift })
                brackets.append(contentsOf: earlier.brackets.slice(positionsIn: old) { $0 }.lazy.map { $0 + shift })
            } rescan: { range in
                Self.scan(document, range, &sentenceMarks, &brackets)
            }
            self.sentenceMarks = sentenceMarks
            self.brackets = brackets
            return
        }
        Self.scan(document, 0..<document.bytes.count, &sentenceMarks, &brackets)
        self.sentenceMarks = sentenceMarks
        self.brackets = brackets
    }

    /// Appends the marks of the scalars in `range`, which starts at a scalar boundary.
    private static func scan(_ document: Document, _ range: Range<Int>, _ sentenceMarks: inout [Int], _ brackets: inout [Int]) {
        Self.classes.withUnsafeBufferPointer { classes in
            document.bytes.withUnsafeBufferPointer { buffer in
                let count = buffer.count
                var index = range.lowerBound
                while index < range.upperBound {
                    let byte = buffer[index]
                    let entry = classes[Int(byte)]
                    if entry & Self.marks != 0 {
                        if entry & Self.asciiSentence != 0 {
                            sentenceMarks.append(index)
                        } else if entry & Self.asciiBracket != 0 {
                            brackets.append(index)
                        } else if index + 2 < count {
                            let second = buffer[index + 1], third = buffer[index + 2]
                            switch (byte, second) {
                            case (0xE2, 0x80):
                                if third == 0x9C || third == 0x9D { brackets.append(index) }
                            case (0xE3, 0x80):
                                if third == 0x82 { sentenceMarks.append(index) } else if third >= 0x8A && third <= 0x91 { brackets.append(index) }
                            case (0xEF, 0xBC):
                                if third == 0x81 || third == 0x9F { sentenceMarks.append(index) } else if third == 0x88 || third == 0x89 { brackets.append(index) }
                            default: break
                            }
                        }
                    }
                    index += Int(entry & Self.lengthMask)
                }
            }
        }
    }

    private static let lengthMask: UInt8 = 0x07
    private static let asciiSentence: UInt8 = 0x08
    private static let asciiBracket: UInt8 = 0x10
    private static let lead: UInt8 = 0x20
    private static let marks: UInt8 = asciiSentence | asciiBracket | lead

    /// Per byte value: the length of the scalar it leads (1 for a continuation byte) and
    /// whether it is an ASCII sentence mark, an ASCII bracket or the lead of a CJK mark.
    private static let classes: [UInt8] = (0...255).map { (value: Int) -> UInt8 in
        let byte = UInt8(value)
        var entry = UInt8(UTF8Scalars.length(ofLead: byte))
        switch byte {
        case 0x2E, 0x21, 0x3F: entry |= asciiSentence
        case 0x28, 0x29, 0x5B, 0x5D: entry |= asciiBracket
        case 0xE2, 0xE3, 0xEF: entry |= lead
        default: break
        }
        return entry
    }
}
