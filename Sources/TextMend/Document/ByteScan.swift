/// A set of byte values that can start a match, for skipping the bytes that cannot.
///
/// Scanning steps a whole UTF-8 sequence at a time, so a set must hold only ASCII bytes and
/// lead bytes (never a continuation byte 0x80–0xBF), and a scan must start on a scalar.
struct ByteSet: Sendable {
    private var bits: (UInt64, UInt64, UInt64, UInt64) = (0, 0, 0, 0)

    /// Makes a set of byte values.
    init(_ members: some Sequence<UInt8>) {
        for byte in members {
            precondition(byte & 0xC0 != 0x80, "a byte set holds no continuation bytes")
            let bit = UInt64(1) << UInt64(byte & 63)
            switch byte >> 6 {
            case 0: bits.0 |= bit
            case 1: bits.1 |= bit
            case 2: bits.2 |= bit
            default: bits.3 |= bit
            }
        }
    }

    /// Whether the set holds a byte.
    @inline(__always)
    func contains(_ byte: UInt8) -> Bool {
        let word: UInt64
        switch byte >> 6 {
        case 0: word = bits.0
        case 1: word = bits.1
        case 2: word = bits.2
        default: word = bits.3
        }
        return word >> UInt64(byte & 63) & 1 != 0
    }

    /// The offset of the first byte in the set at or after `index` (a scalar start) and
    /// before `end`, or `end`; steps over whole characters.
    @inline(__always)
    func next(in buffer: UnsafeBufferPointer<UInt8>, from index: Int, to end: Int) -> Int {
        var index = index
        while index < end {
            let byte = buffer[index]
            if contains(byte) { return index }
            // A lead byte's leading ones give its sequence length (1 for ASCII and, safely, for
            // a stray continuation byte).
            index &+= max(1, (~byte).leadingZeroBitCount)
        }
        return end
    }

    /// `next(in:from:to:)` over a byte array.
    @inline(__always)
    func next(in bytes: [UInt8], from index: Int, to end: Int) -> Int {
        bytes.withUnsafeBufferPointer { next(in: $0, from: index, to: end) }
    }
}
