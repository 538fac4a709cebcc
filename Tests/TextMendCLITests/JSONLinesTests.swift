import Foundation
import Testing
@testable import TextMend

/// `--jsonl`: documents as JSON Lines records on standard input.
struct JSONLinesTests {
    static let records = """
        {"id": 1, "text": "a\\u200bb\\n", "lang": "zh", "meta": {"x": [1, "}"]}}
        {"id":"two","text":"clean \\u00e9"}

        not json
        {"text":"学\(zwsp)习"}
        """

    @Test("check --jsonl: one report line per record, in order")
    func check() throws {
        let result = try Scratch().run(["check", "--jsonl"], stdin: Array(Self.records.utf8))
        #expect(result.status == 2, "the malformed line is an error")
        #expect(result.stderrLines == ["textmend: error: <stdin>:4: not a JSON object"])
        let lines = result.output.split(separator: "\n").map { try? json(Data($0.utf8)) as? [String: Any] }
        #expect(lines.count == 3)
        #expect(lines[0]?["id"] as? Int == 1)
        #expect((lines[0]?["findings"] as? [[String: Any]])?.first?["rule"] as? String == "invalid-char.zero-width")
        #expect(lines[1]?["id"] as? String == "two" && (lines[1]?["findings"] as? [Any])?.isEmpty == true)
        #expect(lines[2]?["id"] is NSNull)
        let clean = try Scratch().run(["check", "--jsonl"], stdin: Array("{\"id\":1,\"text\":\"ok\"}\n".utf8))
        #expect(clean.status == 0)
    }

    @Test("fix --jsonl: text repaired, other fields untouched, a textmend member added; idempotent")
    func fix() throws {
        let scratch = try Scratch()
        let result = try scratch.run(["fix", "--jsonl"], stdin: Array(Self.records.utf8))
        #expect(result.status == 2)
        let lines = result.output.components(separatedBy: "\n")
        #expect(lines.count == 6 && lines[5].isEmpty)
        #expect(lines[0].hasPrefix(#"{"id": 1, "text": "ab\n", "lang": "zh", "meta": {"x": [1, "}"]},"textmend":{"findings":["#))
        #expect(lines[1].hasPrefix(#"{"id":"two","text":"clean \u00e9","textmend":{"findings":[],"#), "unchanged text keeps its bytes")
        #expect(lines[2] == "" && lines[3] == "not json")
        let record = try #require(try json(Data(lines[0].utf8)) as? [String: Any])
        let textmend = try #require(record["textmend"] as? [String: Any])
        #expect(textmend["fixed"] as? Int == 1 && textmend["remaining"] as? Int == 0)
        #expect((textmend["findings"] as? [[String: Any]])?.first?["applied"] as? Bool == true)
        let again = try scratch.run(["fix", "--jsonl"], stdin: Array(lines[0].utf8))
        let second = try #require(try json(Data(again.output.utf8)) as? [String: Any])
        #expect(second["text"] as? String == "ab\n")
        #expect((second["textmend"] as? [String: Any])?["fixed"] as? Int == 0)
        #expect(again.output.components(separatedBy: "textmend").count == 2, "the textmend member is replaced, not repeated")
    }

    @Test("record scanning: escapes, surrogates, nesting, errors")
    func scanning() throws {
        let record = try JSONLinesRecord(line: Array(#"  {"text": "\ud83d\ude00 \"q\" \\ \t", "id": [1, {"a": "]"}]}  "#.utf8))
        #expect(record.text == "😀 \"q\" \\ \t")
        #expect(record.rawID == #"[1, {"a": "]"}]"#)
        #expect(try JSONLinesRecord(line: Array(#"{"text":"\udc00x"}"#.utf8)).text == "\u{FFFD}x")
        for bad in [#"{"text": 3}"#, #"{"id": 1}"#, #"{"text": "a"} x"#, #"["text"]"#, #"{"text": "a""#, #"{"text": "\q"}"#] {
            #expect(throws: JSONLinesRecord.Problem.self) { try JSONLinesRecord(line: Array(bad.utf8)) }
        }
    }

    @Test("the line reader handles long lines, CRLF and a missing final newline")
    func lineReader() throws {
        let scratch = try Scratch()
        let long = String(repeating: "x", count: 200_000)
        try scratch.write("in.jsonl", "a\r\n\(long)\nlast")
        let descriptor = try LineReader.open(Input(source: .file(scratch.path + "/in.jsonl"), path: "in.jsonl", relativePath: "in.jsonl", foundInFolder: false))
        defer { close(descriptor) }
        var reader = LineReader(descriptor: descriptor)
        var lines: [[UInt8]] = []
        while let batch = reader.next(limit: 2) { lines += batch }
        #expect(lines == [Array("a\r".utf8), Array(long.utf8), Array("last".utf8)])
    }
}
