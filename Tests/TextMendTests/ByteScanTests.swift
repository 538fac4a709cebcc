import Testing
@testable import TextMend

/// The eight-at-a-time byte scans find exactly what a byte-by-byte scan finds.
struct ByteScanTests {
    /// Random bytes weighted towards the members, controls and line breaks.
    static func sample(_ seed: UInt64, _ count: Int) -> [UInt8] {
        var state = seed
        let favourites: [UInt8] = [0x0A, 0x0D, 0x09, 0x00, 0x1B, 0x20, 0x28, 0x3F, 0x60, 0x7F, 0x80, 0xC2, 0xE2, 0xE3, 0xEF, 0xFF]
        return (0..<count).map { _ in
            state = state &* 6364136223846793005 &+ 1442695040888963407
            let value = UInt8(truncatingIfNeeded: state >> 33)
            return value & 1 == 0 ? favourites[Int(value >> 1) % favourites.count] : value
        }
    }

    @Test("ByteSet.next finds the first member, as a byte-by-byte scan does")
    func byteSetNext() {
        let sets: [[UInt8]] = [[0xE2, 0xE3, 0xEF], [0x28, 0x29, 0x5B, 0x5D, 0xE2, 0xE3, 0xEF],
                               Array(0x00...0x08) + [0x0B] + Array(0x0E...0x1F) + [0x7F, 0xC2], [0x0A], [0x3F, 0xE5, 0xE7, 0xE9], [0xFF]]
        for (number, members) in sets.enumerated() {
            let set = ByteSet(members)
            for seed in 0..<20 {
                let bytes = Self.sample(UInt64(seed * 31 + number), 300)
                for start in stride(from: 0, to: bytes.count, by: 7) {
                    for end in [bytes.count, min(bytes.count, start + 13), start] {
                        let expected = (start..<end).first { members.contains(bytes[$0]) } ?? end
                        #expect(set.next(in: bytes, from: start, to: end) == expected, "set \(number), seed \(seed), \(start)..<\(end)")
                    }
                }
            }
        }
    }

    @Test("ByteSearch.next finds the first byte in a range")
    func byteSearchNext() {
        let bytes = Self.sample(7, 500)
        for start in stride(from: 0, to: bytes.count, by: 11) {
            for end in [bytes.count, min(bytes.count, start + 17), start] {
                let expected = (start..<end).first { bytes[$0] == 0x60 } ?? end
                #expect(ByteSearch.next(0x60, in: bytes, from: start, to: end) == expected)
            }
        }
    }

    @Test("StrippedScan.mayHoldGap answers as a byte-by-byte scan does")
    func mayHoldGap() {
        // The reference: the scan's byte loop over the whole range, without the word skip.
        func naive(_ bytes: [UInt8], _ range: Range<Int>) -> Bool {
            bytes.withUnsafeBufferPointer { StrippedScan.holdsGapBytewise($0, range, from: range.lowerBound) }
        }
        let pieces: [[UInt8]] = [Array("word ".utf8), Array("(x".utf8), Array(" ,".utf8), Array(", ".utf8), Array("a.".utf8), Array("( ".utf8), Array("  ".utf8), Array(" )".utf8),
                                 Array("()".utf8), Array("[ ".utf8), Array("[]".utf8), Array("\"\"".utf8), Array(" \" ".utf8), Array("x\" ".utf8), Array("]".utf8), [0xE4, 0xB8, 0xAD]]
        var state: UInt64 = 1
        for _ in 0..<400 {
            var bytes: [UInt8] = []
            while bytes.count < 40 {
                state = state &* 6364136223846793005 &+ 1442695040888963407
                let pick = Int(state >> 33) % (pieces.count * 3)
                bytes += pick < pieces.count * 2 ? [Array("abcdefgh xy".utf8)[pick % 11]] : pieces[pick % pieces.count]
            }
            let document = Document(utf8: bytes, encoding: .utf8)
            for start in 0..<12 {
                for end in [bytes.count, start + 9, start + 17, start] {
                    #expect(StrippedScan.mayHoldGap(document, start..<end) == naive(bytes, start..<end), "\(bytes) \(start)..<\(end)")
                }
            }
        }
    }

    @Test("ByteSearch.count counts a byte up to a limit")
    func byteSearchCount() {
        for seed in 0..<30 {
            let bytes = Self.sample(UInt64(seed), seed * 13)
            let total = bytes.filter { $0 == 0x28 }.count
            for limit in [0, 1, 3, total, total + 1, 1000] {
                #expect(ByteSearch.count(0x28, in: bytes, upTo: limit) == min(total, limit))
            }
        }
    }

    @Test("LineScalars.load into reused storage reads a range as a new LineScalars does")
    func lineScalarsLoad() {
        let document = Document(text: "Hello, world;x\n中文，混合 text: 𝄞 emoji 👍🏽 end\n\nshort\n" + String(repeating: "长行文本", count: 50))
        var reused = LineScalars()
        for (start, end) in [(0, 14), (15, 60), (0, 0), (61, 66), (15, 20), (0, document.bytes.count), (67, 100), (5, 6)] {
            // Ranges on scalar boundaries.
            var low = start, high = min(end, document.bytes.count)
            while low < document.bytes.count, document.bytes[low] & 0xC0 == 0x80 { low += 1 }
            while high < document.bytes.count, document.bytes[high] & 0xC0 == 0x80 { high += 1 }
            high = max(low, high)
            reused.load(document, low..<high)
            let fresh = LineScalars(document, low..<high)
            #expect(reused.scalars == fresh.scalars && reused.offsets == fresh.offsets && reused.nonASCII == fresh.nonASCII, "\(low)..<\(high)")
        }
    }

