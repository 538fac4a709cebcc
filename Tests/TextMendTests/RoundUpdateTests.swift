import Testing
@testable import TextMend

/// Shared analyses updated after a round of `fix` edits (EarlierRound) must equal the same
/// analyses made from scratch on the edited document, whatever the edits.
struct RoundUpdateTests {
    /// Each document of StrippedScanUpdateTests with each of its edit patterns: the earlier
    /// context (after `prepare`), the round, and the edited document.
    static func rounds(_ prepare: (RuleContext, Document) -> Void) throws -> [(String, EarlierRound, Document)] {
        var rounds: [(String, EarlierRound, Document)] = []
        for (label, document) in try StrippedScanUpdateTests.documents() {
            let earlierContext = RuleContext()
            prepare(earlierContext, document)
            for (pattern, edits) in StrippedScanUpdateTests.editSets(document) {
                let edited = Document(utf8: Fixer.apply(edits, to: document.bytes), encoding: document.encoding)
                let round = EarlierRound(document: document, context: earlierContext, edits: edits, touched: TouchedText(edits, in: edited))
                rounds.append(("\(label), edits \(pattern)", round, edited))
            }
        }
        return rounds
    }

    @Test func updatedWatermarkOpeningsEqualAFreshScan() throws {
        let rounds = try Self.rounds { _ = $0.shared(InjectedWatermarkRule.Openings.self, $1) }
        for (label, round, edited) in rounds {
            let updated = RuleContext(options: RuleOptions(), after: round).shared(InjectedWatermarkRule.Openings.self, edited)
            let fresh = RuleContext().shared(InjectedWatermarkRule.Openings.self, edited)
            #expect(updated.list.map(\.start) == fresh.list.map(\.start) && updated.list.map(\.key) == fresh.list.map(\.key)
                    && updated.starts == fresh.starts, "\(label)")
        }
        #expect(rounds.count > 100)
    }

    @Test func updatedSpaceInsideWordGapsEqualAFreshScan() throws {
        let rounds = try Self.rounds { _ = $0.shared(SpaceInsideWordRule.Gaps.self, $1) }
        var gaps = 0
        for (label, round, edited) in rounds {
            let updated = RuleContext(options: RuleOptions(), after: round).shared(SpaceInsideWordRule.Gaps.self, edited)
            let fresh = RuleContext().shared(SpaceInsideWordRule.Gaps.self, edited)
            gaps += fresh.list.count
            #expect(updated.list.map(\.space) == fresh.list.map(\.space) && updated.list.map(\.splits) == fresh.list.map(\.splits)
                    && updated.candidates == fresh.candidates, "\(label)")
        }
        #expect(rounds.count > 100 && gaps > 0)
    }
}
