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
        try CleanCorpusTests.expectSilent(Self.folder.appendingPathComponent(name), name)
    }
}
