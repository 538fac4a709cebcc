import Foundation
import Testing

/// `textmend check` run as a program: exit codes, formats, standard input.
struct CheckCommandTests {
    @Test("exit status: 0 clean, 1 findings, 2 errors and usage errors; help and version 0")
    func exitCodes() throws {
        let scratch = try Scratch()
        try scratch.write("clean.txt", "学习贯彻会议精神。\nPlain English prose.\n")
        try scratch.write("damaged.txt", "学\(zwsp)习贯彻会议精神。\n")
        #expect(try scratch.run(["check", "clean.txt"]).status == 0)
        #expect(try scratch.run(["check", "damaged.txt"]).status == 1)
        #expect(try scratch.run(["check", "missing.txt"]).status == 2)
        #expect(try scratch.run(["check", "--no-such-option"]).status == 2)
        #expect(try scratch.run(["check", "--format", "xml", "clean.txt"]).status == 2)
        #expect(try scratch.run(["check", "--select", "no-such-rule", "clean.txt"]).status == 2)
        #expect(try scratch.run(["frobnicate"]).status == 2)
        let help = try scratch.run(["check", "--help"])
        #expect(help.status == 0 && help.output.contains("USAGE"))
        let version = try scratch.run(["--version"])
        #expect(version.status == 0 && version.output.trimmingCharacters(in: .whitespacesAndNewlines) == "0.1.0")
    }

    @Test("usage errors are one line on stderr with where to find help")
    func usageErrorLine() throws {
        let result = try Scratch().run(["check", "--no-such-option"])
        #expect(result.stderrLines.count == 1)
        #expect(result.stderr.hasPrefix("textmend: error: "))
        #expect(result.stderr.contains("textmend check --help"))
        #expect(result.stdout.isEmpty)
    }

    @Test("the JSON report parses and has the contract's fields")
    func jsonReport() throws {
        let scratch = try Scratch()
        try scratch.write("docs/a.txt", "第一行\n组织学\(zwsp)习贯彻\n")
        let result = try scratch.run(["check", "--format", "json", "docs/a.txt"])
        #expect(result.status == 1)
        let root = try #require(try json(result.stdout) as? [String: Any])
        #expect(root["version"] as? String == "0.1.0")
        let files = try #require(root["files"] as? [[String: Any]])
        #expect(files.count == 1)
        #expect(files[0]["path"] as? String == "docs/a.txt")
        #expect(files[0]["encoding"] as? String == "UTF-8")
        let findings = try #require(files[0]["findings"] as? [[String: Any]])
        let finding = try #require(findings.first)
        #expect(finding["rule"] as? String == "invalid-char.zero-width")
        #expect(finding["category"] as? String == "invalid-char")
        #expect(finding["severity"] as? String == "warning")
        #expect((finding["message"] as? String)?.isEmpty == false)
        #expect(finding["excerpt"] is String)
        #expect(finding["suggestions"] is [Any])
        let start = try #require(finding["start"] as? [String: Int])
        let end = try #require(finding["end"] as? [String: Int])
        // "第一行\n" is 4 scalars; the zero-width space is the 4th scalar of line 2.
        #expect(start == ["offset": 7, "line": 2, "column": 4])
        #expect(end == ["offset": 8, "line": 2, "column": 5])
        let fix = try #require(finding["fix"] as? [String: Any])
        #expect(fix["applicability"] as? String == "safe")
        let edits = try #require(fix["edits"] as? [[String: Any]])
        #expect(edits.count == 1)
        #expect(edits[0]["start"] as? Int == 7 && edits[0]["end"] as? Int == 8 && edits[0]["replacement"] as? String == "")
        let summary = try #require(root["summary"] as? [String: Int])
        #expect(summary["files"] == 1 && summary["findings"] == 1 && summary["fixable"] == 1)
    }

    @Test("JSON Lines: one parseable object per finding")
    func jsonLines() throws {
        let scratch = try Scratch()
        try scratch.write("a.txt", "a\(zwsp)b\nc\(zwsp)d\n")
        let result = try scratch.run(["check", "--format", "jsonl", "a.txt"])
        #expect(result.status == 1)
        let lines = result.output.split(separator: "\n")
        #expect(lines.count == 2)
        for line in lines {
            let object = try #require(try json(Data(line.utf8)) as? [String: Any])
            #expect(object["path"] as? String == "a.txt")
            #expect(object["rule"] as? String == "invalid-char.zero-width")
        }
    }

    @Test("the text report names path, line, column, severity and rule")
    func textReport() throws {
        let scratch = try Scratch()
        try scratch.write("a.txt", "ok\nx\(zwsp)y\n")
        let result = try scratch.run(["check", "a.txt"])
        #expect(result.output.hasPrefix("a.txt:2:2: warning [invalid-char.zero-width] "))
        #expect(!result.output.contains("\u{1B}["), "no colour when stdout is not a terminal")
        let forced = try scratch.run(["check", "--color", "always", "a.txt"])
        #expect(forced.output.contains("\u{1B}["))
    }

