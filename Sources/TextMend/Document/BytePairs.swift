/// Which bytes and which pairs of adjacent bytes occur in a document, found in one pass: a
/// rule whose every target needs a pair the text does not hold (U+FFFD needs EF BF, a C1
/// control C2 80–9F) is done before it scans.
struct BytePairs: SharedAnalysis {
    /// Whether each pair occurs, at `first << 8 | second` (the first byte of the text counts
    /// as following a zero byte, so a pair that starts with zero may be a false positive).
    private let seen: [Bool]
    /// Whether each byte value occurs.
    private let bytes: [Bool]

    init(document: Document, context: RuleContext) {
        var seen = [Bool](repeating: false, count: 1 << 16)
        var bytes = [Bool](repeating: false, count: 256)
        // Both tables in the one pass (not bytes from a walk over the 65,536 pairs afterwards:
        // that walk costs more than the pass on a small document).
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
        self.seen = seen
        self.bytes = bytes
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
