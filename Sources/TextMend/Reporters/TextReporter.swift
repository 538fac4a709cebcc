/// The report for people, in the manner of rustc and ruff:
///
/// ```
/// docs/a.txt:1:2: warning [invalid-char.zero-width] zero-width space inside the text
///   |
/// 1 | 学\u{200B}习贯彻会议精神。
///   |   ^^^^^^^^
///   = fix (safe): delete the invisible characters
///
/// Found 1 problem in 1 file (1 fixable with `textmend fix`).
/// ```
///
/// Excerpts show the line where the finding starts, windowed around the span on long lines
/// (`…` where cut), with invisible and control characters escaped and the marker placed by
/// terminal columns (CJK and emoji count two).
public struct TextReporter: Reporter {
    /// Whether ANSI colours are written.
    public let color: Bool
    /// Most columns of line text shown in an excerpt.
    static let excerptWidth = 100
    /// Scalars gathered on each side of the span (and of the span itself) before windowing.
    static let gatherLimit = 200

    /// Makes the reporter.
    public init(color: Bool) {
        self.color = color
    }

    public func render(_ reports: [FileReport]) -> String {
        var output = ""
        for report in reports {
            for finding in report.findings {
                output += block(finding, report)
                output += "\n"
            }
        }
        output += summary(ReportSummary(reports)) + "\n"
        return output
    }

    // MARK: One finding

    /// One finding's block, ending in a line break (streamed file by file by `ReportStream`).
    func block(_ finding: Finding, _ report: FileReport) -> String {
        let document = report.document
        let start = document.position(ofByte: finding.range.lowerBound)
        let severity = paint(finding.severity.rawValue, Self.severityStyle(finding.severity))
        var lines = [paint("\(DisplayText.escaped(report.path)):\(start.line):\(start.column):", "1")
                     + " \(severity) [\(finding.ruleID)] \(DisplayText.escaped(finding.message))"]

        let (text, markerOffset, markerWidth) = Self.window(Excerpt(document, finding.range, context: Self.gatherLimit,
                                                                    spanLimit: Self.gatherLimit))
        let number = String(start.line)
        let gutter = String(repeating: " ", count: number.count)
        let bar = paint("|", "1;34")
        lines.append("\(gutter) \(bar)")
        lines.append("\(paint(number, "1;34")) \(bar) \(text)")
        let marker = String(repeating: " ", count: markerOffset) + String(repeating: "^", count: markerWidth)
        lines.append("\(gutter) \(bar) \(paint(marker, Self.severityStyle(finding.severity)))")

        let endLine = document.lineIndex(ofByte: max(finding.range.lowerBound, finding.range.upperBound - 1)) + 1
        if endLine > start.line {
            lines.append("\(gutter) \(paint("=", "1;34")) note: the span continues to line \(endLine)")
        }
        if let fix = finding.fix {
            lines.append("\(gutter) \(paint("=", "1;34")) \(paint("fix (\(fix.applicability.rawValue))", "1;32")): "
                         + DisplayText.escaped(fix.title))
        }
        if !finding.suggestions.isEmpty {
            let label = finding.suggestions.count == 1 ? "suggestion" : "suggestions"
            let list = finding.suggestions.map { $0.isEmpty ? "(delete)" : "`\(DisplayText.escaped($0))`" }.joined(separator: ", ")
            lines.append("\(gutter) \(paint("=", "1;34")) \(paint(label, "1")): \(list)")
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// The excerpt line cut to `excerptWidth` columns around the span, with the marker's
    /// column and width (at least one caret, also for an empty span).
    static func window(_ excerpt: Excerpt) -> (text: String, markerOffset: Int, markerWidth: Int) {
        let before = DisplayText.pieces(excerpt.before)
        let after = DisplayText.pieces(excerpt.after)
        var span = DisplayText.pieces(excerpt.span)
        var spanCut = excerpt.spanCut
        func width(_ pieces: some Sequence<DisplayText.Piece>) -> Int { pieces.reduce(0) { $0 + $1.width } }

        // The span keeps at most 70 % of the width, so some context stays visible.
        let spanBudget = excerptWidth * 7 / 10
        if width(span) > spanBudget {
            var kept = 0, used = 0
            while kept < span.count && used + span[kept].width <= spanBudget { used += span[kept].width; kept += 1 }
            span = Array(span.prefix(kept))
            spanCut = true
        }
        let remaining = excerptWidth - width(span)
        let afterWidth = spanCut ? 0 : width(after)
        let leftBudget = min(width(before), max(remaining / 2, remaining - afterWidth))
        var left: [DisplayText.Piece] = []
        var used = 0
        for piece in before.reversed() {
            if used + piece.width > leftBudget { break }
            left.append(piece)
            used += piece.width
        }
        left.reverse()
        let leftCut = excerpt.moreBefore || left.count < before.count
        var right: [DisplayText.Piece] = []
        var rightCut = false
        if !spanCut {
            var rightUsed = 0
            for piece in after {
                if rightUsed + piece.width > remaining - used { break }
                right.append(piece)
                rightUsed += piece.width
            }
            rightCut = excerpt.moreAfter || right.count < after.count
        }

        let prefix = leftCut ? "…" : ""
        let text = prefix + (left + span + right).map(\.text).joined() + (spanCut || rightCut ? "…" : "")
        return (text, prefix.count + width(left), max(1, width(span)))
    }

    // MARK: Summary

    /// The closing line (a summary counts findings only, so it may be made from reports whose
    /// documents were dropped):
    /// `Found 3 problems in 2 files (2 fixable with `textmend fix`, 1 more with `--unsafe-fixes`).`
    /// or `All clear: no problems in 2 files.`
    func summary(_ summary: ReportSummary) -> String {
        func plural(_ count: Int, _ word: String) -> String { "\(count) \(word)\(count == 1 ? "" : "s")" }
        guard summary.findings > 0 else {
            return paint("All clear: no problems in \(plural(summary.files, "file")).", "1;32")
        }
        var line = "Found \(plural(summary.findings, "problem")) in \(plural(summary.filesWithFindings, "file"))"
        switch (summary.fixable, summary.suggested) {
        case (0, 0): break
        case (let safe, 0): line += " (\(safe) fixable with `textmend fix`)"
        case (0, let unsafe): line += " (\(unsafe) fixable with `textmend fix --unsafe-fixes`)"
        case (let safe, let unsafe): line += " (\(safe) fixable with `textmend fix`, \(unsafe) more with `--unsafe-fixes`)"
        }
        return paint(line + ".", "1")
    }

    // MARK: Colour

    static func severityStyle(_ severity: Severity) -> String {
        switch severity {
        case .error: "1;31"
        case .warning: "1;33"
        case .info: "1;36"
        }
    }

    func paint(_ text: String, _ style: String) -> String {
        color ? "\u{1B}[\(style)m\(text)\u{1B}[0m" : text
    }
}
