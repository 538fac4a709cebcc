import Testing
@testable import TextMend

/// The ASCII/CJK fast path of the text reporter's display pieces gives exactly what the
/// general grapheme path gives.
struct ReporterFastPathTests {
    static let ranges: [ClosedRange<UInt32>] = [0x20...0x7E, 0x3001...0x3029, 0x3041...0x3096, 0x30A1...0x30FA,
                                                0x3400...0x4DBF, 0x4E00...0x9FFF, 0xFF01...0xFF60]

    @Test("every fast scalar alone and in pairs")
    func everyScalar() {
        for range in Self.ranges {
            for value in range {
                let scalar = Unicode.Scalar(value)!
                #expect(DisplayText.simpleWidth(scalar) == CharacterClass.displayWidth(scalar), "U+\(String(value, radix: 16))")
            }
        }
        let sample: [Unicode.Scalar] = Array("a学。ア（〃".unicodeScalars)
        #expect(equal(sample))
    }

    @Test("mixtures with marks, emoji, joiners, controls and tabs", arguments: 0..<200)
    func mixtures(_ seed: Int) {
        let pool: [Unicode.Scalar] = Array("aZ 学习，。ア\t\u{301}\u{200D}\u{200B}\u{1}\u{FE0F}👍🏽🇨🇳\u{3099}\u{302A}가\u{1100}\u{1161}\r\n\u{FFFD}\u{E000}".unicodeScalars)
        var generator = SplitMix(seed: UInt64(seed))
        let scalars = (0..<Int(generator.next() % 24)).map { _ in pool[Int(generator.next() % UInt64(pool.count))] }
        #expect(equal(scalars), "\(scalars.map { String($0.value, radix: 16) })")
    }

    func equal(_ scalars: [Unicode.Scalar]) -> Bool {
        let fast = DisplayText.pieces(scalars), general = DisplayText.generalPieces(scalars[...])
        return fast.map(\.text) == general.map(\.text) && fast.map(\.width) == general.map(\.width)
    }

    struct SplitMix {
        var state: UInt64
        init(seed: UInt64) { state = seed }
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
    }
}
