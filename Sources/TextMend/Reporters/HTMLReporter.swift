/// One self-contained web page per run: for each document, its damaged passages highlighted
/// by category with the proposed repair beside them; at the top, totals per category and
/// per file. No scripts, fonts or images are loaded; the page works offline.
///
/// The page streams: documents are written as they are checked and the totals, known only
/// at the end, come last in the file but are laid out first (CSS `order`).
public struct HTMLReporter: Reporter {
    /// Passages shown per document; the rest are counted.
    static let passageLimit = 200
    /// Scalars of context on each side of a passage (on its own lines).
    static let context = 80
    /// A passage longer than this many scalars is shown as its head and tail.
    static let spanLimit = 600

    /// Makes the reporter.
    public init() {}

    public func render(_ reports: [FileReport]) -> String {
        var rows: [Row] = []
        var summary = ReportSummary()
        var output = Self.head
        for report in reports {
            output += Self.section(report)
            summary.add(report.findings)
            if let row = Row(report.path, report.findings) { rows.append(row) }
        }
        return output + Self.tail(rows, summary)
    }

    /// A file's line in the totals table.
    struct Row: Sendable {
        var path: String
        var counts: [Category: Int]
        var total: Int

        /// Nil for a file without findings.
        init?(_ path: String, _ findings: [Finding]) {
            guard !findings.isEmpty else { return nil }
            self.path = path
            counts = [:]
            for finding in findings { counts[finding.category, default: 0] += 1 }
            total = findings.count
        }
    }

    // MARK: Page

    /// Everything before the first document.
    static let head = """
        <!DOCTYPE html>
        <html lang="mul">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <meta name="generator" content="textmend \(ReportJSON.version)">
        <title>textmend report</title>
        <style>\(style)</style>
        </head>
        <body>
        <main id="documents">

        """

    /// The totals (laid out at the top) and the end of the page.
    static func tail(_ rows: [Row], _ summary: ReportSummary) -> String {
        var html = "</main>\n<header id=\"totals\">\n<h1>textmend report</h1>\n"
        html += "<p class=\"verdict\">\(escape(verdict(summary)))</p>\n"
        let present = Category.allCases.filter { (summary.byCategory[$0] ?? 0) > 0 }
        if !present.isEmpty {
            html += "<ul class=\"categories\">\n"
            for category in present {
                html += "<li class=\"c-\(category.rawValue)\"><span class=\"count\">\(grouped(summary.byCategory[category]!))</span>"
                    + " <span class=\"name\">\(category.rawValue)</span></li>\n"
            }
            html += "</ul>\n<table class=\"files\">\n<thead><tr><th>File</th>"
            for category in present { html += "<th class=\"c-\(category.rawValue)\">\(category.rawValue)</th>" }
            html += "<th>Total</th></tr></thead>\n<tbody>\n"
            for row in rows {
                html += "<tr><td><a href=\"#\(anchor(row.path))\">\(escape(row.path))</a></td>"
                for category in present {
                    let count = row.counts[category] ?? 0
                    html += count == 0 ? "<td class=\"zero\">·</td>" : "<td>\(grouped(count))</td>"
                }
                html += "<td class=\"total\">\(grouped(row.total))</td></tr>\n"
            }
            html += "</tbody>\n"
            html += "<tfoot><tr><th>\(grouped(summary.filesWithFindings)) of \(grouped(summary.files)) files</th>"
            for category in present { html += "<th>\(grouped(summary.byCategory[category]!))</th>" }
            html += "<th class=\"total\">\(grouped(summary.findings))</th></tr></tfoot>\n</table>\n"
        }
        let clean = summary.files - summary.filesWithFindings
        if clean > 0 && !present.isEmpty {
            html += "<p class=\"clean\">\(grouped(clean)) clean file\(clean == 1 ? "" : "s") not shown.</p>\n"
        }
        return html + "</header>\n</body>\n</html>\n"
    }

    /// `Found 3 problems in 2 of 5 files (…)`, or `All clear: …`.
    static func verdict(_ summary: ReportSummary) -> String {
        func plural(_ count: Int, _ word: String) -> String { "\(grouped(count)) \(word)\(count == 1 ? "" : "s")" }
        guard summary.findings > 0 else { return "All clear: no problems in \(plural(summary.files, "file"))." }
        var line = "Found \(plural(summary.findings, "problem")) in \(grouped(summary.filesWithFindings)) of \(plural(summary.files, "file"))"
        var fixes: [String] = []
        if summary.fixable > 0 { fixes.append("\(grouped(summary.fixable)) repaired by textmend fix") }
        if summary.suggested > 0 { fixes.append("\(grouped(summary.suggested)) more with --unsafe-fixes") }
        if !fixes.isEmpty { line += " (" + fixes.joined(separator: ", ") + ")" }
        return line + "."
    }

