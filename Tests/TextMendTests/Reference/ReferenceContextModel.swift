import Foundation
@testable import TextMend

/// The word-context model as textmend built it at run time before its tables were built ahead
/// of time (Scripts/build-tables.py): parsed from the line list. `EmbeddedTablesTests` checks
/// that the embedded tables answer the same.
final class ReferenceContextModel {
    /// Word hash -> back-off association code; pair hash -> association code (0: empty).
    let wordKeys: [UInt64], wordCodes: [UInt8], wordMask: Int
    let pairKeys: [UInt64], pairCodes: [UInt8], pairMask: Int

    /// Parses the line format of `Scripts/build-context-model.py` (`words`, `pairs`: how
    /// many it holds) straight into the two tables.
    init(lines: StaticString, words: Int, pairs: Int) {
        var wordKeys = [UInt64](repeating: 0, count: Self.capacity(words)), wordCodes = [UInt8](repeating: 0, count: wordKeys.count)
        var pairKeys = [UInt64](repeating: 0, count: Self.capacity(pairs)), pairCodes = [UInt8](repeating: 0, count: pairKeys.count)
        let wordMask = wordKeys.count - 1, pairMask = pairKeys.count - 1
        lines.withUTF8Buffer { buffer in
            var index = 0
            var first: UInt64 = 0, hash = Lexicon.seed, atLineStart = true
            while index < buffer.count {
                let byte = buffer[index]
                if byte >= 0x80 {
                    let (scalar, size) = Lexicon.decode(buffer, index)
                    hash = Lexicon.extend(hash, scalar)
                    index += size
                    continue
                }
                index += 1
                if byte == 0x0A {
                    atLineStart = true
                } else if atLineStart {
                    // A code ends a word: the line's first word, or a second word of a pair.
                    first = hash
                    Self.insert(hash, byte, &wordKeys, &wordCodes, wordMask)
                    atLineStart = false
                } else {
                    Self.insert(ContextModel.pairHash(first, hash), byte, &pairKeys, &pairCodes, pairMask)
                }
                hash = Lexicon.seed
            }
        }
        (self.wordKeys, self.wordCodes, self.wordMask) = (wordKeys, wordCodes, wordMask)
        (self.pairKeys, self.pairCodes, self.pairMask) = (pairKeys, pairCodes, pairMask)
    }

    /// A power of two at least 1.5 times `count`.
    static func capacity(_ count: Int) -> Int {
        var capacity = 1
        while capacity < count * 3 / 2 { capacity <<= 1 }
        return capacity
    }

    @inline(__always)
    static func insert(_ key: UInt64, _ code: UInt8, _ keys: inout [UInt64], _ codes: inout [UInt8], _ mask: Int) {
        var index = Int(truncatingIfNeeded: key >> 7) & mask
        while keys[index] != 0 && keys[index] != key { index = (index + 1) & mask }
        keys[index] = key
        codes[index] = code
    }

    @inline(__always)
    static func find(_ key: UInt64, _ keys: [UInt64], _ codes: [UInt8], _ mask: Int) -> UInt8 {
        var index = Int(truncatingIfNeeded: key >> 7) & mask
        while true {
            let found = keys[index]
            if found == key { return codes[index] }
            if found == 0 { return 0 }
            index = (index + 1) & mask
        }
    }

}
