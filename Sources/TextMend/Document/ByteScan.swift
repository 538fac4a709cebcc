#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Eight bytes at a time in one 64-bit word: exact per-byte masks (no carry or borrow crosses
/// from one byte into the next), the high bit of each byte that answers.
enum WordBytes {
    static let highs: UInt64 = 0x8080_8080_8080_8080

    /// The bytes of `word` that are zero.
    @inline(__always)
    static func zeros(_ word: UInt64) -> UInt64 {
        let low7: UInt64 = 0x7F7F_7F7F_7F7F_7F7F
        return ~(((word & low7) &+ low7) | word) & highs
    }

    /// The bytes of `word` that equal `byte`.
    @inline(__always)
    static func equal(_ word: UInt64, _ byte: UInt8) -> UInt64 {
        zeros(word ^ (UInt64(byte) &* 0x0101_0101_0101_0101))
    }

    /// The high bit of each ASCII byte of `word` that lies in `low...high` (at most 0x7F). Of
    /// a byte `t` below 0x80, `t + (0x80 - low)` and `(0x80 + high) - t` both have the high
    /// bit set when it lies in the span; neither carries or borrows into the next byte.
    @inline(__always)
    static func within(_ word: UInt64, _ low: UInt8, _ high: UInt8) -> UInt64 {
        let ones: UInt64 = 0x0101_0101_0101_0101, low7: UInt64 = 0x7F7F_7F7F_7F7F_7F7F
        let bytes = word & low7
        return (bytes &+ UInt64(0x80 - low) &* ones) & (UInt64(0x80 + UInt16(high)) &* ones &- bytes) & ~word & highs
    }

    /// The eight bytes at `offset`, the first in the lowest bits.
    @inline(__always)
    static func load(_ base: UnsafePointer<UInt8>, _ offset: Int) -> UInt64 {
        UInt64(littleEndian: UnsafeRawPointer(base + offset).loadUnaligned(as: UInt64.self))
    }
}

/// A set of byte values that can start a match, for skipping the bytes that cannot.
///
/// A scan tests eight bytes at a time and goes straight to the bytes of a word that are
/// members from 0x20 up (or below 0x20, looked up, when the set has such members). Members must be ASCII bytes or lead bytes (never a continuation
/// byte 0x80–0xBF), so every byte found starts a scalar.
struct ByteSet: Sendable {
    /// Whether each byte value is a member.
    private let members: [Bool]
    /// Members from 0x20 up, each repeated in all eight bytes of a word.
    private let probes: [UInt64]
    /// Whether any member is below 0x20.
    private let hasControls: Bool
    /// The member of a one-member set: searched for by `memchr`.
    private let single: UInt8?

    private static let ones: UInt64 = 0x0101_0101_0101_0101
    private static let highs: UInt64 = 0x8080_8080_8080_8080

    /// Makes a set of byte values.
    init(_ values: some Sequence<UInt8>) {
        var members = [Bool](repeating: false, count: 256)
        var probes: [UInt64] = [], hasControls = false
        let distinct = Set(values)
        for byte in distinct.sorted() {
            precondition(byte & 0xC0 != 0x80, "a byte set holds no continuation bytes")
            members[Int(byte)] = true
            if byte < 0x20 { hasControls = true } else { probes.append(UInt64(byte) &* Self.ones) }
        }
        self.members = members
        self.probes = probes
        self.hasControls = hasControls
        single = distinct.count == 1 ? distinct.first : nil
    }

    /// Whether the set holds a byte.
    @inline(__always)
    func contains(_ byte: UInt8) -> Bool { members[Int(byte)] }

