import Foundation
import Testing
@testable import TextMend

/// Reports built from small documents and hand-made findings, so reporter tests do not
/// depend on any rule; shared by every reporter test.
enum ReporterFixtures {
    /// The byte range of the `occurrence`-th appearance of `needle`.
    static func range(_ needle: String, in document: Document, occurrence: Int = 0) -> Range<Int> {
        let target = Array(needle.utf8)
        var seen = 0
        for start in 0...(document.bytes.count - target.count) where Array(document.bytes[start..<start + target.count]) == target {
            if seen == occurrence { return start..<start + target.count }
            seen += 1
        }
        fatalError("\(needle) not found")
    }

    static func finding(_ rule: String, _ category: TextMend.Category, _ severity: Severity, _ message: String,
                        _ range: Range<Int>, fix: Fix? = nil, suggestions: [String] = []) -> Finding {
        Finding(ruleID: rule, category: category, severity: severity, message: message, range: range,
                fix: fix, suggestions: suggestions)
    }

    static var reports: [FileReport] {
        let a = Document(text: "学\u{200B}习贯彻会议精神。\n第二行👍🏽有\u{1}控制字符，还有“引号”。\n")
        let zeroWidth = range("\u{200B}", in: a)
        let control = range("\u{1}", in: a)
        let aFindings = [
            finding("invalid-char.zero-width", .invalidChar, .warning, "zero-width space inside the text", zeroWidth,
                    fix: Fix(.safe, "delete the invisible characters", [Edit(zeroWidth, "")])),
            finding("markup.test-emoji", .markup, .info, "emoji “👍🏽” between \"quoted\" words\\", range("👍🏽", in: a)),
            finding("invalid-char.test-control", .invalidChar, .error, "control character U+0001 inside the text", control,
                    fix: Fix(.suggested, "replace the control character", [Edit(control, "，")]), suggestions: ["，", "、"]),
        ]

        let b = Document(utf8: Array("Title\r\n\tIndented\tline\r\nTitle\r\n".utf8),
                         encoding: EncodingInfo(name: "UTF-8", hadBOM: true))
        let end = range("Title", in: b).upperBound
        let block = range("\tIndented\tline\r\nTitle\r\n", in: b)
        let bFindings = [
            finding("truncation.test-insert", .truncation, .warning, "the title ends without a mark", end..<end,
                    fix: Fix(.suggested, "insert a full stop", [Edit(end..<end, "。")])),
            finding("duplicate.test-block", .duplicate, .warning, "the block repeats the title", block,
                    fix: Fix(.safe, "remove the repeated block", [Edit(block, "")])),
        ]

        let line = String(repeating: "汉", count: 250) + "X\u{FFFD}Y" + String(repeating: "a", count: 247)
        let c = Document(text: line + "\n")
        let whole = c.lineContent(0)
        let cFindings = [
            finding("mojibake.test-middle", .mojibake, .warning, "replacement character in the middle of a long line",
                    range("X\u{FFFD}Y", in: c)),
            finding("boilerplate.test-line", .boilerplate, .info, "the whole long line is boilerplate", whole),
        ]

        let e = Document(text: "abc")
        let eFindings = [finding("truncation.test-end", .truncation, .warning, "the text ends mid-sentence", 3..<3)]

        return [
            FileReport(path: "a.txt", document: a, findings: aFindings),
            FileReport(path: "docs/b.txt", document: b, findings: bFindings),
            FileReport(path: "long.txt", document: c, findings: cFindings),
            FileReport(path: "clean.txt", document: Document(text: "nothing wrong here\n"), findings: []),
            FileReport(path: "-", document: e, findings: eFindings),
        ]
    }

    /// Compares with `Expected/<name>`; `TEXTMEND_RECORD=1` rewrites the file instead.
    static func expectMatches(_ actual: String, _ name: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Expected/\(name)")
        if ProcessInfo.processInfo.environment["TEXTMEND_RECORD"] == "1" {
            try Data(actual.utf8).write(to: url)
            return
        }
        let expected = String(decoding: try Data(contentsOf: url), as: UTF8.self)
        if actual != expected {
            let actualLines = actual.split(separator: "\n", omittingEmptySubsequences: false)
            let expectedLines = expected.split(separator: "\n", omittingEmptySubsequences: false)
            let first = zip(actualLines, expectedLines).enumerated().first { $0.element.0 != $0.element.1 }?.offset
                ?? min(actualLines.count, expectedLines.count)
            Issue.record("""
                output differs from Expected/\(name) at line \(first + 1) (TEXTMEND_RECORD=1 re-records):
                expected: \(first < expectedLines.count ? String(expectedLines[first]) : "<end>")
                actual:   \(first < actualLines.count ? String(actualLines[first]) : "<end>")
                """, sourceLocation: sourceLocation)
        }
    }
}

