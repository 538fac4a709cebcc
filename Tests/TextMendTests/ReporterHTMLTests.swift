import Foundation
import Testing
@testable import TextMend

/// The HTML page: canned output, self-containment, passages beside repairs, totals.
struct ReporterHTMLTests {
    static var page: String { HTMLReporter().render(ReporterFixtures.reports) }

    @Test func cannedHTML() throws {
        try ReporterFixtures.expectMatches(Self.page, "report.html")
    }

    @Test("the page loads nothing from elsewhere and runs no script")
    func selfContained() {
        let page = Self.page
        for outside in ["<script", "<link", "src=", "url(", "@import", "http://", "https://"] {
            #expect(!page.contains(outside), "\(outside)")
        }
        #expect(page.hasPrefix("<!DOCTYPE html>") && page.hasSuffix("</html>\n"))
    }

    @Test("one passage per finding, marked by category, with the repair beside it")
    func passages() {
        let page = Self.page
        let findings = ReporterFixtures.reports.reduce(0) { $0 + $1.findings.count }
        #expect(page.components(separatedBy: "<article class=\"finding").count - 1 == findings)
        #expect(page.contains("<article class=\"finding c-invalid-char\">"))
        // The zero-width space is shown as a tag, deleted on the repair side.
        #expect(page.contains("学<mark><span class=\"invisible\">U+200B</span></mark>习"))
        #expect(page.contains("学<del><span class=\"invisible\">U+200B</span></del>习"))
        // A suggested fix says it needs --unsafe-fixes; an insertion shows as <ins>.
        #expect(page.contains("suggested fix (--unsafe-fixes): insert a full stop"))
        #expect(page.contains("Title<mark class=\"gap\" title=\"a gap\"></mark>"))
        #expect(page.contains("Title<ins>。</ins>"))
    }

    @Test("totals per category and per file")
    func totals() {
        let page = Self.page
        #expect(page.contains("<p class=\"verdict\">Found 8 problems in 4 of 5 files"))
        #expect(page.contains("<li class=\"c-invalid-char\"><span class=\"count\">"))
        #expect(page.contains("<a href=\"#\(HTMLReporter.anchor("docs/b.txt"))\">docs/b.txt</a>"))
        #expect(page.contains("1 clean file not shown."))
        #expect(HTMLReporter().render([]).contains("All clear: no problems in 0 files."))
    }

    @Test("text is escaped; long passages keep their head and tail")
    func escaping() {
        let document = Document(text: "<b>&\"x\"</b>" + String(repeating: "长", count: 2_000) + "\u{1}\n")
        let range = 0..<document.bytes.count - 1
        let finding = Finding(ruleID: "markup.test", category: .markup, severity: .warning, message: "tag <b>",
                              range: range, fix: Fix(.safe, "strip", [Edit(range, "x")]))
        let page = HTMLReporter().render([FileReport(path: "a&b.txt", document: document, findings: [finding])])
        #expect(page.contains("&lt;b&gt;&amp;&quot;x&quot;&lt;/b&gt;"))
        #expect(page.contains("a&amp;b.txt") && page.contains("tag &lt;b&gt;"))
        #expect(page.contains("⋯ 1,412 characters ⋯"))
        #expect(page.contains("<span class=\"invisible\">U+0001</span>"))
        #expect(!page.contains("\u{1}"))
    }

    @Test func groupedNumbers() {
        #expect([0, 12, 1_000, 1_234_567].map(HTMLReporter.grouped) == ["0", "12", "1,000", "1,234,567"])
    }
}
