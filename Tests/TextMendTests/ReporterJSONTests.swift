import Foundation
import Testing
@testable import TextMend

/// The JSON and JSON Lines reports: canned output, validity, the contract's key order,
/// scalar offsets, excerpts and string escaping.
struct ReporterJSONTests {
    @Test func cannedJSON() throws {
        try ReporterFixtures.expectMatches(JSONReporter().render(ReporterFixtures.reports), "report.json")
    }

    @Test func cannedJSONLines() throws {
        try ReporterFixtures.expectMatches(JSONLinesReporter().render(ReporterFixtures.reports), "report.jsonl")
    }

    func parse(_ text: String) throws -> [String: Any] {
        try #require(JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
    }

    /// A parsed fix's edits as `start..<end "replacement"`.
    func edits(_ fix: [String: Any]) -> [String] {
        (fix["edits"] as? [[String: Any]] ?? []).map { edit in
            "\(edit["start"] as? Int ?? -1)..<\(edit["end"] as? Int ?? -1) \"\(edit["replacement"] as? String ?? "?")\""
        }
    }

    @Test func jsonParsesBackWithTheContractShape() throws {
        let object = try parse(JSONReporter().render(ReporterFixtures.reports))
        #expect(object["version"] as? String == "0.1.0")
        let files = try #require(object["files"] as? [[String: Any]])
        #expect(files.map { $0["path"] as? String } == ["a.txt", "docs/b.txt", "long.txt", "clean.txt", "-"])
        #expect(files[1]["bom"] as? Bool == true && files[0]["bom"] == nil)
        #expect(files.allSatisfy { $0["encoding"] as? String == "UTF-8" })
        let summary = try #require(object["summary"] as? [String: Int])
        #expect(summary == ["files": 5, "findings": 8, "fixable": 2, "suggested": 2])

        let first = try #require((files[0]["findings"] as? [[String: Any]])?.first)
        #expect(first["rule"] as? String == "invalid-char.zero-width")
        #expect(first["category"] as? String == "invalid-char")
        #expect(first["severity"] as? String == "warning")
        #expect(first["start"] as? [String: Int] == ["offset": 1, "line": 1, "column": 2])
        #expect(first["end"] as? [String: Int] == ["offset": 2, "line": 1, "column": 3])
        #expect(first["excerpt"] as? String == "学\u{200B}习贯彻会议精神。")
        let fix = try #require(first["fix"] as? [String: Any])
        #expect(fix["applicability"] as? String == "safe")
        #expect(edits(fix).map(\.description) == [#"1..<2 """#])
        #expect(first["suggestions"] as? [String] == [])
        let second = try #require((files[0]["findings"] as? [[String: Any]])?[1])
        #expect(second["fix"] == nil)
        #expect(second["message"] as? String == "emoji “👍🏽” between \"quoted\" words\\")
    }

    @Test func keysInContractOrder() {
        let output = JSONReporter().render(ReporterFixtures.reports)
        func order(_ keys: [String]) -> Bool {
            let positions = keys.map { output.range(of: "\"\($0)\":")!.lowerBound }
            return positions == positions.sorted()
        }
        #expect(order(["version", "files", "summary"]))
        #expect(order(["path", "encoding", "findings"]))
        #expect(order(["rule", "category", "severity", "message", "start", "end", "excerpt", "fix", "suggestions"]))
        #expect(order(["applicability", "title", "edits"]))
        #expect(order(["offset", "line", "column"]))
        #expect(output.contains(#""summary": {"files": 5, "findings": 8, "fixable": 2, "suggested": 2}"#))
    }