    // MARK: Documents

    /// One document's section ("" for a file without findings).
    static func section(_ report: FileReport) -> String {
        guard !report.findings.isEmpty else { return "" }
        var counts: [Category: Int] = [:]
        for finding in report.findings { counts[finding.category, default: 0] += 1 }
        var html = "<section class=\"document\" id=\"\(anchor(report.path))\">\n<h2><span class=\"path\">\(escape(report.path))</span>"
        html += " <span class=\"encoding\">\(escape(report.document.encoding.name))</span>"
        for category in Category.allCases {
            guard let count = counts[category] else { continue }
            html += " <span class=\"chip c-\(category.rawValue)\">\(grouped(count)) \(category.rawValue)</span>"
        }
        html += "</h2>\n"
        for finding in report.findings.prefix(passageLimit) { html += passage(finding, report.document) }
        let more = report.findings.count - passageLimit
        if more > 0 { html += "<p class=\"more\">… and \(grouped(more)) more not shown.</p>\n" }
        return html + "</section>\n"
    }

    /// One finding: what is wrong, the passage with the damage marked, and the repair.
    static func passage(_ finding: Finding, _ document: Document) -> String {
        let category = finding.category.rawValue
        let start = document.position(ofByte: finding.range.lowerBound)
        var html = "<article class=\"finding c-\(category)\">\n<div class=\"what\">"
        html += "<span class=\"chip c-\(category)\">\(category)</span> "
        html += "<span class=\"severity \(finding.severity.rawValue)\">\(finding.severity.rawValue)</span> "
        html += "<span class=\"message\">\(escape(finding.message))</span>"
        html += " <span class=\"where\">line \(start.line), column \(start.column) · <code>\(escape(finding.ruleID))</code></span></div>\n"

        let edits = finding.fix?.edits ?? []
        let core = edits.reduce(finding.range) { min($0.lowerBound, $1.range.lowerBound)..<max($0.upperBound, $1.range.upperBound) }
        let (from, leftCut) = contextStart(document, core.lowerBound)
        let (to, rightCut) = contextEnd(document, core.upperBound)
        let lead = leftCut ? "<span class=\"cut\">…</span>" : ""
        let trail = rightCut ? "<span class=\"cut\">…</span>" : ""

        var found = lead + text(document, from..<finding.range.lowerBound)
        found += finding.range.isEmpty ? "<mark class=\"gap\" title=\"a gap\"></mark>"
            : "<mark>" + clipped(document, finding.range, marker: true) + "</mark>"
        found += text(document, finding.range.upperBound..<to) + trail
        html += "<div class=\"pair\">\n<div class=\"side found\"><div class=\"label\">Found</div><pre>\(found)</pre></div>\n"

        if let fix = finding.fix {
            var repaired = lead
            var cursor = from
            for edit in edits {
                repaired += text(document, cursor..<edit.range.lowerBound)
                if !edit.range.isEmpty { repaired += "<del>" + clipped(document, edit.range, marker: true) + "</del>" }
                if !edit.replacement.isEmpty { repaired += "<ins>" + visible(edit.replacement, marker: true) + "</ins>" }
                cursor = edit.range.upperBound
            }
            repaired += text(document, cursor..<to) + trail
            let kind = fix.applicability == .safe ? "safe fix" : "suggested fix (--unsafe-fixes)"
            html += "<div class=\"side repair \(fix.applicability.rawValue)\"><div class=\"label\">Repair · \(kind): "
                + "\(escape(fix.title))</div><pre>\(repaired)</pre></div>\n"
        } else {
            html += "<div class=\"side repair none\"><div class=\"label\">No automatic repair</div>"
            if finding.suggestions.isEmpty {
                html += "<p class=\"hint\">A person should look at this passage.</p>"
            } else {
                html += "<p class=\"hint\">Candidates: " + finding.suggestions.map {
                    $0.isEmpty ? "<em>delete</em>" : "<ins>\(visible($0, marker: true))</ins>"
                }.joined(separator: " ") + "</p>"
            }
            html += "</div>\n"
        }
        if finding.fix != nil, finding.suggestions.count > 1 {
            html += "<p class=\"alternatives\">Other candidates: " + finding.suggestions.map {
                $0.isEmpty ? "<em>delete</em>" : "<ins>\(visible($0, marker: true))</ins>"
            }.joined(separator: " ") + "</p>\n"
        }
        return html + "</div>\n</article>\n"
    }

