// The tables are written little-endian (Scripts/build-tables.py) and read as they lie.
#if _endian(big)
#error("the embedded tables are little-endian")
#endif

/// A hash table built by Scripts/build-tables.py and read in place: records sorted by key,
/// one UInt64 each (the key's low bits, the value above them), found through the starts of
/// buckets picked by the key's top bits (the lexicon: half a record a bucket, the context model four).
struct EmbeddedHashTable: @unchecked Sendable {
    private let records: UnsafePointer<UInt64>
    private let starts: UnsafePointer<UInt32>
    private let bucketShift: UInt64
    private let valueShift: UInt64
    private let lowMask: UInt64
    /// How many keys the table holds.
    let count: Int

    /// `bucketBits` >= `valueBits`: the bucket holds every key bit the record leaves out.
    init(records: UnsafePointer<UInt64>, starts: UnsafePointer<UInt32>, bucketBits: Int, valueBits: Int) {
        precondition(bucketBits >= valueBits && bucketBits < 32)
        self.records = records
        self.starts = starts
        bucketShift = UInt64(64 - bucketBits)
        valueShift = UInt64(64 - valueBits)
        lowMask = UInt64.max >> UInt64(valueBits)
        count = Int(starts[1 << bucketBits])
    }

    /// The value stored for a key; 0 when the key is absent (no stored value is 0).
    @inline(__always)
    func value(_ key: UInt64) -> UInt64 {
        let bucket = Int(truncatingIfNeeded: key >> bucketShift)
        var index = Int(starts[bucket])
        let end = Int(starts[bucket + 1])
        let low = key & lowMask
        while index < end {
            let record = records[index]
            let found = record & lowMask
            if found >= low { return found == low ? record >> valueShift : 0 }
            index += 1
        }
        return 0
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
