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
                    // The trials of inferred terms, kept for the next round, as a fresh scan makes them.
                    #expect(Self.summary(updated.state?.trials) == Self.summary(fresh.state?.trials), "\(label), edit pattern \(pattern)")
                }
                #expect(context.shared(StrippedScan.self, edited).gaps == fresh.gaps, "\(label), edit pattern \(pattern) through the context")
            }
        }
        // The update must actually be exercised, not fall back every time.
        #expect(updates * 3 > rounds, "\(updates) updates in \(rounds) rounds")
        // The seed (a real page, with a summary echo) too.
        #expect(seedUpdates > 0)
    }

    /// Characters whose runs the trial test segments (员 委 中 国 会 部 学 文, and 党, which the
    /// edits insert: runs are added before a trial's last one), and the candidates it tries (党 的).
    static let trialPartners: Set<Unicode.Scalar> = ["\u{5458}", "\u{59D4}", "\u{4E2D}", "\u{56FD}", "\u{4F1A}", "\u{90E8}", "\u{5B66}", "\u{6587}",
                                                     "\u{515A}"]
    static let trialCandidates = ["\u{515A}", "\u{7684}"]

    @Test("an updated inference trial equals a fresh one, whatever its budget", arguments: [false, true])
    func trialUpdateEqualsFreshTrial(repairsOnly: Bool) throws {
        // Small budgets make the trials stop early: the update cuts runs back to the budget, or
        // continues past the earlier trial's last run when the edits took runs away before it.
        var updates = 0, stopped = 0
        for (label, document) in try Self.documents() + [("trial text", Document(text: Self.trialText))] {
            let (lines, prose) = Self.body(document)
            for budget in [1, 4, 12, 40] {
                let earlier = InferenceTrial(Self.trialCandidates, rivals: [], partners: Self.trialPartners, budget: budget,
                                             repairsOnly: repairsOnly, document, lines, prose)
                for (pattern, edits) in Self.editSets(document) + [(-1, Self.partnerRuns(document))] {
                    let edited = Document(utf8: Fixer.apply(edits, to: document.bytes), encoding: document.encoding)
                    let (editedLines, editedProse) = Self.body(edited)
                    let fresh = InferenceTrial(Self.trialCandidates, rivals: [], partners: Self.trialPartners, budget: budget,
                                               repairsOnly: repairsOnly, edited, editedLines, editedProse)
                    let map = LineCorrespondence(edits, from: document, to: edited, margin: StrippedScan.updateMargin)
                    let regions = ByteRegions(ranges: map.oldBytes(document).map {
                        $0.upperBound == document.bytes.count ? $0.lowerBound..<$0.upperBound + 1 : $0
                    })
                    guard let updated = earlier.updated(removing: regions, TouchedText(edits, in: edited),
                                                        touchedLines: editedLines.filter { map.isTouched(newLine: $0) },
                                                        edited, editedLines, editedProse) else { continue }
                    updates += 1
                    if earlier.runs.count == budget && budget < 40 { stopped += 1 }
                    let name = "\(label), budget \(budget), edit pattern \(pattern)"
                    #expect(Self.summary(updated) == Self.summary(fresh), "\(name)")
                    #expect(updated.kept(edited) == fresh.kept(edited), "\(name)")
                }
            }
        }
        #expect(updates > 500, "\(updates) updates")
        #expect(stopped > 100, "\(stopped) updates of trials that spent their budget")
    }

    /// Sixty lines of three runs each, most holding a partner: small budgets stop the trial
    /// partway (党员干部, 中国文学, 学生会议, 委员会, 国家部门, 文化中心, 学习文件, 会议纪要, 人民政府,
    /// 工作报告, 技术文档, 系统管理员).
    static let trialText: String = {
        let words = [
            "\u{515A}\u{5458}\u{5E72}\u{90E8}", "\u{4E2D}\u{56FD}\u{6587}\u{5B66}", "\u{5B66}\u{751F}\u{4F1A}\u{8BAE}", "\u{59D4}\u{5458}\u{4F1A}",
            "\u{56FD}\u{5BB6}\u{90E8}\u{95E8}", "\u{6587}\u{5316}\u{4E2D}\u{5FC3}", "\u{5B66}\u{4E60}\u{6587}\u{4EF6}", "\u{4F1A}\u{8BAE}\u{7EAA}\u{8981}",
            "\u{4EBA}\u{6C11}\u{653F}\u{5E9C}", "\u{5DE5}\u{4F5C}\u{62A5}\u{544A}", "\u{6280}\u{672F}\u{6587}\u{6863}", "\u{7CFB}\u{7EDF}\u{7BA1}\u{7406}\u{5458}"
        ]
        return (0..<60).map { line in
            "\(words[line % 12])\(words[(line * 7 + 3) % 12])\u{FF0C}\(words[(line * 5 + 1) % 12])\u{7684}\(words[(line + 8) % 12])\u{3002}"
                + (line % 3 == 0 ? "Debian \(words[(line / 3) % 12])" : "")
        }.joined(separator: "\n")
    }()

    /// Runs holding a partner (员, 会) inserted at the start of two lines, two on each: more
    /// runs than a small budget takes may come before an earlier trial's last run.
    static func partnerRuns(_ document: Document) -> [Edit] {
        Set([document.lineCount / 4, document.lineCount / 2]).sorted().map { line in
            Edit(document.lineStarts[line]..<document.lineStarts[line], "\u{5458} \u{4F1A} ")
        }
    }

    /// A document's non-empty lines, and those of them that are prose.
    static func body(_ document: Document) -> ([Int], Set<Int>) {
        let lines = (0..<document.lineCount).filter { !document.lineContent($0).isEmpty }
        return (lines, Set(lines.filter { StrippedScan.isProse(document, $0) }))
    }

    /// A trial's runs and term gaps, to compare.
    static func summary(_ trial: InferenceTrial) -> String {
        "\(trial.runs.map { [$0.start, $0.pending] }) "
            + trial.scan.pendingTermGaps.map { "\($0.insertion) \($0.span) \($0.previous) \($0.ranked)" }.joined(separator: "; ")
    }

    static func summary(_ trials: StrippedScan.InferenceTrials?) -> String {
        guard let trials else { return "none" }
        return [trials.terms, trials.absent].map { $0.map(summary) ?? "-" }.joined(separator: " | ")
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
