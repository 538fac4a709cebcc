/// A set of scalars, to ask whether a line's bytes hold one of them without decoding the line
/// into `LineScalars` (the second pass and a trial of inferred terms look only at runs holding
/// certain characters, found in few lines).
struct ScalarSet {
    /// One bit per value modulo 1024 (a member's bit is set): most scalars are turned away here.
    private var filter = [UInt64](repeating: 0, count: 16)
    private let members: Set<UInt32>
    /// Whether a member is ASCII.
    private let holdsASCII: Bool

    init(_ scalars: Set<Unicode.Scalar>) {
        members = Set(scalars.map(\.value))
        for value in members { filter[Int(value & 1023) >> 6] |= 1 << UInt64(value & 63) }
        holdsASCII = scalars.contains { $0.isASCII }
    }

    /// Whether the bytes of `range` hold a member.
    func meets(_ document: Document, _ range: Range<Int>) -> Bool {
        guard !members.isEmpty else { return false }
        return document.bytes.withUnsafeBufferPointer { bytes in
            filter.withUnsafeBufferPointer { filter in
                var index = range.lowerBound
                while index < range.upperBound {
                    let lead = UInt32(bytes[index])
                    let value: UInt32, length: Int
                    if lead < 0x80 {
                        // When no member is ASCII, the ASCII run is skipped, eight bytes at a time
                        // (tried only at an ASCII byte: not after each character of a Han run).
                        if !holdsASCII, let base = bytes.baseAddress {
                            index += 1
                            while index + 8 <= range.upperBound && WordBytes.load(base, index) & WordBytes.highs == 0 { index += 8 }
                            while index < range.upperBound && bytes[index] < 0x80 { index += 1 }
                            continue
                        }
                        (value, length) = (lead, 1)
                    } else if lead < 0xC0 {
                        index += 1
                        continue
                    } else if lead < 0xE0 {
                        (value, length) = ((lead & 0x1F) << 6 | UInt32(bytes[index + 1] & 0x3F), 2)
                    } else if lead < 0xF0 {
                        (value, length) = ((lead & 0x0F) << 12 | UInt32(bytes[index + 1] & 0x3F) << 6 | UInt32(bytes[index + 2] & 0x3F), 3)
                    } else {
                        let decoded = document.scalar(at: index)
                        (value, length) = (decoded.scalar.value, decoded.length)
                    }
                    if filter[Int(value & 1023) >> 6] & (1 << UInt64(value & 63)) != 0 && members.contains(value) { return true }
                    index += length
                }
                return false
            }
        }
    }
}
