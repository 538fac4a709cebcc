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
                let round = EarlierRound(document: document, context: earlierContext, edits: edits, edited: edited)
                rounds.append(("\(label), edits \(pattern)", round, edited))
            }
        }
        return rounds
    }

    /// Each round with analysis `A` updated from the earlier round's (whose context holds `A`
    /// alone) and `A` made from scratch on the edited document.
    static func updatedAndFresh<A: SharedAnalysis>(_ type: A.Type) throws -> [(label: String, round: EarlierRound, updated: A, fresh: A)] {
        try rounds { _ = $0.shared(A.self, $1) }.map { label, round, edited in
            (label, round, RuleContext(options: RuleOptions(), after: round).shared(A.self, edited), RuleContext().shared(A.self, edited))
        }
    }

    @Test func updatedWatermarkOpeningsEqualAFreshScan() throws {
        let rounds = try Self.updatedAndFresh(InjectedWatermarkRule.Openings.self)
        for (label, _, updated, fresh) in rounds {
            #expect(updated.list.map(\.start) == fresh.list.map(\.start) && updated.list.map(\.key) == fresh.list.map(\.key)
                    && updated.starts == fresh.starts, "\(label)")
        }
        #expect(rounds.count > 100)
    }

    @Test func updatedWatermarkVerdictsEqualFreshOnes() throws {
        let rounds = try Self.updatedAndFresh(InjectedWatermarkRule.Groups.self)
        var kept = 0, keptWatermarks = 0, carried = 0
        func describe(_ groups: InjectedWatermarkRule.Groups) -> [String] {
            groups.list.map { "\($0.key) \($0.starts) \(String(describing: $0.verdict))" }
        }
        for (label, _, updated, fresh) in rounds {
            kept += updated.kept.count
            carried += updated.carried
            keptWatermarks += updated.kept.filter { updated.list[$0].verdict != nil }.count
            #expect(describe(updated) == describe(fresh), "\(label)")
        }
        // The earlier groups and verdicts must actually be kept, watermarks among them.
        #expect(rounds.count > 100 && kept > 100 && keptWatermarks > 0 && carried > 100,
                "\(kept) kept, \(keptWatermarks) watermarks, \(carried) carried")
    }

    @Test func updatedSpaceInsideWordGapsEqualAFreshScan() throws {
        let rounds = try Self.updatedAndFresh(SpaceInsideWordRule.Gaps.self)
        var gaps = 0
        for (label, _, updated, fresh) in rounds {
            gaps += fresh.list.count
            #expect(updated.list.map(\.space) == fresh.list.map(\.space) && updated.list.map(\.splits) == fresh.list.map(\.splits)
                    && updated.candidates == fresh.candidates, "\(label)")
        }
        #expect(rounds.count > 100 && gaps > 0)
    }

    @Test func updatedJammerCandidatesAndMediaResiduesEqualFreshScans() throws {
        let rounds = try Self.rounds {
            _ = $0.shared(JammerTextRule.CandidateLines.self, $1)
            _ = $0.shared(MediaResidueRule.Residues.self, $1)
        }
        var candidates = 0, residues = 0
        for (label, round, edited) in rounds {
            let context = RuleContext(options: RuleOptions(), after: round), fresh = RuleContext()
            let jammer = fresh.shared(JammerTextRule.CandidateLines.self, edited).lines
            let media = fresh.shared(MediaResidueRule.Residues.self, edited).lines
            candidates += jammer.count
            residues += media.count
            #expect(context.shared(JammerTextRule.CandidateLines.self, edited).lines == jammer, "\(label)")
            let updated = context.shared(MediaResidueRule.Residues.self, edited).lines
            #expect(updated.map(\.line) == media.map(\.line) && updated.map(\.kind) == media.map(\.kind), "\(label)")
        }
        #expect(rounds.count > 100 && candidates > 0 && residues > 0)
    }

    @Test func updatedDanglingWordVerdictsEqualFreshOnes() throws {
        let rounds = try Self.updatedAndFresh(DanglingFunctionWordRule.Verdicts.self)
        var found = 0, updates = 0
        for (label, round, updated, fresh) in rounds {
            found += fresh.found.count
            // The update applies only where neither round reads the whole token stream.
            if round.context.cached(DanglingFunctionWordRule.Verdicts.self)?.streamed == false, !fresh.streamed { updates += 1 }
            #expect(updated.found.map(\.span) == fresh.found.map(\.span) && updated.found.map(\.mark) == fresh.found.map(\.mark)
                    && updated.chinese == fresh.chinese && updated.streamed == fresh.streamed, "\(label)")
        }
        #expect(rounds.count > 100 && found > 0)
        #expect(updates * 2 > rounds.count, "\(updates) of \(rounds.count) rounds updated")
    }

    @Test func updatedGluedTagTailsEqualFreshOnes() throws {
        let rounds = try Self.updatedAndFresh(GluedTagRule.Tails.self)
        var tags = 0
        for (label, _, updatedTails, freshTails) in rounds {
            let updated = updatedTails.lines, fresh = freshTails.lines
            tags += fresh.compactMap(\.tag).count
            #expect(updated.map(\.line) == fresh.map(\.line) && updated.map(\.tag) == fresh.map(\.tag), "\(label)")
        }
        #expect(rounds.count > 100 && tags > 0)
    }

    @Test func updatedLayoutEqualsAFreshOne() throws {
        let rounds = try Self.updatedAndFresh(Layout.self)
        var paragraphs = 0
        for (label, _, updated, fresh) in rounds {
            paragraphs += fresh.paragraphs.count
            #expect(updated.isBlank == fresh.isBlank && updated.paragraphs == fresh.paragraphs, "\(label)")
        }
        // Empty documents too: every line of a short one deleted.
        let short = Document(text: "a\n\nb\n")
        let context = RuleContext()
        _ = context.shared(Layout.self, short)
        for edits in [[Edit(0..<short.bytes.count, "")], [Edit(0..<4, "")], [Edit(short.bytes.count..<short.bytes.count, "\n\n")]] {
            let edited = Document(utf8: Fixer.apply(edits, to: short.bytes), encoding: short.encoding)
            let round = EarlierRound(document: short, context: context, edits: edits, edited: edited)
            let updated = RuleContext(options: RuleOptions(), after: round).shared(Layout.self, edited)
            #expect(updated.isBlank == Layout(edited).isBlank && updated.paragraphs == Layout(edited).paragraphs, "\(edits)")
        }
        #expect(rounds.count > 100 && paragraphs > 100)
    }

    @Test func updatedParagraphRepeatsEqualFreshOnes() throws {
        let rounds = try Self.updatedAndFresh(RepeatedParagraphRule.Repeats.self)
        var same = 0, lines = 0
        for (label, _, updated, fresh) in rounds {
            same += fresh.sameAsPrevious.count
            lines += fresh.lines.count
            #expect(updated.sameAsPrevious == fresh.sameAsPrevious && updated.lines == fresh.lines, "\(label)")
        }
        // Repeated paragraphs and lines (the rule's examples) must be among the kept entries.
        #expect(rounds.count > 100 && same > 0 && lines > 0, "\(same) repeated paragraphs, \(lines) line repeats")
    }

    /// UTF-8 read as windows-1252 (bytes it leaves undefined read as latin-1), as
    /// Scripts/instruction-counts.sh damages its slice.
    static func sloppyWindows1252(_ text: String) -> String {
        String(String.UnicodeScalarView(text.utf8.map { byte in
            let mapped = byte >= 0x80 && byte <= 0x9F ? LegacyCharsets.windows1252.upper[Int(byte) - 0x80] : UInt32(byte)
            return Unicode.Scalar(mapped)!
        }))
    }

    /// Documents with mojibake: the seed and the rule examples with every third line (or
    /// every line) misread, and a document of mojibake that takes document-wide decisions
    /// (C1 controls beside windows-1250 runs, GBK read as latin-1, lost no-break spaces).
    static func mojibakeDocuments() throws -> [(String, Document)] {
        let seed = String(decoding: try SeedTests.seed().bytes, as: UTF8.self)
        let examples = IncrementalFixTests.exampleTexts.joined(separator: "\n")
        func damaged(_ text: String, every step: Int) -> String {
            text.split(separator: "\n", omittingEmptySubsequences: false).enumerated().map { index, line in
                index % step == 1 ? sloppyWindows1252(String(line)) : String(line)
            }.joined(separator: "\n")
        }
        let wholeDocument = """
            MĂĄm dost tĹ\u{99}etĂ\u{AD}ho a ĂşplnÄ› novĂ©ho.
            comentÃ¡rios e serÃ£o Ã  noite, Ã s crianÃ§as Ã quele dia.
            ÎÒÃÇµÄ ÔÚ ¡°×¨¼Ò¡± ÎÒÃÇ
            ÔÚ the ÎÒ text
            Bremer/Mccoy – DrÃ¥ber, pÃ¥ Å være.
            rГ©gion Г l’ouest, Г la ville; Å veices baÅ†Ä·ieri.
            \u{84}Handwerk\u{93} ok
            """
        return [
            ("seed, every third line misread", Document(text: damaged(seed, every: 3))),
            ("examples, every third line misread", Document(text: damaged(examples, every: 3))),
            ("examples, every line misread", Document(text: damaged(examples, every: 1))),
            ("document-wide mojibake", Document(text: wholeDocument + "\n" + wholeDocument)),
        ]
    }

    @Test func updatedMisdecodingScanEqualsAFreshScan() throws {
        var rounds = 0, repairs = 0
        for (label, document) in try Self.mojibakeDocuments() + StrippedScanUpdateTests.documents() {
            let earlierContext = RuleContext()
            let earlier = earlierContext.shared(MisdecodingScan.self, document)
            // The line edits of the stripped-scan tests, and the repairs themselves (a round of `fix`).
            let repairEdits = earlier.repairs.map { Edit($0.range, $0.replacement) }
            let halfRepaired = earlier.repairs.enumerated().filter { $0.offset % 2 == 0 }.map { Edit($0.element.range, $0.element.replacement) }
            let sets = StrippedScanUpdateTests.editSets(document) + [(100, repairEdits), (101, halfRepaired)].filter { !$0.1.isEmpty }
            for (pattern, edits) in sets {
                let edited = Document(utf8: Fixer.apply(edits, to: document.bytes), encoding: document.encoding)
                let round = EarlierRound(document: document, context: earlierContext, edits: edits, edited: edited)
                let updated = RuleContext(options: RuleOptions(), after: round).shared(MisdecodingScan.self, edited)
                let fresh = RuleContext().shared(MisdecodingScan.self, edited)
                rounds += 1
                repairs += fresh.repairs.count
                #expect(Self.describe(updated.repairs) == Self.describe(fresh.repairs), "\(label), edits \(pattern)")
            }
        }
        #expect(rounds > 100 && repairs > 100)
    }

    @Test func updatedBytePairCensusEqualsAFreshOne() throws {
        var rounds = 0
        for (label, document) in try Self.mojibakeDocuments() + StrippedScanUpdateTests.documents() {
            let earlierContext = RuleContext(options: RuleOptions(), servesFix: true)
            _ = earlierContext.shared(BytePairs.self, document)
            let repairs = RuleContext().shared(MisdecodingScan.self, document).repairs.map { Edit($0.range, $0.replacement) }
            let sets = StrippedScanUpdateTests.editSets(document) + [(100, repairs)].filter { !$0.1.isEmpty }
            for (pattern, edits) in sets {
                let edited = Document(utf8: Fixer.apply(edits, to: document.bytes), encoding: document.encoding)
                let round = EarlierRound(document: document, context: earlierContext, edits: edits, edited: edited)
                let updated = RuleContext(options: RuleOptions(), after: round).shared(BytePairs.self, edited)
                let fresh = RuleContext(options: RuleOptions(), servesFix: true).shared(BytePairs.self, edited)
                let plain = RuleContext().shared(BytePairs.self, edited)
                rounds += 1
                #expect(updated.counts == fresh.counts && updated.seen == plain.seen && updated.bytes == plain.bytes
                        && fresh.seen == plain.seen && fresh.bytes == plain.bytes, "\(label), edits \(pattern)")
            }
        }
        #expect(rounds > 100)
    }

    @Test func sourceDumpCountsAngleBracketsOffTheUpdatedCensus() throws {
        let page = Document(text: SourceDumpRule.description.triggeringExamples[0].text.filter { $0 != "\u{27E6}" && $0 != "\u{27E7}" })
        var rounds = 0, brackets = 0, dumps = 0
        for (label, document) in try Self.mojibakeDocuments() + StrippedScanUpdateTests.documents() + [("page", page)] {
            let earlierContext = RuleContext(options: RuleOptions(), servesFix: true)
            _ = earlierContext.shared(BytePairs.self, document)
            for (pattern, edits) in StrippedScanUpdateTests.editSets(document) {
                let edited = Document(utf8: Fixer.apply(edits, to: document.bytes), encoding: document.encoding)
                let round = EarlierRound(document: document, context: earlierContext, edits: edits, edited: edited)
                let context = RuleContext(options: RuleOptions(), after: round)
                let counted = ByteSearch.count(0x3C, in: edited.bytes, upTo: Int.max)
                rounds += 1
                brackets += counted
                #expect(SourceDumpRule.angleBrackets(edited, context, upTo: 10) == counted, "\(label), edits \(pattern)")
                let updated = context.shared(SourceDumpRule.Verdict.self, edited).verdict
                let plain = RuleContext().shared(SourceDumpRule.Verdict.self, edited).verdict
                if plain != nil { dumps += 1 }
                #expect(updated?.span == plain?.span && updated?.message == plain?.message, "\(label), edits \(pattern)")
            }
        }
        #expect(rounds > 100 && brackets > 0 && dumps > 0, "\(dumps) source dumps")
    }

    /// Everything a repair holds, comparable.
    static func describe(_ repairs: [MisdecodingScan.Repair]) -> [String] {
        repairs.map { "\($0.range) \($0.replacement) \($0.steps.map { "\($0.writtenIn)/\($0.readAs)" }) \($0.lossy) \(String(describing: $0.shown))" }
    }
}
