/// Which bytes and which pairs of adjacent bytes occur in a document, found in one pass: a
/// rule whose every target needs a pair the text does not hold (U+FFFD needs EF BF, a C1
/// control C2 80–9F) is done before it scans.
struct BytePairs: SharedAnalysis {
    /// Whether each pair occurs, at `first << 8 | second` (the first byte of the text counts
    /// as following a zero byte, so a pair that starts with zero may be a false positive).
    let seen: [Bool]
    /// Whether each byte value occurs.
    let bytes: [Bool]
    /// How often each pair occurs, kept only in a context that serves `fix`: after a round of
    /// edits the census is updated from the touched lines alone (`EarlierRound`;
    /// RoundUpdateTests compares the update with a fresh census).
    let counts: [UInt32]?

    init(document: Document, context: RuleContext) {
        guard context.servesFix else {
            (seen, bytes) = Self.tables(document)
            counts = nil
            return
        }
        var counts: [UInt32]
        if let round = context.earlierRound, let earlier = round.context.cached(BytePairs.self)?.counts {
            counts = earlier
            let lines = round.lines
            counts.withUnsafeMutableBufferPointer { counts in
                Self.count(round.document, lines.old, into: counts, adding: false)
                Self.count(document, lines.new, into: counts, adding: true)
            }
        } else {
            counts = [UInt32](repeating: 0, count: 1 << 16)
            counts.withUnsafeMutableBufferPointer { counts in
                Self.count(document, [0..<document.lineStarts.count], into: counts, adding: true)
            }
        }
        var seen = [Bool](repeating: false, count: 1 << 16)
        var bytes = [Bool](repeating: false, count: 256)
        for pair in 0..<(1 << 16) where counts[pair] != 0 {
            seen[pair] = true
            bytes[pair & 0xFF] = true
        }
        self.seen = seen
        self.bytes = bytes
        self.counts = counts
    }

    /// Both tables in the one pass (not bytes from a walk over the 65,536 pairs afterwards:
    /// that walk costs more than the pass on a small document).
    private static func tables(_ document: Document) -> (seen: [Bool], bytes: [Bool]) {
        var seen = [Bool](repeating: false, count: 1 << 16)
        var bytes = [Bool](repeating: false, count: 256)
        seen.withUnsafeMutableBufferPointer { seen in
            bytes.withUnsafeMutableBufferPointer { bytes in
                document.bytes.withUnsafeBufferPointer { buffer in
                    var previous = 0
                    for byte in buffer {
                        let current = Int(byte)
                        seen[previous << 8 | current] = true
                        bytes[current] = true
                        previous = current
                    }
                }
            }
        }
        return (seen, bytes)
    }

    /// Adds (or takes away) the pairs that end at the bytes of `regions` (sorted line ranges,
    /// indexes into `lineStarts`) and at the byte right after each: those are all the pairs
    /// whose bytes are not both in untouched lines, which the earlier census holds unchanged.
    private static func count(_ document: Document, _ regions: [Range<Int>], into counts: UnsafeMutableBufferPointer<UInt32>, adding: Bool) {
        document.bytes.withUnsafeBufferPointer { buffer in
            var done = 0
            for region in regions {
                let bytes = document.byteRange(ofLines: region)
                let start = max(bytes.lowerBound, done)
                let end = min(bytes.upperBound + 1, buffer.count)
                guard start < end else { continue }
                var previous = start == 0 ? 0 : Int(buffer[start - 1])
                for index in start..<end {
                    let current = Int(buffer[index])
                    if adding { counts[previous << 8 | current] &+= 1 } else { counts[previous << 8 | current] &-= 1 }
                    previous = current
                }
                done = end
            }
        }
    }

    /// Whether `byte` occurs.
    func contains(_ byte: UInt8) -> Bool { bytes[Int(byte)] }

    /// Whether `sequence` may occur: each of its adjacent pairs does (a one-byte sequence: the byte).
    func mayContain(_ sequence: [UInt8]) -> Bool {
        guard sequence.count > 1 else { return sequence.allSatisfy(contains) }
        return sequence.indices.dropLast().allSatisfy { seen[Int(sequence[$0]) << 8 | Int(sequence[$0 + 1])] }
    }

    /// Whether `first` occurs followed by a byte in `second`.
    func contains(_ first: UInt8, _ second: ClosedRange<UInt8>) -> Bool {
        second.contains { seen[Int(first) << 8 | Int($0)] }
    }
}