    @Test("Document counts scalars eight bytes at a time as a scalar-by-scalar count does")
    func scalarCounts() {
        var text = ""
        for index in 0..<900 { text += index % 3 == 0 ? "中文，" : index % 3 == 1 ? "ab 👍🏽 " : "é\n" }
        let document = Document(text: text)
        #expect(document.scalarCount == text.unicodeScalars.count)
        var offset = 0, scalars = 0
        for scalar in text.unicodeScalars {
            if scalars % 37 == 0 { #expect(document.scalarOffset(ofByte: offset) == scalars) }
            offset += String(scalar).utf8.count
            scalars += 1
        }
        #expect(document.scalarOffset(ofByte: document.bytes.count) == scalars)
    }

    @Test("ByteSearch.contains finds a byte in the span wherever a byte-by-byte scan does")
    func containsSpan() {
        for seed in 0..<20 {
            var bytes = Self.sample(UInt64(seed * 13 + 3), 300)
            // Long ASCII stretches, so the four-words-a-step skip runs too.
            for index in bytes.indices where (index / 40) % 3 != 0 { bytes[index] &= 0x7F }
            for values: ClosedRange<UInt8> in [0xE3...0xE9, 0xE3...0xFF, 0x80...0x80] {
                for start in stride(from: 0, to: bytes.count, by: 11) {
                    for end in [bytes.count, min(bytes.count, start + 37), min(bytes.count, start + 70)] {
                        let expected = bytes[start..<end].contains { values.contains($0) }
                        #expect(ByteSearch.contains(values, in: bytes, start..<end) == expected, "seed \(seed), \(values), \(start)..<\(end)")
                    }
                }
            }
        }
    }

    @Test("BytePairs knows exactly the bytes and adjacent pairs of a text")
    func bytePairs() {
        for seed in 0..<10 {
            let bytes = Self.sample(UInt64(seed * 17 + 5), 200 + seed * 40)
            let pairs = BytePairs(document: Document(utf8: bytes, encoding: .utf8), context: RuleContext())
            var expected = Set<Int>()
            for index in bytes.indices.dropLast() { expected.insert(Int(bytes[index]) << 8 | Int(bytes[index + 1])) }
            for first in 0x01...0xFF {
                for second in 0...0xFF {
                    #expect(pairs.contains(UInt8(first), UInt8(second)...UInt8(second)) == expected.contains(first << 8 | second), "seed \(seed), \(first) \(second)")
                    #expect(pairs.mayContain([UInt8(first), UInt8(second)]) == expected.contains(first << 8 | second))
                }
            }
            for byte in 0...0xFF { #expect(pairs.contains(UInt8(byte)) == bytes.contains(UInt8(byte))) }
            #expect(!pairs.mayContain([0xEF, 0xBF, 0xBD]) || (expected.contains(0xEFBF) && expected.contains(0xBFBD)))
        }
    }

    @Test("UTF8Validation.firstInvalidOffset finds what a sequence-by-sequence walk finds")
    func firstInvalidOffset() {
        func reference(_ bytes: [UInt8], _ start: Int) -> Int? {
            var index = start
            while index < bytes.count {
                guard let length = UTF8Validation.sequenceLength(bytes, at: index) else { return index }
                index += length
            }
            return nil
        }
        let valid = Array("中文，混合 text: 𝄞 emoji 👍🏽 end\n纯中文文本没有空格".utf8)
        for seed in 0..<60 {
            var bytes = Self.sample(UInt64(seed), seed * 7)
            // Mostly valid text with a damaged byte somewhere (or none).
            var text = Array(valid.prefix(seed % valid.count)) + Array(repeating: 0x41, count: seed % 11) + valid
            if seed % 3 != 0 { text[(seed * 31) % text.count] = bytes.first ?? 0xFF }
            bytes = seed % 2 == 0 ? text : bytes + text
            for start in [0, 1, 5] where start <= bytes.count {
                #expect(UTF8Validation.firstInvalidOffset(bytes, from: start) == reference(bytes, start), "seed \(seed), start \(start)")
            }
        }
    }

    /// `WordBytes.within` marks exactly the ASCII bytes in the span, at every position, for
    /// every byte value and the spans the rules use (and the edges 0x00 and 0x7F).
    @Test func withinMarksTheASCIIBytesInTheSpan() {
        for (low, high) in [(UInt8(0x21), UInt8(0x3F)), (0x30, 0x39), (0x61, 0x7A), (0x00, 0x7F), (0x7F, 0x7F)] {
            for value in 0...255 {
                for position in 0..<8 {
                    // The byte under test among neighbours that are themselves in and out of the span.
                    var bytes: [UInt8] = [0x7F, 0x00, 0xFF, low, high, 0x80, 0x41, 0x20]
                    bytes[position] = UInt8(value)
                    let word = bytes.withUnsafeBufferPointer { WordBytes.load($0.baseAddress!, 0) }
                    let marked = WordBytes.within(word, low, high)
                    for (index, byte) in bytes.enumerated() {
                        #expect((marked >> UInt64(index * 8 + 7)) & 1 == (byte < 0x80 && (low...high).contains(byte) ? 1 : 0))
                    }
                }
            }
        }
    }
}
