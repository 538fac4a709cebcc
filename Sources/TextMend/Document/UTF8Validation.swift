/// Strict UTF-8 checks (no overlongs, no surrogates, nothing above U+10FFFF).
enum UTF8Validation {
    /// Offset of the first byte that does not start a valid sequence, or nil.
    static func firstInvalidOffset(_ bytes: [UInt8], from start: Int = 0) -> Int? {
        bytes.withUnsafeBufferPointer { buffer in
            var index = start
            let count = buffer.count
            while index < count {
                // ASCII fast path, eight bytes at a time.
                while index + 8 <= count,
                      UnsafeRawPointer(buffer.baseAddress! + index).loadUnaligned(as: UInt64.self) & 0x8080_8080_8080_8080 == 0 {
                    index += 8
                }
                // Then sequence after sequence up to the next ASCII byte, without the word test
                // before each (CJK text is long runs of three-byte sequences).
                while index < count {
                    if buffer[index] < 0x80 { index += 1; break }
                    guard let length = sequenceLength(buffer, at: index) else { return index }
                    index += length
                }
            }
            return nil
        }
    }

    /// Length of the valid sequence starting at `index`, or nil.
    @inline(__always)
    static func sequenceLength<C: RandomAccessCollection>(_ bytes: C, at index: Int) -> Int? where C.Element == UInt8, C.Index == Int {
        let b0 = bytes[index]
        let count = bytes.endIndex
        func continuation(_ offset: Int) -> Bool {
            index + offset < count && bytes[index + offset] & 0xC0 == 0x80
        }
        switch b0 {
        case 0x00...0x7F: return 1
        case 0xC2...0xDF: return continuation(1) ? 2 : nil
        case 0xE0:
            return continuation(1) && bytes[index + 1] >= 0xA0 && continuation(2) ? 3 : nil
        case 0xED:
            return continuation(1) && bytes[index + 1] < 0xA0 && continuation(2) ? 3 : nil
        case 0xE1...0xEF: return continuation(1) && continuation(2) ? 3 : nil
        case 0xF0:
            return continuation(1) && bytes[index + 1] >= 0x90 && continuation(2) && continuation(3) ? 4 : nil
        case 0xF4:
            return continuation(1) && bytes[index + 1] < 0x90 && continuation(2) && continuation(3) ? 4 : nil
        case 0xF1...0xF3: return continuation(1) && continuation(2) && continuation(3) ? 4 : nil
        default: return nil
        }
    }

    /// True when the bytes are UTF-8 with a little damage: valid multi-byte sequences
    /// outnumber the bad bytes many times over.
    static func looksLikeDamagedUTF8(_ bytes: [UInt8]) -> Bool {
        var valid = 0, invalid = 0, index = 0
        let sample = bytes.count > (1 << 20) ? Array(bytes.prefix(1 << 20)) : bytes
        while index < sample.count {
            if sample[index] < 0x80 { index += 1; continue }
            if let length = sequenceLength(sample, at: index) {
                valid += 1
                index += length
            } else {
                invalid += 1
                index += 1
            }
        }
        return valid >= 4 && invalid * 20 <= valid
    }
}