    @Test("standard input: no path, or -")
    func standardInput() throws {
        let scratch = try Scratch()
        let damaged = Array("学\(zwsp)习\n".utf8)
        let implicit = try scratch.run(["check", "--format", "json"], stdin: damaged)
        #expect(implicit.status == 1)
        let root = try #require(try json(implicit.stdout) as? [String: Any])
        let files = try #require(root["files"] as? [[String: Any]])
        #expect(files.first?["path"] as? String == "<stdin>")
        #expect(try scratch.run(["check", "-"], stdin: damaged).status == 1)
        #expect(try scratch.run(["check", "-"], stdin: Array("clean\n".utf8)).status == 0)
        let named = try scratch.run(["check", "--stdin-filename", "page.txt"], stdin: damaged)
        #expect(named.output.hasPrefix("page.txt:1:2:"))
    }

    @Test("an empty file is clean")
    func emptyFile() throws {
        let scratch = try Scratch()
        try scratch.write("empty.txt", "")
        let result = try scratch.run(["check", "--format", "json", "empty.txt"])
        #expect(result.status == 0)
        let root = try #require(try json(result.stdout) as? [String: Any])
        let files = try #require(root["files"] as? [[String: Any]])
        #expect((files.first?["findings"] as? [Any])?.isEmpty == true)
        #expect(try scratch.run(["check"], stdin: []).status == 0)
    }

    @Test("invalid UTF-8 bytes: a finding or a clean message, never a crash")
    func invalidUTF8() throws {
        let scratch = try Scratch()
        var bytes = Array("学习贯彻会议精神。组织生活会。".utf8)
        bytes += [0xFF, 0xC3, 0x28]
        bytes += Array("第二行内容。\n".utf8)
        try scratch.write("bad.txt", bytes: bytes)
        for format in ["text", "json", "jsonl"] {
            let result = try scratch.run(["check", "--format", format, "bad.txt"])
            #expect((0...2).contains(result.status))
            if result.status == 2 { #expect(result.stderr.contains("bad.txt")) }
        }
        let forced = try scratch.run(["check", "--encoding", "no-such-charset", "bad.txt"])
        #expect(forced.status == 2)
        #expect(forced.stderr.contains("bad.txt") && forced.stderr.contains("no-such-charset"))
    }

    @Test("a 50 MB single-line file is checked to the end")
    func hugeSingleLine() throws {
        let scratch = try Scratch()
        let unit = Array("学习贯彻会议精神 and some English words, 12345。".utf8)
        var bytes: [UInt8] = []
        bytes.reserveCapacity(50 << 20)
        while bytes.count < 50 << 20 { bytes += unit }
        bytes += Array("尾\(zwsp)巴".utf8)  // damage at the very end: the whole line must be read
        try scratch.write("huge.txt", bytes: bytes)
        let result = try scratch.run(["check", "--format", "jsonl", "huge.txt"])
        #expect(result.status == 1)
        #expect(result.output.contains("invalid-char.zero-width"))
    }

    @Test("--statistics counts findings per rule")
    func statistics() throws {
        let scratch = try Scratch()
        try scratch.write("a.txt", "a\(zwsp)b\(zwsp)c\n")
        let text = try scratch.run(["check", "--statistics", "a.txt"])
        #expect(text.status == 1)
        #expect(text.output.contains("2  invalid-char.zero-width  [*]"))
        let structured = try scratch.run(["check", "--statistics", "--format", "json", "a.txt"])
        let rows = try #require(try json(structured.stdout) as? [[String: Any]])
        #expect(rows.first?["rule"] as? String == "invalid-char.zero-width" && rows.first?["count"] as? Int == 2)
    }

    @Test("--select, --ignore and the discovered .textmend.toml")
    func configuration() throws {
        let scratch = try Scratch()
        try scratch.write("a.txt", "a\(zwsp)b\n")
        #expect(try scratch.run(["check", "--ignore", "invalid-char", "a.txt"]).status == 0)
        #expect(try scratch.run(["check", "--select", "invalid-char.zero-width,invalid-char", "a.txt"]).status == 1)
        try scratch.write(".textmend.toml", "ignore = [\"invalid-char.zero-width\"]\n")
        #expect(try scratch.run(["check", "a.txt"]).status == 0)
        // The command line's selection replaces the file's.
        #expect(try scratch.run(["check", "--select", "invalid-char", "a.txt"]).status == 1)
        try scratch.write("broken.toml", "no_such_key = 1\n")
        let broken = try scratch.run(["check", "--config", "broken.toml", "a.txt"])
        #expect(broken.status == 2)
        #expect(broken.stderr.hasPrefix("textmend: error: broken.toml"))
        #expect(broken.stderr.contains("no_such_key"))
        let missing = try scratch.run(["check", "--config", "nope.toml", "a.txt"])
        #expect(missing.status == 2 && missing.stderr.contains("nope.toml"))
    }
}