    @Test func scalarOffsetsWithEmojiCJKAndCRLF() throws {
        // 👨‍👩‍👧 is five scalars; CRLF is two.
        let document = Document(text: "👨‍👩‍👧中\r\nx\u{200B}y\r\n末尾")
        let zeroWidth = ReporterFixtures.range("\u{200B}", in: document)
        let last = ReporterFixtures.range("尾", in: document)
        let findings = [
            ReporterFixtures.finding("invalid-char.zero-width", .invalidChar, .warning, "m", zeroWidth,
                                     fix: Fix(.safe, "t", [Edit(zeroWidth, "")])),
            ReporterFixtures.finding("truncation.x", .truncation, .info, "m", last,
                                     fix: Fix(.suggested, "t", [Edit(last.upperBound..<last.upperBound, "。")])),
        ]
        let object = try parse(JSONReporter().render([FileReport(path: "p", document: document, findings: findings)]))
        let reported = try #require(((object["files"] as? [[String: Any]])?[0]["findings"]) as? [[String: Any]])
        #expect(reported[0]["start"] as? [String: Int] == ["offset": 9, "line": 2, "column": 2])
        #expect(reported[0]["end"] as? [String: Int] == ["offset": 10, "line": 2, "column": 3])
        #expect(reported[1]["start"] as? [String: Int] == ["offset": 14, "line": 3, "column": 2])
        #expect(reported[1]["end"] as? [String: Int] == ["offset": 15, "line": 3, "column": 3])
        #expect(edits(reported[1]["fix"] as? [String: Any] ?? [:]).map(\.description) == [#"15..<15 "。""#])
        // Offsets count scalars of the decoded text, as Swift's unicodeScalars do.
        #expect(Array(document.text.unicodeScalars)[9] == "\u{200B}")
    }

    @Test func stringEscaping() throws {
        let nasty = "quote \" back \\ nl \n cr \r tab \t nul \u{0} bell \u{7} esc \u{1B} del \u{7F} ls \u{2028} ps \u{2029} 中文 😀 /"
        var output = ""
        JSONValue.writeString(nasty, to: &output)
        #expect(!output.unicodeScalars.contains { $0.value < 0x20 || $0.value == 0x7F || $0.value == 0x2028 || $0.value == 0x2029 })
        #expect(output.contains("\\u0000") && output.contains("\\u001b") && output.contains("\\u2028") && output.contains("中文 😀"))
        let back = try JSONSerialization.jsonObject(with: Data("[\(output)]".utf8)) as? [String]
        #expect(back == [nasty])
    }

    @Test func prettyAndCompactForms() {
        let value = JSONValue.object([
            ("a", .array([])), ("b", .object([])), ("c", .object([("x", .int(1)), ("y", .null)])),
            ("d", .array([.object([("k", .bool(true))])])), ("e", .double(1.5)), ("f", .double(.nan)),
        ])
        #expect(value.compact == #"{"a":[],"b":{},"c":{"x":1,"y":null},"d":[{"k":true}],"e":1.5,"f":null}"#)
        #expect(value.pretty == """
            {
              "a": [],
              "b": {},
              "c": {"x": 1, "y": null},
              "d": [
                {"k": true}
              ],
              "e": 1.5,
              "f": null
            }
            """)
    }

    @Test func jsonLinesAreOneObjectPerFinding() throws {
        let output = JSONLinesReporter().render(ReporterFixtures.reports)
        let lines = output.split(separator: "\n")
        #expect(lines.count == 8 && output.hasSuffix("\n"))
        for line in lines {
            let object = try parse(String(line))
            #expect(object["path"] is String && object["rule"] is String && object["suggestions"] is [String])
            #expect(line.hasPrefix("{\"path\":"))
        }
        #expect(JSONLinesReporter().render([]) == "")
    }

    @Test func excerpts() {
        let line = "0123456789abcdefghij<SPAN>klmnopqrstuvwxyz"
        let document = Document(text: "first\n" + line + "\nnext")
        let span = ReporterFixtures.range("<SPAN>", in: document)
        #expect(Excerpt(document, span, context: 10, spanLimit: 60).plain == "…abcdefghij<SPAN>klmnopqrst…")
        // A span that runs past its line is cut there.
        let across = span.lowerBound..<(document.bytes.count - 2)
        #expect(Excerpt(document, across, context: 10, spanLimit: 60).plain == "…abcdefghij<SPAN>klmnopqrstuvwxyz…")
        // A long span is capped.
        let long = Document(text: String(repeating: "长", count: 200))
        #expect(Excerpt(long, 0..<long.bytes.count, context: 10, spanLimit: 60).plain == String(repeating: "长", count: 60) + "…")
        // Short lines are shown whole; an empty span at the end of the text works.
        let short = Document(text: "短句")
        #expect(Excerpt(short, 6..<6, context: 10, spanLimit: 60).plain == "短句")
        #expect(Excerpt(Document(text: ""), 0..<0, context: 10, spanLimit: 60).plain == "")
        // A span on a CRLF line break shows the line before it.
        let crlf = Document(text: "ab\r\ncd")
        #expect(Excerpt(crlf, 2..<4, context: 10, spanLimit: 60).plain == "ab…")
    }
}
