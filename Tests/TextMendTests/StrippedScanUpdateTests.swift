import Foundation
import Testing
@testable import TextMend

/// The stripped-term scan updated after a round of edits (StrippedScanUpdate.swift) must equal
/// the scan of the edited document made from scratch, whatever the edits.
struct StrippedScanUpdateTests {
    /// Documents with and without stripped-term damage.
    static func documents() throws -> [(String, Document)] {
        var documents: [(String, Document)] = [("seed", try SeedTests.seed())]
        for name in FixtureGoldenTests.names {
            let bytes = try [UInt8](Data(contentsOf: FixtureGoldenTests.fixtures.appendingPathComponent(name + ".txt")))
            documents.append((name, try Decoder.decode(bytes)))
        }
        let texts = IncrementalFixTests.exampleTexts
        documents.append(("examples", Document(text: texts.joined(separator: "\n\n"))))
        documents.append(("examples as lines", Document(text: texts.joined(separator: "\n"))))
        // The seed with a character deleted everywhere, as a keyword filter does.
        let seed = String(decoding: try SeedTests.seed().bytes, as: UTF8.self)
        documents.append(("seed without 党", Document(text: seed.replacingOccurrences(of: "\u{515A}", with: ""))))
        documents.append(("seed without 的", Document(text: seed.replacingOccurrences(of: "\u{7684}", with: ""))))
        // A source that masks: three clear X vouch for the doubtful ones (an X beside a blank or
        // a Latin word, before 系); deleting or editing a line with a clear one withdraws it.
        documents.append(("masked", Document(text: Self.masked)))
        // Paragraphs that open with a comma, judged by the line before them (a full stop or not).
        documents.append(("comma paragraphs", Document(text: Self.commaParagraphs)))
        documents.append(("seed with 党 masked", Document(text: seed.replacingOccurrences(of: "\u{515A}", with: "X"))))
        documents.append(("seed without 党, CRLF", Document(text: seed.replacingOccurrences(of: "\u{515A}", with: "").replacingOccurrences(of: "\n", with: "\r\n"))))
        return documents
    }

    /// Masked lines: clear placeholders on three lines, doubtful ones on the others.
    static let masked = """
        全面从严治X,加强X的建设。
        学习 X章,落实X 中央的部署,基X Debian 的系统。
        X员干部要带头,稳××X新。
        会议由××同志主持,××同志出席。
        (××,记录)Debian X划和 X 窗口系统,X系统另行通知。

        ××,副市长,××同志到会。文X系统和X系列。
        """

    /// Paragraphs that lost their first word after a full stop, and some after a heading (the
    /// third line's deletion puts the fifth after a full stop).
    static let commaParagraphs = [
        "\u{5B89}\u{88C5}\u{5B8C}\u{6BD5}\u{3002}",
        "",
        "\u{FF0C}\u{5982}\u{679C}\u{60A8}\u{60F3}\u{8981}\u{6784}\u{5EFA}\u{8F6F}\u{4EF6}\u{5305}\u{3002}",
        "\u{8BF4}\u{660E}",
        "\u{FF0C}\u{8BF7}\u{9605}\u{8BFB}\u{624B}\u{518C}\u{3002}",
        "\u{7CFB}\u{7EDF}\u{5DF2}\u{7ECF}\u{66F4}\u{65B0}\u{3002}",
        "\u{FF0C}\u{5982}\u{679C}\u{9700}\u{8981}\u{FF0C}\u{8BF7}\u{91CD}\u{542F}\u{3002}",
        "",
        "\u{FF0C}\u{7136}\u{540E}\u{91CD}\u{542F}\u{3002}\u{FF0C}\u{4E4B}\u{540E}\u{3002}",
        "\u{7CFB}\u{7EDF}\u{5DF2}\u{7ECF}\u{66F4}\u{65B0}\u{3002}",
        "\u{FF0C}\u{4E4B}\u{540E}\u{3002}"
    ].joined(separator: "\n")

    /// Edits of one kind on every `step`-th line from `first` (one edit a line, so none overlap).
    /// Every edit set the update tests apply to `document`, numbered: each kind of edit on
    /// three spreads of lines, then edge lines removed, as a boilerplate fix does (the body's
    /// bounds move). Empty sets are left out (their numbers are skipped).
    static func editSets(_ document: Document) -> [(pattern: Int, edits: [Edit])] {
        let count = document.lineCount
        let edgeEdits: [[Edit]] = count < 6 ? [] : [
            [Edit(document.lineStarts[0]..<document.lineWithBreak(1).upperBound, "")],
            [Edit(document.lineStarts[count - 2]..<document.bytes.count, "")],
            [Edit(document.lineWithBreak(0), ""), Edit(document.lineStarts[count - 1]..<document.bytes.count, "")],
        ]
        let patterns = (0..<6).flatMap { kind in
            [(0, 1), (3, 7), (count / 2, max(1, count))].map { edits(document, kind: kind, first: $0.0, step: $0.1) }
        }
        return (patterns + edgeEdits).enumerated().filter { !$0.element.isEmpty }.map { ($0.offset, $0.element) }
    }

