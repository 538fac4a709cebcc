/// The contract's JSON shapes for findings, files and summaries, shared by the JSON and
/// JSON Lines reporters (and by `check --jsonl`).
///
/// Offsets are Unicode scalar offsets into the decoded text; `fix` appears only when the
/// finding has one; `suggestions` is always present (possibly empty), so consumers need
/// not test for it; `metadata` (field → value, e.g. the source of a page) appears only when
/// a rule reports some.
public enum ReportJSON {
    /// Version of the report format.
    public static let version = "0.1.0"

    /// Context scalars on each side of the span in `excerpt`.
    static let excerptContext = 10
    /// Most span scalars in `excerpt` (so it holds at most about 80 scalars).
    static let excerptSpanLimit = 60

    /// One finding, keys in contract order (rule … suggestions).
    public static func finding(_ finding: Finding, in document: Document) -> JSONValue {
        .object(findingMembers(finding, in: document))
    }

    /// The members of a finding object, for callers that prepend their own (`path`, `id`).
    public static func findingMembers(_ finding: Finding, in document: Document) -> [(String, JSONValue)] {
        var members: [(String, JSONValue)] = [
            ("rule", .string(finding.ruleID)),
            ("category", .string(finding.category.rawValue)),
            ("severity", .string(finding.severity.rawValue)),
            ("message", .string(finding.message)),
            ("start", position(document.position(ofByte: finding.range.lowerBound))),
            ("end", position(document.position(ofByte: finding.range.upperBound))),
            ("excerpt", .string(Excerpt(document, finding.range, context: excerptContext,
                                        spanLimit: excerptSpanLimit).plain)),
        ]
        if let fix = finding.fix {
            members.append(("fix", .object([
                ("applicability", .string(fix.applicability.rawValue)),
                ("title", .string(fix.title)),
                ("edits", .array(fix.edits.map { edit in
                    .object([
                        ("start", .int(document.scalarOffset(ofByte: edit.range.lowerBound))),
                        ("end", .int(document.scalarOffset(ofByte: edit.range.upperBound))),
                        ("replacement", .string(edit.replacement)),
                    ])
                })),
            ])))
        }
        members.append(("suggestions", .array(finding.suggestions.map { .string($0) })))
        if !finding.metadata.isEmpty {
            members.append(("metadata", .object(finding.metadata.sorted { $0.key < $1.key }.map { ($0.key, .string($0.value)) })))
        }
        return members
    }

    /// `{"offset", "line", "column"}`.
    static func position(_ position: SourcePosition) -> JSONValue {
        .object([("offset", .int(position.offset)), ("line", .int(position.line)), ("column", .int(position.column))])
    }

    /// One file: path, encoding (with `bom: true` when the input had one and `confidence` when
    /// the charset was guessed), findings.
    public static func file(_ report: FileReport) -> JSONValue {
        var members: [(String, JSONValue)] = [
            ("path", .string(report.path)),
            ("encoding", .string(report.document.encoding.name)),
        ]
        if report.document.encoding.hadBOM { members.append(("bom", .bool(true))) }
        // A guessed charset carries the detector's confidence (0–100); below 50 it is a weak guess.
        if let confidence = report.document.encoding.confidence { members.append(("confidence", .int(confidence))) }
        members.append(("findings", .array(report.findings.map { finding($0, in: report.document) })))
        return .object(members)
    }

    /// `{"files", "findings", "fixable", "suggested"}`: `fixable` counts findings with a safe
    /// fix, `suggested` those whose fix needs `--unsafe-fixes`.
    static func summary(_ reports: [FileReport]) -> JSONValue {
        summary(ReportSummary(reports))
    }

    /// The summary object from counts.
    static func summary(_ summary: ReportSummary) -> JSONValue {
        .object([
            ("files", .int(summary.files)),
            ("findings", .int(summary.findings)),
            ("fixable", .int(summary.fixable)),
            ("suggested", .int(summary.suggested)),
        ])
    }
}
