import Foundation
import Testing
@testable import TextMend

/// Golden tests: each document in Fixtures/ is checked and fixed with every rule; the
/// rendered report and the repaired text must equal Fixtures/expected/<name>.report.txt and
/// <name>.fixed.txt. Re-record with `TEXTMEND_RECORD=1 swift test --filter FixtureGolden`
/// and review the diff before committing.
struct FixtureGoldenTests {
    static let root = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let fixtures = root.appendingPathComponent("Fixtures")
    static let expected = fixtures.appendingPathComponent("expected")
    static let recording = ProcessInfo.processInfo.environment["TEXTMEND_RECORD"] == "1"

    static let names: [String] = ((try? FileManager.default.contentsOfDirectory(atPath: fixtures.path)) ?? [])
        .filter { $0.hasSuffix(".txt") }.sorted().map { String($0.dropLast(4)) }

    static let linter = Linter(rules: RuleRegistry.all.map { $0.init() })

    @Test("there are at least 20 fixtures")
    func enoughFixtures() {
        #expect(Self.names.count >= 20)
    }

    @Test("fixture report and fixed text match the golden files", arguments: names)
    func golden(_ name: String) throws {
        let bytes = try [UInt8](Data(contentsOf: Self.fixtures.appendingPathComponent(name + ".txt")))
        let document = try Decoder.decode(bytes)
        let findings = Self.linter.check(document)
        let report = TextReporter(color: false).render([FileReport(path: "Fixtures/\(name).txt", document: document, findings: findings)])
        let fixer = Fixer(linter: Self.linter)
        let fixed = fixer.fix(document)
        try compare(report, "\(name).report.txt")
        try compare(String(decoding: fixed.bytes, as: UTF8.self), "\(name).fixed.txt")
        #expect(!fixer.fix(Document(utf8: fixed.bytes, encoding: .utf8)).changed, "fix twice differs from fix once")
        if name.contains("-clean-") {
            #expect(findings.isEmpty, "clean fixture \(name) has findings")
        }
    }

    func compare(_ actual: String, _ file: String) throws {
        let url = Self.expected.appendingPathComponent(file)
        if Self.recording {
            try FileManager.default.createDirectory(at: Self.expected, withIntermediateDirectories: true)
            try Data(actual.utf8).write(to: url)
            return
        }
        let golden = try String(contentsOf: url, encoding: .utf8)
        if golden != actual {
            let diff = UnifiedDiff.diff(old: Array(golden.utf8), new: Array(actual.utf8), oldLabel: "expected/\(file)", newLabel: "actual")
            Issue.record("\(file) differs from the golden file (TEXTMEND_RECORD=1 re-records):\n\(diff)")
        }
    }
}
