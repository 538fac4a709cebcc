import Foundation
import Testing
@testable import TextMend

/// The shared seed document (../shared/seed/ next to the package): its trailing preview
/// notice and summary echo must go, and nothing else at its edges.
struct SeedBoilerplateTests {
    static let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()
    static let seedURL = packageRoot.deletingLastPathComponent()
        .appendingPathComponent("shared/seed/000_31a84902435691b5.txt")

    static func seed() throws -> Document? {
        guard let data = FileManager.default.contents(atPath: seedURL.path) else { return nil }
        return try Decoder.decode(Array(data))
    }

    static let boilerplateRules: [any Rule] = RuleRegistry.all
        .filter { $0.description.category == .boilerplate || $0 == UnfinishedDocumentRule.self }
        .map { $0.init() }

    @Test("the seed's bottom boilerplate is found, its top is left alone")
    func findings() throws {
        guard let document = try Self.seed() else {
            print("skipped: seed not found at \(Self.seedURL.path)")
            return
        }
        let findings = Linter(rules: Self.boilerplateRules).check(document)
        let lastLines = document.lineCount
        let byRule = Dictionary(grouping: findings, by: \.ruleID)
        // Nothing in the top half.
        #expect(findings.allSatisfy { document.lineIndex(ofByte: $0.range.lowerBound) > lastLines / 2 },
                "\(findings.map { ($0.ruleID, document.position(ofByte: $0.range.lowerBound).line) })")
        let notice = findings.first { document.string($0.range).hasPrefix("预览结束") }
        #expect(notice != nil && ["boilerplate.preview-notice", "boilerplate.contact-promo"].contains(notice!.ruleID))
        #expect(notice?.fix?.applicability == .safe)
        let echo = try #require(byRule["boilerplate.summary-echo"]?.first)
        #expect(document.string(echo.range).contains("所在栏目"))
        #expect(document.lineIndex(ofByte: echo.range.lowerBound) == lastLines - 1)
        #expect(echo.fix?.applicability == .safe)
        #expect(byRule["truncation.unfinished-document"] == nil)
        #expect(findings.count == 2, "\(findings.map(\.ruleID))")
    }

    @Test("fixing the seed ends it with the speech's last sentence")
    func fixed() throws {
        guard let document = try Self.seed() else {
            print("skipped: seed not found at \(Self.seedURL.path)")
            return
        }
        let result = Fixer(linter: Linter(rules: Self.boilerplateRules)).fix(document)
        let text = String(decoding: result.bytes, as: UTF8.self)
        #expect(text.hasSuffix("作出新的更大贡献!\n"), "\(text.suffix(40).debugDescription)")
        #expect(text.hasPrefix(String(document.text.prefix(200))))
        #expect(!text.contains("预览结束") && !text.contains("所在栏目"))
        // Only the tail changed.
        #expect(document.text.hasPrefix(String(text.dropLast())))
    }

    @Test("the summary echo's text is kept for rules that restore stripped words")
    func echoText() throws {
        guard let document = try Self.seed() else {
            print("skipped: seed not found at \(Self.seedURL.path)")
            return
        }
        let edges = RuleContext().shared(EdgeBoilerplate.self, document)
        let echo = try #require(edges.echoes.first)
        #expect(echo.hasMarker)
        #expect(echo.content.contains("按照市委《关于进一步加强和改进意识形态工作的实施意见》"))
        #expect(!echo.content.contains("所在栏目"))
        #expect(echo.overlap >= 0.7, "overlap \(echo.overlap)")
        print("seed echo overlap: \(echo.overlap); body lines \(edges.bodyLines)")
    }
}