/// The text report: canned output, escaping, windows, colours, summaries.
struct ReporterTextTests {
    @Test func cannedOutput() throws {
        try ReporterFixtures.expectMatches(TextReporter(color: false).render(ReporterFixtures.reports), "report.txt")
    }

    @Test func noRawControlsOrColourWithoutColour() {
        let output = TextReporter(color: false).render(ReporterFixtures.reports)
        #expect(!output.unicodeScalars.contains { ($0.value < 0x20 && $0 != "\n") || $0.value == 0x7F })
        #expect(!output.contains("\u{200B}"))
    }

    @Test func colourOnlyWhenAsked() {
        let plain = TextReporter(color: false).render(ReporterFixtures.reports)
        let colored = TextReporter(color: true).render(ReporterFixtures.reports)
        #expect(colored.contains("\u{1B}[1;33mwarning\u{1B}[0m"))
        #expect(colored.contains("\u{1B}[1;31merror\u{1B}[0m"))
        // Stripping the escapes gives the plain report back.
        let stripped = colored.replacing(/\x{1B}\[[0-9;]*m/, with: "")
        #expect(stripped == plain)
    }

    @Test func markerUsesDisplayWidths() {
        let document = Document(text: "中文👍🏽e\u{301}字\n")
        let span = ReporterFixtures.range("字", in: document)
        let finding = ReporterFixtures.finding("markup.x", .markup, .warning, "m", span)
        let output = TextReporter(color: false).block(finding, FileReport(path: "p", document: document, findings: [finding]))
        let lines = output.split(separator: "\n")
        #expect(lines[2] == "1 | 中文👍🏽e\u{301}字")
        // 中 文 👍🏽 = 6 columns, e + combining accent = 1.
        #expect(lines[3] == "  |        ^^")
    }

    @Test func windowOnAHugeLineStaysBounded() {
        let document = Document(text: String(repeating: "x", count: 200_000) + "BAD" + String(repeating: "y", count: 200_000))
        let span = ReporterFixtures.range("BAD", in: document)
        let finding = ReporterFixtures.finding("markup.x", .markup, .warning, "m", span)
        let output = TextReporter(color: false).block(finding, FileReport(path: "p", document: document, findings: [finding]))
        let lines = output.split(separator: "\n")
        #expect(lines[0] == "p:1:200001: warning [markup.x] m")
        #expect(lines[2].hasPrefix("1 | …xxx") && lines[2].hasSuffix("yyy…"))
        #expect(lines[2].count < 120)
        let caret = lines[3].firstIndex(of: "^")!
        #expect(lines[2][lines[2].index(lines[2].startIndex, offsetBy: lines[3].distance(from: lines[3].startIndex, to: caret))...].hasPrefix("BAD"))
    }

    @Test func summaries() {
        let reporter = TextReporter(color: false)
        func summary(files: Int = 1, withFindings: Int = 1, findings: Int, fixable: Int, suggested: Int) -> String {
            var value = ReportSummary([])
            value.files = files
            value.filesWithFindings = withFindings
            value.findings = findings
            value.fixable = fixable
            value.suggested = suggested
            return reporter.summary(value)
        }
        #expect(summary(files: 3, withFindings: 0, findings: 0, fixable: 0, suggested: 0) == "All clear: no problems in 3 files.")
        #expect(summary(findings: 1, fixable: 0, suggested: 0) == "Found 1 problem in 1 file.")
        #expect(summary(withFindings: 2, findings: 215, fixable: 212, suggested: 3)
                == "Found 215 problems in 2 files (212 fixable with `textmend fix`, 3 more with `--unsafe-fixes`).")
        #expect(summary(findings: 2, fixable: 2, suggested: 0) == "Found 2 problems in 1 file (2 fixable with `textmend fix`).")
        #expect(summary(findings: 2, fixable: 0, suggested: 1)
                == "Found 2 problems in 1 file (1 fixable with `textmend fix --unsafe-fixes`).")
    }
}