    /// Where the context before `offset` starts: the start of its line, at most `context`
    /// scalars back; and whether the line was cut.
    static func contextStart(_ document: Document, _ offset: Int) -> (Int, Bool) {
        let lineStart = document.lineStarts[document.lineIndex(ofByte: offset)]
        var index = offset, count = 0
        while index > lineStart && count < context {
            index -= document.scalar(before: index).length
            count += 1
        }
        return (index, index > lineStart)
    }

    /// Where the context after `offset` ends: the end of its line, at most `context` scalars on.
    static func contextEnd(_ document: Document, _ offset: Int) -> (Int, Bool) {
        // A span ending with its line break needs no more context.
        if offset > 0 && document.bytes[offset - 1] == 0x0A { return (offset, false) }
        let lineEnd = document.lineContent(document.lineIndex(ofByte: offset)).upperBound
        var index = offset, count = 0
        while index < lineEnd && count < context {
            index += document.scalar(at: index).length
            count += 1
        }
        return (index, index < lineEnd)
    }

    /// A range's text, its middle left out when it is longer than `spanLimit` scalars.
    static func clipped(_ document: Document, _ range: Range<Int>, marker: Bool) -> String {
        var headEnd = range.lowerBound, headCount = 0
        while headEnd < range.upperBound && headCount < spanLimit * 2 / 3 {
            headEnd += document.scalar(at: headEnd).length
            headCount += 1
        }
        var tailStart = range.upperBound, tailCount = 0
        while tailStart > headEnd && tailCount < spanLimit / 3 {
            tailStart -= document.scalar(before: tailStart).length
            tailCount += 1
        }
        guard tailStart > headEnd else { return visible(document.string(range), marker: marker) }
        let skipped = document.scalarOffset(ofByte: tailStart) - document.scalarOffset(ofByte: headEnd)
        return visible(document.string(range.lowerBound..<headEnd), marker: marker)
            + "<span class=\"elided\">⋯ \(grouped(skipped)) characters ⋯</span>"
            + visible(document.string(tailStart..<range.upperBound), marker: marker)
    }

    /// Context text, escaped.
    static func text(_ document: Document, _ range: Range<Int>) -> String {
        range.isEmpty ? "" : visible(document.string(range), marker: false)
    }

    /// Text escaped for HTML, invisible characters shown as `U+200B` tags; inside marked
    /// spans line breaks show as `↵` (so a removed line break can be seen).
    static func visible(_ string: String, marker: Bool) -> String {
        var html = ""
        for scalar in string.unicodeScalars {
            switch scalar {
            case "&": html += "&amp;"
            case "<": html += "&lt;"
            case ">": html += "&gt;"
            case "\"": html += "&quot;"
            case "\r": continue
            case "\n": html += marker ? "<span class=\"br\">↵</span>\n" : "\n"
            case "\t": html += "\t"
            default:
                if (scalar.value >= 0x20 && scalar.value < 0x7F) || !DisplayText.needsEscape(scalar) {
                    html.unicodeScalars.append(scalar)
                } else {
                    let hex = String(scalar.value, radix: 16, uppercase: true)
                    html += "<span class=\"invisible\">U+\(String(repeating: "0", count: max(0, 4 - hex.count)) + hex)</span>"
                }
            }
        }
        return html
    }

    /// Text escaped for HTML (no markup for invisible characters).
    static func escape(_ string: String) -> String {
        var html = ""
        for scalar in string.unicodeScalars {
            switch scalar {
            case "&": html += "&amp;"
            case "<": html += "&lt;"
            case ">": html += "&gt;"
            case "\"": html += "&quot;"
            default: html.unicodeScalars.append(scalar)
            }
        }
        return html
    }

    /// A stable element id for a path (FNV-1a of its bytes).
    static func anchor(_ path: String) -> String {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in path.utf8 { hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3 }
        return "f" + String(hash, radix: 36)
    }

    /// `1,234`.
    static func grouped(_ number: Int) -> String {
        let digits = String(number.magnitude)
        var result = ""
        for (index, digit) in digits.enumerated() {
            if index > 0 && (digits.count - index) % 3 == 0 { result += "," }
            result.append(digit)
        }
        return number < 0 ? "-" + result : result
    }
}
