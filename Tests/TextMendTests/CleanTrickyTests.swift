import Foundation
import Testing
@testable import TextMend

/// Every rule must stay silent on hand-written tricky clean text (Tests/Corpus/clean-tricky,
/// see its README.md), and `fix` with suggested fixes must change nothing.
struct CleanTrickyTests {
    static let folder: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Corpus/clean-tricky")

    static let files: [String] = ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? [])
        .filter { $0.hasSuffix(".txt") }.sorted()

    @Test("the tricky clean texts are present")
    func present() {
        #expect(Self.files.count >= 50)
    }

    @Test("no findings on tricky clean text", arguments: files)
    func silent(_ name: String) throws {
        let bytes = try [UInt8](Data(contentsOf: Self.folder.appendingPathComponent(name)))
        let document = try Decoder.decode(bytes)
        let linter = Linter(rules: RuleRegistry.all.map { $0.init() })
        let findings = linter.check(document)
        let shown = findings.prefix(10).map { finding in
            let position = document.position(ofByte: finding.range.lowerBound)
            return "\(position.line):\(position.column) [\(finding.ruleID)] \(finding.message): \(document.string(finding.range).prefix(60))"
        }
        #expect(findings.isEmpty, "\(findings.count) findings in \(name):\n\(shown.joined(separator: "\n"))")
        #expect(!Fixer(linter: linter, applicability: .suggested).fix(document).changed)
    }
}
