import Foundation
import Testing
@testable import TextMend

/// The scraped speech in ../shared/seed: the foundation's end-to-end acceptance test.
struct SeedTests {
    static let seedFolder = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("shared/seed")

    static func seed() throws -> Document {
        let names = try FileManager.default.contentsOfDirectory(atPath: seedFolder.path).filter { $0.hasSuffix(".txt") }.sorted()
        let bytes = try [UInt8](Data(contentsOf: seedFolder.appendingPathComponent(try #require(names.first))))
        return try Decoder.decode(bytes)
    }

    static let linter = Linter(rules: RuleRegistry.all.map { $0.init() })

    @Test("check reports the repeated title, the two trailing blocks, the truncated summary and the half-width marks")
    func check() throws {
        let document = try Self.seed()
        let findings = Self.linter.check(document)
        func lines(_ rule: String) -> [Int] {
            findings.filter { $0.ruleID == rule }.map { document.position(ofByte: $0.range.lowerBound).line }
        }
        let lastLine = document.lineCount
        #expect(lines("duplicate.repeated-title") == [5])
        let trailing = findings.filter { $0.category == .boilerplate }.map { document.position(ofByte: $0.range.lowerBound).line }
        #expect(trailing == [lastLine - 2, lastLine])
        #expect(lines("boilerplate.summary-echo") == [lastLine])
        #expect(lines("truncation.dangling-function-word") == [lastLine])
        // The marks of the body; those inside the summary block that `fix` removes are moot.
        let marks = findings.filter { $0.ruleID == "punctuation.half-width-in-cjk" }
        #expect(marks.count > 130)
        #expect(marks.allSatisfy { document.position(ofByte: $0.range.lowerBound).line < lastLine - 2 })
        // Every finding is in a category the contract names and inside the text.
        for finding in findings { #expect(finding.range.upperBound <= document.bytes.count) }
    }

    @Test("fix returns the speech without the repeat and the trailing blocks, full-width, nothing else changed")
    func fix() throws {
        let document = try Self.seed()
        let fixer = Fixer(linter: Self.linter)
        let fixed = String(decoding: fixer.fix(document).bytes, as: UTF8.self)
        var lines = document.text.components(separatedBy: "\n")
        let title = lines[0]
        #expect(lines[4] == title)
        lines.removeSubrange(4...5)  // the repeated title and the blank line after it
        // The body ends at the line that closes the speech; what follows is boilerplate.
        let end = try #require(lines.firstIndex { $0.hasPrefix("预览结束") })
        lines.removeSubrange((end - 2)...)
        var expected = lines.joined(separator: "\n") + "\n"
        // Each ASCII mark becomes its full-width form (U+FF01…FF1F; written as escapes because
        // some editors flatten full-width punctuation silently).
        for ascii in [",", ":", ";", "(", ")", "!", "?"] {
            let wide = String(Unicode.Scalar(ascii.unicodeScalars.first!.value + 0xFEE0)!)
            expected = expected.replacingOccurrences(of: ascii, with: wide)
        }
        // The summary block still has the two terms the filter cut from the opening paragraph.
        expected = expected.replacingOccurrences(of: "按照《关于进一步", with: "按照市委《关于进一步")
            .replacingOccurrences(of: "召开市交通运输局上半年", with: "召开市交通运输局党委上半年")
        #expect(fixed == expected)
        #expect(fixed.hasSuffix("作出新的更大贡献\u{FF01}\n"))
        // fix twice equals fix once.
        #expect(!fixer.fix(Document(text: fixed)).changed)
    }
}
