/// SARIF 2.1.0 (the OASIS Static Analysis Results Interchange Format), the report code
/// hosts and editors read: one run, every rule in `tool.driver.rules`, one result per
/// finding with its region in Unicode code points (as the contract counts them) and its
/// fix as replacements.
///
/// Suggested fixes carry `"applicability": "suggested"` in their property bag; the
/// finding's category, excerpt and suggestions sit in the result's. The run's property
/// bag ends with the contract's summary.
public struct SARIFReporter: Reporter {
    /// The schema the report names.
    public static let schema = "https://json.schemastore.org/sarif-2.1.0.json"

    /// Makes the reporter.
    public init() {}

    public func render(_ reports: [FileReport]) -> String {
        var summary = ReportSummary()
        for report in reports { summary.add(report.findings) }
        return Self.log(results: reports.flatMap { Self.results($0) }, summary: summary).pretty + "\n"
    }

    /// The whole log around `results`.
    static func log(results: [JSONValue], summary: ReportSummary) -> JSONValue {
        .object([
            ("$schema", .string(schema)),
            ("version", .string("2.1.0")),
            ("runs", .array([.object([
                ("tool", .object([("driver", driver)])),
                ("columnKind", .string("unicodeCodePoints")),
                ("results", .array(results)),
                ("properties", .object([("summary", ReportJSON.summary(summary))])),
            ])])),
        ])
    }

    /// The rules a report may name, in the order of `tool.driver.rules`.
    static let rules: [RuleDescription] = RuleRegistry.descriptions

    /// Index of each rule id in `rules`.
    private static let ruleIndex: [String: Int] = Dictionary(
        rules.enumerated().map { ($0.element.id, $0.offset) }, uniquingKeysWith: { first, _ in first })

    /// `tool.driver`: textmend and its rules.
    private static let driver: JSONValue = .object([
        ("name", .string("textmend")),
        ("version", .string(ReportJSON.version)),
        ("semanticVersion", .string(ReportJSON.version)),
        ("rules", .array(rules.map { rule in
            .object([
                ("id", .string(rule.id)),
                ("name", .string(ruleName(rule.id))),
                ("shortDescription", .object([("text", .string(rule.summary))])),
                ("fullDescription", .object([("text", .string(rule.rationale))])),
                ("defaultConfiguration", .object([("level", .string(level(rule.severity)))])),
                ("properties", .object([
                    ("category", .string(rule.category.rawValue)),
                    ("fixability", .string(rule.fixability.rawValue)),
                ])),
            ])
        })),
    ])

    /// The results of one file, in document order.
    static func results(_ report: FileReport) -> [JSONValue] {
        let uri = artifactURI(report.path)
        let document = report.document
        return report.findings.map { finding in
            let start = document.position(ofByte: finding.range.lowerBound)
            let end = document.position(ofByte: finding.range.upperBound)
            var members: [(String, JSONValue)] = [("ruleId", .string(finding.ruleID))]
            if let index = ruleIndex[finding.ruleID] { members.append(("ruleIndex", .int(index))) }
            members += [
                ("level", .string(level(finding.severity))),
                ("message", .object([("text", .string(finding.message))])),
                ("locations", .array([.object([("physicalLocation", .object([
                    ("artifactLocation", .object([("uri", .string(uri))])),
                    ("region", .object([
                        ("startLine", .int(start.line)), ("startColumn", .int(start.column)),
                        ("endLine", .int(end.line)), ("endColumn", .int(end.column)),
                        ("charOffset", .int(start.offset)), ("charLength", .int(end.offset - start.offset)),
                    ])),
                ]))])])),
            ]
            if let fix = finding.fix {
                let replacements: [JSONValue] = fix.edits.map { edit in
                    let offset = document.scalarOffset(ofByte: edit.range.lowerBound)
                    let length = document.scalarOffset(ofByte: edit.range.upperBound) - offset
                    return .object([
                        ("deletedRegion", .object([("charOffset", .int(offset)), ("charLength", .int(length))])),
                        ("insertedContent", .object([("text", .string(edit.replacement))])),
                    ])
                }
                members.append(("fixes", .array([.object([
                    ("description", .object([("text", .string(fix.title))])),
                    ("artifactChanges", .array([.object([
                        ("artifactLocation", .object([("uri", .string(uri))])),
                        ("replacements", .array(replacements)),
                    ])])),
                    ("properties", .object([("applicability", .string(fix.applicability.rawValue))])),
                ])])))
            }
            members.append(("properties", .object([
                ("category", .string(finding.category.rawValue)),
                ("excerpt", .string(Excerpt(document, finding.range, context: ReportJSON.excerptContext,
                                            spanLimit: ReportJSON.excerptSpanLimit).plain)),
                ("suggestions", .array(finding.suggestions.map { .string($0) })),
            ])))
            return .object(members)
        }
    }

    /// SARIF's level for a severity.
    static func level(_ severity: Severity) -> String {
        switch severity {
        case .error: "error"
        case .warning: "warning"
        case .info: "note"
        }
    }

    /// `stripped-term.orphan-morpheme` → `OrphanMorpheme` (SARIF's `name` is an identifier).
    static func ruleName(_ id: String) -> String {
        let tail = id.split(separator: ".").last ?? Substring(id)
        return tail.split(separator: "-").map { $0.prefix(1).uppercased() + $0.dropFirst() }.joined()
    }

    /// A path as a URI reference: relative paths stay relative, absolute ones become
    /// `file://` URIs; bytes outside RFC 3986's unreserved set (and `/`) are %-escaped.
    static func artifactURI(_ path: String) -> String {
        var escaped = ""
        for byte in path.utf8 {
            switch byte {
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
                 UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "-"), UInt8(ascii: "."),
                 UInt8(ascii: "_"), UInt8(ascii: "~"), UInt8(ascii: "/"):
                escaped.unicodeScalars.append(Unicode.Scalar(byte))
            default:
                let hex = String(byte, radix: 16, uppercase: true)
                escaped += "%" + (hex.count == 1 ? "0" : "") + hex
            }
        }
        if path.hasPrefix("/") { return "file://" + escaped }
        return escaped.hasPrefix("./") ? String(escaped.dropFirst(2)) : escaped
    }
}