    /// The high bit of each byte of `word` that is a probe's byte or a control byte (the
    /// latter still need a look-up: not every control is a member). Exact per byte: no borrow
    /// runs from one byte into the next.
    @inline(__always)
    private func candidates(_ word: UInt64, _ probes: UnsafeBufferPointer<UInt64>) -> UInt64 {
        let low7: UInt64 = 0x7F7F_7F7F_7F7F_7F7F
        var found: UInt64 = 0
        // A byte below 0x20: its low seven bits plus 0x60 stay below 0x80, and its high bit is clear.
        if hasControls { found |= ~((word & low7) &+ 0x6060_6060_6060_6060) & ~word & Self.highs }
        for probe in probes {
            found |= WordBytes.zeros(word ^ probe)  // a member's byte becomes zero
        }
        return found
    }

    func next(in buffer: UnsafeBufferPointer<UInt8>, from index: Int, to end: Int) -> Int {
        guard let base = buffer.baseAddress, index < end else { return end }
        if let single {
            guard let found = memchr(base + index, Int32(single), end - index) else { return end }
            return base.distance(to: found.assumingMemoryBound(to: UInt8.self))
        }
        return members.withUnsafeBufferPointer { members in
            probes.withUnsafeBufferPointer { probes in
                var index = index
                while index + 8 <= end {
                    let word = UInt64(littleEndian: UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self))
                    var found = candidates(word, probes)
                    while found != 0 {
                        let offset = index + found.trailingZeroBitCount / 8
                        if members[Int(buffer[offset])] { return offset }
                        found &= found &- 1
                    }
                    index += 8
                }
                while index < end {
                    if members[Int(buffer[index])] { return index }
                    index += 1
                }
                return end
            }
        }
    }

    func next(in bytes: [UInt8], from index: Int, to end: Int) -> Int {
        bytes.withUnsafeBufferPointer { next(in: $0, from: index, to: end) }
    }

    /// The offset of the first byte from 0x80 up at or after `index` and before `end`, or
    /// `end`: skips ASCII eight bytes at a time.
    static func nextNonASCII(in bytes: [UInt8], from index: Int, to end: Int) -> Int {
        bytes.withUnsafeBufferPointer { nextNonASCII(in: $0, from: index, to: end) }
    }

    /// `nextNonASCII(in:from:to:)` over a buffer.
    static func nextNonASCII(in buffer: UnsafeBufferPointer<UInt8>, from index: Int, to end: Int) -> Int {
        guard let base = buffer.baseAddress else { return end }
        var index = index
        while index + 8 <= end {
            let word = UInt64(littleEndian: UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self))
            if word & highs != 0 { return index + (word & highs).trailingZeroBitCount / 8 }
            index += 8
        }
        while index < end && buffer[index] < 0x80 { index += 1 }
        return min(index, end)
    }
}

/// Byte searches: `memchr` for one rare byte (the markup rules look for one each), and a
/// naive substring search for short texts (a pattern source, a watermark).
enum ByteSearch {
    /// The offset of the next `byte` at or after `start`, or nil.
    static func next(_ byte: UInt8, in bytes: [UInt8], from start: Int) -> Int? {
        guard start < bytes.count else { return nil }
        return bytes.withUnsafeBufferPointer { buffer -> Int? in
            guard let base = buffer.baseAddress, let found = memchr(base + start, Int32(byte), buffer.count - start) else { return nil }
            return base.distance(to: found.assumingMemoryBound(to: UInt8.self))
        }
    }

