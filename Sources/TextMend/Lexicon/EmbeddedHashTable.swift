// The tables are written little-endian (Scripts/build-tables.py) and read as they lie.
#if _endian(big)
#error("the embedded tables are little-endian")
#endif

/// A hash table built by Scripts/build-tables.py and read in place: one UInt64 record a key,
/// placed by linear probing in key order from the home slot its spread key's top bits pick
/// (at most half the slots taken). A record holds the spread key's low bits, how far it lies
/// from its home (coded downwards) and the value in the top bits, so one comparison a slot
/// tells "found", "go on" and "absent": a lookup reads its home slot and one or two after it.
struct EmbeddedHashTable: @unchecked Sendable {
    private let records: UnsafePointer<UInt64>
    /// How many keys the table holds.
    let count: Int

    /// `slotBits` (2^slotBits home slots) and `valueBits` as the reader expects them: fixed in
    /// its code, so that a lookup's shifts and masks are constants (`value(_:slotBits:valueBits:)`).
    init(records: UnsafePointer<UInt64>, count: Int, slotBits: Int, expected: (slotBits: Int, valueBits: Int), _ name: String) {
        precondition(slotBits == expected.slotBits,
                     "\(name) table: \(slotBits) slot bits, the reader expects \(expected.slotBits) (Scripts/build-tables.py)")
        precondition(slotBits > expected.valueBits + 1 && slotBits < 32)
        self.records = records
        self.count = count
    }

    /// FNV-1a's top bits hardly vary with the last scalar: a multiplication by an odd
    /// constant (one to one) spreads every bit into the top ones that pick the home slot.
    @inline(__always)
    static func spread(_ key: UInt64) -> UInt64 { key &* 0x9E37_79B9_7F4A_7C15 }

    /// The value stored for a key; 0 when the key is absent (no stored value is 0). The
    /// layout is passed as constants the caller's code folds in.
    @inline(__always)
    func value(_ key: UInt64, slotBits: UInt64, valueBits: UInt64) -> UInt64 {
        let key = Self.spread(key), keyBits = 64 - slotBits
        let limit: UInt64 = 1 << (slotBits - valueBits) - 1  // the displacement code of a free slot
        var slot = records + Int(truncatingIfNeeded: key >> keyBits)
        var want = key & (UInt64.max >> slotBits) | (limit - 1) << keyBits
        while true {
            let record = slot.pointee
            let found = record & (UInt64.max >> valueBits)
            // Earlier homes' keys code a lower displacement and come first, a later home's or
            // a free slot (all ones) a higher one: the first record not below `want` decides.
            if found >= want { return found == want ? record >> (64 - valueBits) : 0 }
            slot += 1
            want &-= 1 << keyBits
        }
    }
}

/// Two-character words of the lexicon grouped by one of their characters: for a character,
/// the other characters, most frequent word first (read in place, see Scripts/build-tables.py).
public struct Partners: @unchecked Sendable {
    private let count: Int
    private let keyList: UnsafePointer<UInt16>
    private let starts: UnsafePointer<UInt32>
    private let values: UnsafePointer<UInt16>

    /// Reads a partner section: key count, value count, keys, starts, values.
    init(_ section: UnsafePointer<UInt8>) {
        let raw = UnsafeRawPointer(section)
        count = Int(raw.load(as: UInt32.self))
        keyList = (raw + 8).assumingMemoryBound(to: UInt16.self)
        let startsOffset = 8 + (2 * count + 3) / 4 * 4
        starts = (raw + startsOffset).assumingMemoryBound(to: UInt32.self)
        values = (raw + startsOffset + 4 * (count + 1)).assumingMemoryBound(to: UInt16.self)
    }

    /// The characters that have partners, in ascending order.
    public var keys: [UInt32] { (0..<count).map { UInt32(keyList[$0]) } }

    /// The partners of a character, most frequent word first; nil when it has none.
    public subscript(key: UInt32) -> [Unicode.Scalar]? {
        guard key < 0x10000 else { return nil }
        var low = 0, high = count
        while low < high {
            let middle = (low + high) / 2
            if UInt32(keyList[middle]) < key { low = middle + 1 } else { high = middle }
        }
        guard low < count, UInt32(keyList[low]) == key else { return nil }
        return (Int(starts[low])..<Int(starts[low + 1])).map { Unicode.Scalar(UInt32(values[$0]))! }
    }
}
