import Foundation
import Testing

/// `check --format sarif|html` run as a program over a folder.
struct ReportFormatCommandTests {
    func folder() throws -> Scratch {
        let scratch = try Scratch()
        try scratch.write("docs/a.txt", "学\(zwsp)习贯彻会议精神。\n")
        try scratch.write("docs/clean.txt", "Plain English prose.\n")
        try scratch.write("docs/sub/b c.txt", "x\(zwsp)y\(zwsp)z\n")
        return scratch
    }

    @Test("--format sarif: one run, a result per finding, relative URIs, in walk order")
    func sarif() throws {
        let result = try folder().run(["check", "--format", "sarif", "docs"])
        #expect(result.status == 1)
        let log = try #require(try json(result.stdout) as? [String: Any])
        #expect(log["version"] as? String == "2.1.0")
        let run = try #require((log["runs"] as? [[String: Any]])?.first)
        let results = try #require(run["results"] as? [[String: Any]])
        let uris = results.compactMap { (($0["locations"] as? [[String: Any]])?.first?["physicalLocation"] as? [String: Any])
            .flatMap { ($0["artifactLocation"] as? [String: Any])?["uri"] as? String } }
        #expect(uris == ["docs/a.txt", "docs/sub/b%20c.txt", "docs/sub/b%20c.txt"])
        let summary = (run["properties"] as? [String: Any])?["summary"] as? [String: Int]
        #expect(summary?["files"] == 3 && summary?["findings"] == 3)
        // Parallel and serial runs write the same bytes.
        #expect(try folder().run(["check", "--format", "sarif", "-j", "1", "docs"]).stdout == result.stdout)
        let clean = try folder().run(["check", "--format", "sarif", "docs/clean.txt"])
        #expect(clean.status == 0)
        #expect(((try json(clean.stdout) as? [String: Any])?["runs"] as? [[String: Any]])?.first?["results"] as? [Any] != nil)
    }

    @Test("--format html: one page with the damaged files' passages and totals")
    func html() throws {
        let result = try folder().run(["check", "--format", "html", "docs"])
        #expect(result.status == 1)
        let page = result.output
        #expect(page.hasPrefix("<!DOCTYPE html>") && page.hasSuffix("</html>\n"))
        #expect(page.components(separatedBy: "<article class=\"finding").count == 4)
        #expect(page.contains("docs/sub/b c.txt") && !page.contains("<span class=\"path\">docs/clean.txt"))
        #expect(page.contains("Found 3 problems in 2 of 3 files"))
    }

    @Test("--statistics and --jsonl do not combine with sarif or html")
    func combinations() throws {
        let scratch = try folder()
        for format in ["sarif", "html"] {
            #expect(try scratch.run(["check", "--statistics", "--format", format, "docs"]).status == 2)
            #expect(try scratch.run(["check", "--jsonl", "--format", format], stdin: []).status == 2)
        }
    }
}