    static func edits(_ document: Document, kind: Int, first: Int, step: Int) -> [Edit] {
        var edits: [Edit] = []
        for line in stride(from: first, to: document.lineCount, by: step) {
            let content = document.lineContent(line)
            var offsets: [Int] = []
            var index = content.lowerBound
            while index < content.upperBound { offsets.append(index); index += document.scalar(at: index).length }
            let han = offsets.first { LineScalars.isHan(document.scalar(at: $0).scalar) }
            switch kind {
            case 0:  // half-width comma to full-width
                if let comma = offsets.first(where: { document.bytes[$0] == 0x2C }) { edits.append(Edit(comma..<comma + 1, "\u{FF0C}")) }
            case 1:  // a character inserted mid-line
                let at = offsets.isEmpty ? content.lowerBound : offsets[offsets.count / 2]
                edits.append(Edit(at..<at, "\u{515A}"))
            case 2:  // a Han character deleted
                if let han { edits.append(Edit(han..<han + document.scalar(at: han).length, "")) }
            case 3:  // the whole line deleted
                edits.append(Edit(document.lineWithBreak(line), ""))
            case 4:  // the line split in two
                if offsets.count > 2 { edits.append(Edit(offsets[offsets.count / 2]..<offsets[offsets.count / 2], "\n")) }
            default:  // a blank line inserted before, and a double space
                edits.append(Edit(content.lowerBound..<content.lowerBound, "\n"))
                if let han { edits.append(Edit(han..<han, "  ")) }
            }
        }
        return edits
    }

    @Test("an updated stripped-term scan equals a fresh one", arguments: [false, true])
    func updateEqualsFullScan(withTerms: Bool) throws {
        var options = RuleOptions()
        if withTerms { options.stripProfiles = ["party-filter"] }
        var updates = 0, rounds = 0, seedUpdates = 0
        for (label, document) in try Self.documents() {
            let earlierContext = RuleContext(options: options)
            let earlier = earlierContext.shared(StrippedScan.self, document)
            for (pattern, edits) in Self.editSets(document) {
                let edited = Document(utf8: Fixer.apply(edits, to: document.bytes), encoding: document.encoding)
                let round = EarlierRound(document: document, context: earlierContext, edits: edits, edited: edited)
                let context = RuleContext(options: options, after: round)
                let fresh = RuleContext(options: options).shared(StrippedScan.self, edited)
                rounds += 1
                if let updated = StrippedScan(updating: earlier, round, edited, context) {
                    updates += 1
                    if label == "seed" { seedUpdates += 1 }
                    #expect(updated.gaps == fresh.gaps, "\(label), edit pattern \(pattern)")
                    #expect(updated.learnedTerms == fresh.learnedTerms, "\(label), edit pattern \(pattern)")
                }
                #expect(context.shared(StrippedScan.self, edited).gaps == fresh.gaps, "\(label), edit pattern \(pattern) through the context")
            }
        }
        // The update must actually be exercised, not fall back every time.
        #expect(updates * 3 > rounds, "\(updates) updates in \(rounds) rounds")
        // The seed (a real page, with a summary echo) too.
        #expect(seedUpdates > 0)
    }

    @Test("doubtful placeholders follow the clear ones through an update")
    func doubtfulPlaceholdersFollowClearOnes() throws {
        let document = Document(text: Self.masked)
        let earlierContext = RuleContext()
        let earlier = earlierContext.shared(StrippedScan.self, document)
        let xs = { (scan: StrippedScan) in scan.gaps(.placeholder).filter { $0.label == "X" }.count }
        // Three clear X and seven doubtful ones; removing the first line leaves one clear X.
        #expect(xs(earlier) == 10)
        let edits = [Edit(document.lineWithBreak(0), "")]
        let edited = Document(utf8: Fixer.apply(edits, to: document.bytes), encoding: document.encoding)
        let round = EarlierRound(document: document, context: earlierContext, edits: edits, edited: edited)
        let updated = try #require(StrippedScan(updating: earlier, round, edited, RuleContext(options: RuleOptions(), after: round)))
        #expect(updated.gaps == RuleContext().shared(StrippedScan.self, edited).gaps)
        #expect(xs(updated) == 1)
    }

    @Test("the lexical scan's update accounts for each of its stored properties")
    func lexicalScanPropertiesAreCounted() {
        let names = Mirror(reflecting: LexicalGapScan(terms: [])).children.compactMap(\.label)
        #expect(names.sorted() == LexicalGapScan.countedProperties.sorted(),
                "a LexicalGapScan property was added or removed: update `addCounts` and `countedProperties`")
    }
}
