/// Which bytes and which pairs of adjacent bytes occur in a document, found in one pass: a
/// rule whose every target needs a pair the text does not hold (U+FFFD needs EF BF, a C1
/// control C2 80–9F) is done before it scans.
///
/// Pairs are indexed second byte first, `second << 8 | first`: a little-endian 16-bit load
/// of the two bytes is the index (`pair(_:endingAt:)`), and every pair ending in one byte
/// value is one 256-entry row (`contains(_:)` reads a byte off its row: no byte table is
/// filled in the pass).
struct BytePairs: SharedAnalysis {
    /// Whether each pair occurs, at `second << 8 | first` (the first byte of the text counts
    /// as following a zero byte, so a pair that starts with zero may be a false positive).
    let seen: [Bool]
    /// How often each pair occurs, at `second << 8 | first`, kept only in a context that
    /// serves `fix`: after a round of edits the census is updated from the touched lines
    /// alone (`EarlierRound`; RoundUpdateTests compares the update with a fresh census).
    let counts: [UInt32]?

    init(document: Document, context: RuleContext) {
        guard context.servesFix else {
            seen = Self.table(document)
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
        seen = counts.map { $0 != 0 }
        self.counts = counts
    }

    /// The pairs that occur, in one pass.
    private static func table(_ document: Document) -> [Bool] {
        var seen = [Bool](repeating: false, count: 1 << 16)
        seen.withUnsafeMutableBufferPointer { seen in
            document.bytes.withUnsafeBufferPointer { buffer in
                guard let base = buffer.baseAddress, !buffer.isEmpty else { return }
                seen[Int(buffer[0]) << 8] = true
                for index in 1..<buffer.count { seen[pair(base, endingAt: index)] = true }
            }
        }
        return seen
    }

    /// The index of the pair of bytes `index - 1` and `index` (`index` at least 1).
    @inline(__always)
    private static func pair(_ base: UnsafePointer<UInt8>, endingAt index: Int) -> Int {
        Int(UInt16(littleEndian: UnsafeRawPointer(base + index - 1).loadUnaligned(as: UInt16.self)))
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
                guard start < end, let base = buffer.baseAddress else { continue }
                let delta: UInt32 = adding ? 1 : UInt32.max  // wrapping: adds 1 or takes 1 away
                if start == 0 { counts[Int(buffer[0]) << 8] &+= delta }
                for index in max(start, 1)..<end { counts[pair(base, endingAt: index)] &+= delta }
                done = end
            }
        }
    }

    /// Whether `byte` occurs: some pair ends in it (the first byte ends the pair after zero).
    func contains(_ byte: UInt8) -> Bool {
        seen.withUnsafeBytes { raw in
            let row = Int(byte) << 8  // its 256 flags, eight at a time
            return stride(from: row, to: row + 256, by: 8).contains { raw.loadUnaligned(fromByteOffset: $0, as: UInt64.self) != 0 }
        }
    }

    /// Whether each byte value occurs.
    var bytes: [Bool] { (0...255).map { contains(UInt8($0)) } }

    /// Whether `sequence` may occur: each of its adjacent pairs does (a one-byte sequence: the byte).
    func mayContain(_ sequence: [UInt8]) -> Bool {
        guard sequence.count > 1 else { return sequence.allSatisfy(contains) }
        return sequence.indices.dropLast().allSatisfy { seen[Int(sequence[$0 + 1]) << 8 | Int(sequence[$0])] }
    }

    /// Whether `first` occurs followed by a byte in `second`.
    func contains(_ first: UInt8, _ second: ClosedRange<UInt8>) -> Bool {
        second.contains { seen[Int($0) << 8 | Int(first)] }
    }
}
