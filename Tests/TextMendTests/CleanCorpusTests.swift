import Foundation
import Testing
@testable import TextMend

/// Every rule must stay silent on real, edited prose (Tests/Corpus/clean, from Debian's
/// documentation; see its NOTICE.md), and `fix` must change nothing.
struct CleanCorpusTests {
    static let corpus: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Corpus/clean")

    static let files: [String] = ["zh", "en"].flatMap { language in
        let folder = corpus.appendingPathComponent(language)
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        return names.filter { $0.hasSuffix(".txt") }.sorted().map { "\(language)/\($0)" }
    }

    @Test("the clean corpus is present")
    func corpusPresent() {
        #expect(Self.files.count >= 10, "Tests/Corpus/clean is missing: run Scripts/collect-clean-corpus.sh")
    }

    @Test("no findings on clean prose", arguments: files)
    func silentOnCleanProse(_ name: String) throws {
        try Self.expectSilent(Self.corpus.appendingPathComponent(name), name)
    }

    /// Every rule is silent on the file, and `fix` with suggested fixes changes nothing (the
    /// first findings are shown when one is not).
    static func expectSilent(_ url: URL, _ name: String) throws {
        let bytes = try [UInt8](Data(contentsOf: url))
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
