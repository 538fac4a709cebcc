import Foundation
@testable import TextMend

/// The lexicon as textmend built it at run time before its tables were built ahead of time
/// (Scripts/build-tables.py): parsed from the line list. `EmbeddedTablesTests` checks that the
/// embedded table answers the same.
final class ReferenceLexicon {
    let keys: [UInt64]
    let values: [UInt16]
    let mask: Int
    let standalone: [UInt8]
    let logTotal: Double
    let maxWordLength: Int
    let leftPartners: [UInt32: [Unicode.Scalar]]
    let rightPartners: [UInt32: [Unicode.Scalar]]
    let pairBits: [UInt64]
    let standaloneShares: [Double]
    let singleScores: [Float]

    init(lines: StaticString) {
        var standalone = [UInt8](repeating: 0, count: 0x10000)
        var singleClass = [UInt16](repeating: 0, count: 0x10000)
        var total = 0.0
        var longest = 1
        var pairs: [(first: UInt32, second: UInt32, frequencyClass: UInt8)] = []
        var pairBits = [UInt64](repeating: 0, count: CharacterPairs.bitCount / 64)
        // Every key is a word or a proper prefix, one per scalar of some line, and a scalar
        // takes 2 bytes or more (a line also its codes): fewer keys than half the bytes, so a
        // slot stays free; 3-byte Han characters fill at most 2/3 of the table.
        var capacity = 1
        while capacity < lines.utf8CodeUnitCount / 2 { capacity <<= 1 }
        var keys = [UInt64](repeating: 0, count: capacity)
        var values = [UInt16](repeating: 0, count: capacity)
        let mask = capacity - 1
        // exp(class / 4) for every class a byte can code, so the sum below costs no exp calls.
        let weights = (0..<256).map { exp(Double($0) / 4) }
        keys.withUnsafeMutableBufferPointer { keys in
        values.withUnsafeMutableBufferPointer { values in
        pairBits.withUnsafeMutableBufferPointer { pairBits in
        lines.withUTF8Buffer { buffer in
            guard let bytes = buffer.baseAddress else { return }
            @inline(__always)
            func slot(_ key: UInt64) -> Int {
                var index = Int(truncatingIfNeeded: key) & mask
                while keys[index] != 0 && keys[index] != key { index = (index + 1) & mask }
                return index
            }
            // The previous word's scalars, and the current word's proper prefixes not yet
            // entered (entered once the line proves to be a word). No line has more scalars
            // than half the bytes; only the pages a word touches are ever used.
            let count = buffer.count
            let previousWord = UnsafeMutablePointer<UInt32>.allocate(capacity: count / 2 + 1)
            let pending = UnsafeMutablePointer<UInt64>.allocate(capacity: count / 2 + 1)
            defer { previousWord.deallocate(); pending.deallocate() }
            var previousLength = 0
            var index = 0
            while index < count {
                // Word scalars first (all non-ASCII), then the ASCII codes up to the line end.
                // The word is hashed as it is decoded; every hash a further scalar extends is
                // a prefix's.
                var hash = Lexicon.seed, length = 0, common = 0, pendingCount = 0
                var first: UInt32 = 0, second: UInt32 = 0, previous: UInt32 = 0
                var cursor = index
                while cursor < count && bytes[cursor] >= 0x80 {
                    let (scalar, size) = Lexicon.decode(bytes, cursor)
                    if length > 0 {
                        // Entered by the previous word when it starts with these `length`
                        // scalars and is longer.
                        let known = common == length && length < previousLength
                        if !known {
                            pending[pendingCount] = hash
                            pendingCount += 1
                        }
                        if !known || previousWord[length] != scalar {
                            let bit = CharacterPairs.bit(previous, scalar)
                            pairBits[bit >> 6] |= 1 << UInt64(bit & 63)
                        }
                    }
                    if common == length && length < previousLength && previousWord[length] == scalar { common += 1 }
                    previousWord[length] = scalar
                    previous = scalar
                    hash = Lexicon.extend(hash, scalar)
                    if length == 0 { first = scalar } else if length == 1 { second = scalar }
                    length += 1
                    cursor += size
                }
                let codesStart = cursor
                while cursor < count && bytes[cursor] != 0x0A { cursor += 1 }
                let codes = UnsafeBufferPointer(start: bytes + codesStart, count: cursor - codesStart)
                index = cursor + 1
                guard length > 0, codes.count >= 2 else {
                    previousLength = 0  // its prefixes were not entered
                    continue
                }
                previousLength = length
                let frequencyClass = UInt16(codes[0] - 0x21)
                let tag = UInt16(codes[1] >= 0x61 && codes[1] <= 0x7A ? codes[1] - 0x60 : 0)
                let word = slot(hash)
                keys[word] = hash
                values[word] = values[word] & 0x8000 | max(1, frequencyClass) | tag << 8
                for prefix in UnsafeBufferPointer(start: pending, count: pendingCount) {
                    let found = slot(prefix)
                    keys[found] = prefix
                    values[found] |= 0x8000
                }
                total += weights[Int(frequencyClass)]
                longest = max(longest, length)
                if length == 2, frequencyClass >= Lexicon.partnerClass {
                    pairs.append((first, second, UInt8(frequencyClass)))
                }
                if length == 1, first < 0x10000 { singleClass[Int(first)] = max(1, frequencyClass) }
                if length == 1, codes.count >= 3, first < 0x10000 {
                    standalone[Int(first)] = codes[2] - 0x21 + 1
                }
            }
        }
        }
        }
        }
        self.keys = keys
        self.values = values
        self.pairBits = pairBits
        self.mask = mask
        self.standalone = standalone
        standaloneShares = (0..<256).map { code in code == 0 ? 0 : exp(-Double(code - 1) / 4) }
        self.logTotal = log(total)
        self.maxWordLength = longest
        // Most frequent first, ties in dictionary order: a stable counting sort by class.
        var starts = [Int](repeating: 0, count: 257)
        for pair in pairs { starts[255 - Int(pair.frequencyClass) + 1] += 1 }
        for index in 1..<starts.count { starts[index] += starts[index - 1] }
        var sorted = pairs
        for pair in pairs {
            sorted[starts[255 - Int(pair.frequencyClass)]] = pair
            starts[255 - Int(pair.frequencyClass)] += 1
        }
        pairs = sorted
        self.leftPartners = Self.group(pairs.map { ($0.second, $0.first) })
        self.rightPartners = Self.group(pairs.map { ($0.first, $0.second) })
        // Same formula as `Segmenter.singleScore` at the default penalty.
        let logTotal = log(total)
        var scores = [Float](repeating: Float(-logTotal - 4), count: 0x10000)
        for value in 0..<0x10000 where singleClass[value] > 0 {
            let share = standalone[value] == 0 ? 1 : max(exp(-Double(standalone[value] - 1) / 4), 0.01)
            scores[value] = Float(Double(singleClass[value]) / 4 - logTotal + log(share))
        }
        singleScores = scores
    }

