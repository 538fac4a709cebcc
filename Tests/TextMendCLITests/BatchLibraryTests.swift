import Foundation
import Testing
@testable import TextMend

/// The batch layer under the CLI: globs, streamed reports, statistics.
struct BatchLibraryTests {
    @Test("globs: segments, ** across folders, unanchored names", arguments: [
        ("*.txt", "a.txt", true), ("*.txt", "x/y/a.txt", true), ("*.txt", "a.md", false),
        ("docs/*.txt", "docs/a.txt", true), ("docs/*.txt", "x/docs/a.txt", false), ("docs/*.txt", "docs/x/a.txt", false),
        ("docs/**", "docs/x/a.txt", true), ("docs/**/*.txt", "docs/a.txt", true), ("docs/**/*.txt", "docs/x/y/a.txt", true),
        ("**/build", "a/build", true), ("build", "a/build", true), ("build/", "build", true),
        ("/top.txt", "top.txt", true), ("/top.txt", "x/top.txt", false), ("a?c.[tm]xt", "abc.txt", true),
        ("./a.txt", "a.txt", true), ("**", "anything/at/all", true),
    ])
    func glob(_ pattern: String, _ path: String, _ expected: Bool) {
        #expect(Glob(pattern).matches(path) == expected, "\(pattern) vs \(path)")
    }

    @Test("the streamed report equals the reporter's own rendering", arguments: ReportFormat.allCases)
    func streamMatchesReporter(_ format: ReportFormat) throws {
        let linter = Linter(rules: RuleRegistry.all.map { $0.init() })
        let reports = ["a\u{200B}b\n", "clean\n", "x\u{200B}\u{200B}y\r\nz\u{FEFF}\n", ""].enumerated().map { index, text in
            let document = Document(text: text)
            return FileReport(path: "f\(index).txt", document: document, findings: linter.check(document))
        }
        for color in [false, true] {
            for count in 0...reports.count {
                let some = Array(reports.prefix(count))
                var stream = ReportStream(format: format, color: color)
                let streamed = some.map { stream.add($0) }.joined() + stream.finish()
                #expect(streamed == makeReporter(format, color: color).render(some), "\(count) reports")
            }
        }
    }

    @Test("binary sniffing lets UTF-16 through")
    func binarySniff() {
        #expect(InputCollector.looksBinary([0x50, 0x4B, 3, 4, 0, 0, 8, 0]))
        #expect(!InputCollector.looksBinary(Array("plain text".utf8)))
        #expect(!InputCollector.looksBinary([0xFF, 0xFE, 0x61, 0, 0x62, 0]))
    }

    @Test("comma lists split and trim")
    func commas() {
        #expect(["a,b", " c ", ",", "d"].splittingCommas() == ["a", "b", "c", "d"])
    }
}
