import Foundation
import Testing
@testable import TextMend

/// Runs every rule's own examples (see `RuleDescription`): silence on the non-triggering
/// ones, exact spans on the triggering ones, the expected corrections, idempotent fixing,
/// and the same again behind an emoji prefix, with CRLF line endings and after a BOM.
struct RuleExampleTests {
    static let cases: [ExampleCase] = RuleRegistry.all.flatMap { ExampleCase.all(for: $0) }

    @Test("rule examples", arguments: cases)
    func example(_ testCase: ExampleCase) throws {
        try testCase.run()
    }

    @Test("every rule carries examples of each kind")
    func everyRuleHasExamples() {
        for type in RuleRegistry.all {
            let description = type.description
            #expect(!description.triggeringExamples.isEmpty, "\(description.id) has no triggering example")
            #expect(!description.nonTriggeringExamples.isEmpty, "\(description.id) has no non-triggering example")
            if description.fixability != .none {
                #expect(!description.corrections.isEmpty, "\(description.id) is fixable but has no correction")
            }
        }
    }

    @Test("rule ids are unique and well-formed")
    func ruleIDs() {
        let ids = RuleRegistry.descriptions.map(\.id)
        #expect(Set(ids).count == ids.count)
        for description in RuleRegistry.descriptions {
            #expect(description.id.hasPrefix(description.category.rawValue + "."), "\(description.id)")
            #expect(!description.summary.hasSuffix("."), "\(description.id): summary ends with a period")
        }
    }
}

/// How an example is transformed before it runs.
enum Variant: String, CaseIterable, Sendable {
    case plain, emojiPrefix, crlf, bom

    static let prefix = "👨‍👩‍👧🇨🇳e\u{301}👍🏽 "

    func apply(_ text: String) -> String {
        switch self {
        case .plain, .bom: text
        case .emojiPrefix: Self.prefix + text
        case .crlf: text.replacingOccurrences(of: "\n", with: "\r\n")
        }
    }

    func document(_ text: String, byteEscapes: Bool = false) throws -> Document {
        if byteEscapes {
            let input = (self == .bom ? [0xEF, 0xBB, 0xBF] : []) + Example.inputBytes(text)
            return try Decoder.decode(input, encoding: "UTF-8")
        }
        guard self == .bom else { return Document(text: text) }
        let document = try Decoder.decode([0xEF, 0xBB, 0xBF] + Array(text.utf8))
        #expect(document.encoding.hadBOM)
        return document
    }
}

/// One example of one rule under one variant.
struct ExampleCase: CustomTestStringConvertible, Sendable {
    enum Kind: Sendable { case triggering(Example), nonTriggering(Example), correction(Correction) }

    let rule: any Rule.Type
    let kind: Kind
    let variant: Variant

    var testDescription: String {
        let where_: String
        switch kind {
        case .triggering(let e): where_ = "triggering, line \(e.line)"
        case .nonTriggering(let e): where_ = "non-triggering, line \(e.line)"
        case .correction(let c): where_ = "correction, line \(c.line)"
        }
        return "\(rule.description.id) \(where_) [\(variant.rawValue)]"
    }

    static func all(for rule: any Rule.Type) -> [ExampleCase] {
        let description = rule.description
        var cases: [ExampleCase] = []
        for variant in Variant.allCases {
            cases += description.triggeringExamples.filter { variant != .emojiPrefix || $0.prefixable }
                .map { ExampleCase(rule: rule, kind: .triggering($0), variant: variant) }
            cases += description.nonTriggeringExamples.filter { variant != .emojiPrefix || $0.prefixable }
                .map { ExampleCase(rule: rule, kind: .nonTriggering($0), variant: variant) }
            cases += description.corrections.filter { variant != .emojiPrefix || $0.prefixable }
                .map { ExampleCase(rule: rule, kind: .correction($0), variant: variant) }
        }
        return cases
    }

    var options: RuleOptions {
        switch kind {
        case .triggering(let example), .nonTriggering(let example): example.options
        case .correction(let correction): correction.options
        }
    }

    func run() throws {
        let linter = Linter(rules: [rule.init()], options: options)
        switch kind {
        case .triggering(let example):
            let (text, spans) = Markers.parse(variant.apply(example.text))
            let document = try variant.document(text, byteEscapes: example.byteEscapes)
            let found = linter.check(document).map { document.scalarRange(of: $0.range) }
            #expect(found == spans, "spans differ in \(text.debugDescription)",
                    sourceLocation: SourceLocation(fileID: example.file, filePath: example.file, line: example.line, column: 1))
        case .nonTriggering(let example):
            let text = variant.apply(example.text)
            let document = try variant.document(text, byteEscapes: example.byteEscapes)
            let findings = linter.check(document)
            #expect(findings.isEmpty, "unexpected: \(findings.map { "\($0.message) at \(document.scalarRange(of: $0.range))" })",
                    sourceLocation: SourceLocation(fileID: example.file, filePath: example.file, line: example.line, column: 1))
            let fixed = Fixer(linter: linter, applicability: .suggested).fix(document)
            #expect(!fixed.changed, "fix changed a clean example",
                    sourceLocation: SourceLocation(fileID: example.file, filePath: example.file, line: example.line, column: 1))
        case .correction(let correction):
            let location = SourceLocation(fileID: correction.file, filePath: correction.file, line: correction.line, column: 1)
            let input = Markers.parse(variant.apply(correction.input)).text
            let expected = variant.apply(correction.expected)
            let fixer = Fixer(linter: linter, applicability: correction.unsafe ? .suggested : .safe)
            let fixed = fixer.fix(try variant.document(input))
            #expect(String(decoding: fixed.bytes, as: UTF8.self) == expected, sourceLocation: location)
            let again = fixer.fix(Document(utf8: fixed.bytes, encoding: .utf8))
            #expect(!again.changed, "fixing twice changed the text again", sourceLocation: location)
            if correction.unsafe {
                let safeOnly = Fixer(linter: linter, applicability: .safe).fix(try variant.document(input))
                #expect(String(decoding: safeOnly.bytes, as: UTF8.self) != expected,
                        "an unsafe correction was applied by safe fixing alone", sourceLocation: location)
            }
        }
    }
}

/// `⟦` and `⟧` mark expected spans in examples.
enum Markers {
    static func parse(_ marked: String) -> (text: String, spans: [Range<Int>]) {
        var text = String.UnicodeScalarView()
        var spans: [Range<Int>] = []
        var open: [Int] = []
        for scalar in marked.unicodeScalars {
            switch scalar {
            case "⟦": open.append(text.count)
            case "⟧": spans.append(open.removeLast()..<text.count)
            default: text.append(scalar)
            }
        }
        return (String(text), spans.sorted { ($0.lowerBound, $0.upperBound) < ($1.lowerBound, $1.upperBound) })
    }
}

extension Document {
    /// A byte range as a scalar-offset range.
    func scalarRange(of range: Range<Int>) -> Range<Int> {
        scalarOffset(ofByte: range.lowerBound)..<scalarOffset(ofByte: range.upperBound)
    }
}
