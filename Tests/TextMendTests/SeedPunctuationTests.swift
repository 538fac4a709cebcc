import Foundation
import Testing
@testable import TextMend

/// The seed document (/work/shared/seed, beside the package) after safe fixes by
/// `punctuation.half-width-in-cjk` alone: no ASCII `, : ; ( ) ! ?` touches CJK any more, and
/// nothing but those marks changed.
struct SeedPunctuationTests {
    static let seedFolder: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("shared/seed")

    static let files: [URL] = ((try? FileManager.default.contentsOfDirectory(atPath: seedFolder.path)) ?? [])
        .filter { $0.hasSuffix(".txt") }.sorted().map { seedFolder.appendingPathComponent($0) }

    static let halfToFull: [Unicode.Scalar: Unicode.Scalar] = [
        ",": "，", ":": "：", ";": "；", "(": "（", ")": "）", "!": "！", "?": "？",
    ]

    @Test("the seed's half-width punctuation in CJK text is converted and nothing else changes",
          .enabled(if: !files.isEmpty, "no seed folder beside the package"))
    func seedPunctuation() throws {
        for file in Self.files {
            let document = try Decoder.decode([UInt8](Data(contentsOf: file)))
            let fixer = Fixer(linter: Linter(rules: [HalfWidthPunctuationRule()]))
            let fixed = String(decoding: fixer.fix(document).bytes, as: UTF8.self)
            #expect(fixed != document.text, "\(file.lastPathComponent): nothing was fixed")

            // Only the seven marks changed: mapping full-width back gives the input again
            // (the seed has no full-width forms of these marks of its own).
            let fullToHalf = Dictionary(uniqueKeysWithValues: Self.halfToFull.map { ($1, $0) })
            let original = document.text.unicodeScalars
            #expect(!original.contains { fullToHalf[$0] != nil }, "\(file.lastPathComponent) already has full-width marks")
            let mappedBack = String(String.UnicodeScalarView(fixed.unicodeScalars.map { fullToHalf[$0] ?? $0 }))
            #expect(mappedBack == document.text, "\(file.lastPathComponent): characters other than the marks changed")

            // No ASCII mark is left next to a CJK character.
            let scalars = Array(fixed.unicodeScalars)
            for (index, scalar) in scalars.enumerated() where Self.halfToFull[scalar] != nil {
                let neighbours = [index > 0 ? scalars[index - 1] : nil, index + 1 < scalars.count ? scalars[index + 1] : nil]
                let touchesCJK = neighbours.contains { $0.map(CharacterClass.isCJK) ?? false }
                let excerpt = String(String.UnicodeScalarView(scalars[max(0, index - 8)..<min(scalars.count, index + 8)]))
                #expect(!touchesCJK, "\(file.lastPathComponent): ASCII \(scalar) still touches CJK in “\(excerpt)”")
            }
        }
    }
}