    /// Where `needle` first occurs in `haystack` (an empty needle at 0).
    /// How many times `byte` occurs in `bytes`, counting no further than `limit`: eight bytes
    /// at a time (an exact per-byte equality mask and its population count).
    static func count(_ byte: UInt8, in bytes: [UInt8], upTo limit: Int) -> Int {
        bytes.withUnsafeBufferPointer { buffer -> Int in
            guard let base = buffer.baseAddress else { return 0 }
            var count = 0, index = 0
            // Four words a step, tested together (the byte is rare where this is asked).
            while index + 32 <= buffer.count && count < limit {
                let a = WordBytes.equal(WordBytes.load(base, index), byte), b = WordBytes.equal(WordBytes.load(base, index + 8), byte)
                let c = WordBytes.equal(WordBytes.load(base, index + 16), byte), d = WordBytes.equal(WordBytes.load(base, index + 24), byte)
                if a | b | c | d != 0 { count += a.nonzeroBitCount + b.nonzeroBitCount + c.nonzeroBitCount + d.nonzeroBitCount }
                index += 32
            }
            while index + 8 <= buffer.count && count < limit {
                let found = WordBytes.equal(WordBytes.load(base, index), byte)
                if found != 0 { count += found.nonzeroBitCount }  // rare: skip the software popcount
                index += 8
            }
            while index < buffer.count && count < limit {
                if buffer[index] == byte { count += 1 }
                index += 1
            }
            return min(count, limit)
        }
    }

    /// Whether a byte in `values` (both bounds from 0x80 up) occurs in `range` of `bytes`: eight
    /// bytes at a time. Of a byte from 0x80 up, the low seven bits `t` lie in the bounds' when
    /// `t + (0x80 - low)` and `(0x80 + high) - t` both have the high bit set; neither carries
    /// or borrows into the next byte.
    static func contains(_ values: ClosedRange<UInt8>, in bytes: [UInt8], _ range: Range<Int>) -> Bool {
        precondition(values.lowerBound >= 0x80)
        return bytes.withUnsafeBufferPointer { buffer -> Bool in
            guard let base = buffer.baseAddress else { return false }
            let ones: UInt64 = 0x0101_0101_0101_0101, low7: UInt64 = 0x7F7F_7F7F_7F7F_7F7F, highs: UInt64 = 0x8080_8080_8080_8080
            let above = UInt64(0x80 - (values.lowerBound & 0x7F)) &* ones, below = UInt64(0x80 + (values.upperBound & 0x7F)) &* ones
            func holds(_ word: UInt64) -> Bool {
                let low = word & low7
                return (low &+ above) & (below &- low) & word & highs != 0
            }
            var index = range.lowerBound
            // Four words a step: ASCII text (no byte from 0x80 up) costs one test.
            while index + 32 <= range.upperBound {
                let a = WordBytes.load(base, index), b = WordBytes.load(base, index + 8)
                let c = WordBytes.load(base, index + 16), d = WordBytes.load(base, index + 24)
                if (a | b | c | d) & highs != 0, holds(a) || holds(b) || holds(c) || holds(d) { return true }
                index += 32
            }
            while index + 8 <= range.upperBound {
                if holds(WordBytes.load(base, index)) { return true }
                index += 8
            }
            while index < range.upperBound {
                if values.contains(buffer[index]) { return true }
                index += 1
            }
            return false
        }
    }

    /// The first `byte` in `start..<end`, or `end`.
    static func next(_ byte: UInt8, in bytes: [UInt8], from start: Int, to end: Int) -> Int {
        guard start < end else { return end }
        return bytes.withUnsafeBufferPointer { buffer -> Int in
            guard let base = buffer.baseAddress, let found = memchr(base + start, Int32(byte), end - start) else { return end }
            return base.distance(to: found.assumingMemoryBound(to: UInt8.self))
        }
    }

    static func firstOffset(of needle: [UInt8], in haystack: UnsafeBufferPointer<UInt8>) -> Int? {
        guard let first = needle.first else { return 0 }
        guard needle.count <= haystack.count else { return nil }
        for start in 0...(haystack.count - needle.count) where haystack[start] == first {
            var matched = 1
            while matched < needle.count && haystack[start + matched] == needle[matched] { matched += 1 }
            if matched == needle.count { return start }
        }
        return nil
    }

    /// `firstOffset(of:in:)` over a byte array.
    static func firstOffset(of needle: [UInt8], in haystack: [UInt8]) -> Int? {
        haystack.withUnsafeBufferPointer { firstOffset(of: needle, in: $0) }
    }
}