    /// The values of each key in the order given: a counting sort by key (BMP keys), so
    /// each key enters the dictionary once (a dictionary update per pair cost more).
    private static func group(_ pairs: [(key: UInt32, value: UInt32)]) -> [UInt32: [Unicode.Scalar]] {
        var starts = [Int](repeating: 0, count: 0x10001)
        var groups: [UInt32: [Unicode.Scalar]] = [:]
        for pair in pairs {
            if pair.key < 0x10000 {
                starts[Int(pair.key) + 1] += 1
            } else {
                groups[pair.key, default: []].append(Unicode.Scalar(pair.value)!)
            }
        }
        var keys = 0
        for key in 0..<0x10000 {
            if starts[key + 1] > 0 { keys += 1 }
            starts[key + 1] += starts[key]
        }
        groups.reserveCapacity(groups.count + keys)
        var flat = [Unicode.Scalar](repeating: "\0", count: starts[0x10000])
        var next = starts
        for pair in pairs where pair.key < 0x10000 {
            flat[next[Int(pair.key)]] = Unicode.Scalar(pair.value)!
            next[Int(pair.key)] += 1
        }
        for key in 0..<0x10000 where starts[key + 1] > starts[key] {
            groups[UInt32(key)] = Array(flat[starts[key]..<starts[key + 1]])
        }
        return groups
    }

}

extension Lexicon {
    /// One non-ASCII UTF-8 scalar of the line lists and its length (the old loaders' decoder).
    @inline(__always)
    static func decode(_ buffer: UnsafeBufferPointer<UInt8>, _ index: Int) -> (UInt32, Int) {
        decode(buffer.baseAddress!, index)
    }

    @inline(__always)
    static func decode(_ buffer: UnsafePointer<UInt8>, _ index: Int) -> (UInt32, Int) {
        let b0 = UInt32(buffer[index])
        if b0 < 0xE0 { return ((b0 & 0x1F) << 6 | UInt32(buffer[index + 1] & 0x3F), 2) }
        if b0 < 0xF0 {
            return ((b0 & 0x0F) << 12 | UInt32(buffer[index + 1] & 0x3F) << 6 | UInt32(buffer[index + 2] & 0x3F), 3)
        }
        return ((b0 & 0x07) << 18 | UInt32(buffer[index + 1] & 0x3F) << 12
                | UInt32(buffer[index + 2] & 0x3F) << 6 | UInt32(buffer[index + 3] & 0x3F), 4)
    }
}
