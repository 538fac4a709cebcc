/// Every run of non-ASCII text in a document that reads better decoded another way, found
/// once per document for the mojibake rules. Runs are scanned linearly; only runs that can
/// be mojibake at all (two or more scalars, or mostly uncommon Han) are tried.
struct MisdecodingScan: SharedAnalysis {
    /// One repairable run.
    struct Repair {
        /// Bytes of the damaged text.
        var range: Range<Int>
        /// The repaired text.
        var replacement: String
        /// How it was damaged, outermost misreading last: ("UTF-8", "windows-1252") …
        var steps: [(writtenIn: String, readAs: String)]
        /// Some characters lost bytes and stay U+FFFD: not an exact round trip.
        var lossy: Bool
        /// The whole run and its whole repair, for messages (the edit may be narrower).
        var shown: (damaged: String, repaired: String)? = nil
    }

    /// Repairs in document order.
    let repairs: [Repair]

    /// Longest run examined (scalars); longer runs are examined in pieces.
    static let maxRun = 4096

    /// What the first pass found in each run, in document order: the document-wide decisions
    /// below re-read these, and a re-check after a round of `fix` keeps those of untouched lines.
    private let runs: [Run]

    /// One examined run's outcome (runs never cross a line break, and only the first line's
    /// and the last line's runs see the document's edges).
    struct Run {
        enum Outcome {
            /// `Г`, `Å` alone: judged after the document showed how it was misread.
            case loneLead(Unicode.Scalar)
            /// Repaired; the run is kept when it was read as windows-1250 (redone as ISO-8859-2
            /// if the document holds C1 controls windows-1250 has characters for).
            case repaired(Repair, windows1250: [Unicode.Scalar]?)
            /// Repaired piece by piece between its punctuation.
            case pieces([Repair])
            /// Left alone, but short and below U+3000: a legacy reading may take it later.
            case unrepaired([Unicode.Scalar])
            case nothing
        }
        var range: Range<Int>
        var outcome: Outcome
        /// The run holds a C1 control windows-1250 has a character for.
        var sawC1: Bool

        /// The run moved by `shift` bytes.
        func moved(_ shift: Int) -> Run {
            var run = self
            run.range = range.shifted(by: shift)
            switch outcome {
            case let .repaired(repair, windows1250):
                var repair = repair
                repair.range = repair.range.shifted(by: shift)
                run.outcome = .repaired(repair, windows1250: windows1250)
            case let .pieces(pieces):
                run.outcome = .pieces(pieces.map { piece in
                    var piece = piece
                    piece.range = piece.range.shifted(by: shift)
                    return piece
                })
            default: break
            }
            return run
        }
    }

    init(document: Document, context: RuleContext) {
        var runs: [Run] = []
        if let round = context.earlierRound, let earlier = round.context.cached(MisdecodingScan.self) {
            // After a round of `fix`: the runs of untouched lines are the earlier ones, moved;
            // touched lines are scanned again (MisdecodingScanUpdateTests).
            round.lines.walk(from: round.document, to: document) { old, shift in
                runs.append(contentsOf: earlier.runs.slice(positionsIn: old) { $0.range.lowerBound }.lazy.map { $0.moved(shift) })
            } rescan: { range in
                Self.scan(document, range, into: &runs)
            }
        } else {
            Self.scan(document, 0..<document.bytes.count, into: &runs)
        }
        self.runs = runs
        self.repairs = Self.decide(runs, document)
    }

    /// The runs that start in `range` (which starts and ends at line starts), appended in order.
    static func scan(_ document: Document, _ range: Range<Int>, into runs: inout [Run]) {
        let bytes = document.bytes
        var index = range.lowerBound
        var run: [Unicode.Scalar] = []
        run.reserveCapacity(64)
        while index < range.upperBound {
            guard bytes[index] >= 0x80 else { index = ByteSet.nextNonASCII(in: bytes, from: index + 1, to: range.upperBound); continue }
            let start = index
            // Fast path: a run of CJK text between ASCII that is not mostly uncommon Han.
            if let end = Self.plainCJKRun(bytes, from: index) {
                index = end
                continue
            }
            var sawC1 = false
            run.removeAll(keepingCapacity: true)
            while index < bytes.count, run.count < Self.maxRun {
                if bytes[index] == 0x3F, Self.wantsContinuation(run), Self.typicalLead(run) {
                    run.append("?")  // `â€?`: a lossy decoder's question mark for a byte it could not map
                    index += 1
                    // `Ã?Â¢â?¬â?¢`: a chain of them goes on.
                    if index < bytes.count, bytes[index] >= 0x80 { continue }
                    break
                }
                if bytes[index] >= 0x40, bytes[index] <= 0x7E, let last = run.last, last != " ",
                   let lead = LegacyCharsets.windows1252.byte(last), lead >= 0x81 {
                    // Big5 and Shift_JIS trail bytes are ASCII: `ÁcÅé`, `ƒeƒLƒXƒg` hold one run.
                    let inside = index + 1 < bytes.count && bytes[index + 1] >= 0x80 && document.scalar(at: index + 1).scalar.value < 0x3000
                    if inside || run.count >= 3 {
                        run.append(Unicode.Scalar(bytes[index]))
                        index += 1
                        if inside { continue }
                    }
                    break
                }
                if bytes[index] < 0x80 {
                    // A space where a no-break space (byte A0) was lost inside a sequence: `Ð ÑƒÑ`.
                    guard bytes[index] == 0x20, index + 1 < bytes.count, bytes[index + 1] >= 0x80,
                          document.scalar(at: index + 1).scalar.value < 0x3000, Self.wantsContinuation(run) else { break }
                    run.append(" ")
                    index += 1
                    continue
                }
                let (scalar, length) = document.scalar(at: index)
                if Self.isBarrier(scalar) { break }
                if scalar.value >= 0x80 && scalar.value <= 0x9F, LegacyCharsets.windows1250.upper[Int(scalar.value) - 0x80] != scalar.value {
                    sawC1 = true
                }
                run.append(scalar)
                index += length
            }
            if run.isEmpty { index += document.scalar(at: index).length; continue }
            let outcome: Run.Outcome
            if run.count == 1, run[0] == "Г" || run[0] == "Å" {
                outcome = .loneLead(run[0])
            } else if let repair = Self.repair(run, start..<index, document) {
                outcome = .repaired(repair, windows1250: repair.steps.first?.readAs == "windows-1250" ? run : nil)
            } else if case let pieces = Self.piecewise(run, from: start), !pieces.isEmpty {
                outcome = .pieces(pieces)
            } else if run.count >= 2, run.count <= 64, run.allSatisfy({ $0.value < 0x3000 }) {
                outcome = .unrepaired(run)
            } else {
                outcome = .nothing
            }
            if case .nothing = outcome, !sawC1 { continue }
            runs.append(Run(range: start..<index, outcome: outcome, sawC1: sawC1))
        }
    }

    /// The repairs, given every run's outcome: the decisions that take the whole document.
    static func decide(_ runs: [Run], _ document: Document) -> [Repair] {
        var repairs: [Repair] = []
        var unrepaired: [(range: Range<Int>, run: [Unicode.Scalar])] = []
        var windows1250: [(at: Int, range: Range<Int>, run: [Unicode.Scalar])] = []
        var loneLeads: [(range: Range<Int>, lead: Unicode.Scalar)] = []
        var sawC1 = false
        for item in runs {
            sawC1 = sawC1 || item.sawC1
            switch item.outcome {
            case let .loneLead(lead): loneLeads.append((item.range, lead))
            case let .repaired(repair, run):
                if let run { windows1250.append((repairs.count, item.range, run)) }
                repairs.append(repair)
            case let .pieces(pieces): repairs += pieces
            case let .unrepaired(run): unrepaired.append((item.range, run))
            case .nothing: break
            }
        }
        // `MĂĄm dost tĹ\u{99}etĂ\u{AD}ho`: such C1 controls left in the text mean an ISO decoder, so
        // runs windows-1250 and ISO-8859-2 both explain read as ISO-8859-2 (`ĂĄ` á, not å).
        if sawC1 {
            for item in windows1250 {
                if let repair = Self.repair(item.run, item.range, document, order: LegacyCharsets.isoFirst) { repairs[item.at] = repair }
            }
        }
        repairs += Self.lostNoBreakSpaces(loneLeads, document, evidence: repairs)
        repairs.sort { $0.range.lowerBound < $1.range.lowerBound }
        // Second pass: a document that showed GBK (or Big5 …) read as latin-1 in long runs
        // has its other runs (`ÔÚ` 在, runs glued to ASCII words) read the same way.
        let legacy = repairs.filter { $0.steps.first?.readAs == "windows-1252" && $0.steps.first?.writtenIn != "UTF-8" }
        // The document must be mostly that: its legacy repairs outnumber the runs left alone.
        if legacy.count >= 2, legacy.count >= unrepaired.count, let charset = legacy.first?.steps.first?.writtenIn {
            for item in unrepaired {
                guard let result = CJKMisdecoding.repairLegacy(item.run, only: charset) else { continue }
                repairs.append(Self.trimmed(Repair(range: item.range, replacement: "", steps: [(charset, "windows-1252")], lossy: false),
                                       item.run, result.scalars))
            }
            repairs.sort { $0.range.lowerBound < $1.range.lowerBound }
        }
        // UTF-8 read as windows-1252 throughout (`comentÃ¡rios … serÃ£o`, twice the runs left
        // alone): its no-break spaces were lost to spaces everywhere.
        let latin = repairs.filter { $0.steps.first?.writtenIn == "UTF-8" && $0.steps.first?.readAs == "windows-1252" }.count
        if latin >= 3, latin >= unrepaired.count * 2 {
            repairs = Self.lostSpaces(repairs, unrepaired, document)
        }
        // `Bremer/Mccoy – DrÃ¥ber`: a lone `Ã¥` (å, or a yen sign after a letter) beside
        // non-ASCII text that is sound is inconsistent evidence; ftfy leaves it too.
        if repairs.contains(where: Self.isLoneYen) {
            let all = repairs
            repairs.removeAll { Self.isLoneYen($0) && Self.hasSoundNonASCII(near: $0.range, document, all) }
        }
        return repairs
    }

    /// In a document misread throughout: `Â ` after a repair is a no-break space (C2 A0), and
    /// runs holding a space decode with the space as byte A0 (`â €` ⠀, E2 A0 80).
    static func lostSpaces(_ repairs: [Repair], _ unrepaired: [(range: Range<Int>, run: [Unicode.Scalar])], _ document: Document) -> [Repair] {
        var result = repairs
        let bytes = document.bytes
        // `Â` ending a run of mojibake (`ðŸ“�Â Regulamento`), before a word.
        for item in repairs.map(\.range) + unrepaired.map(\.range) {
            var end = item.upperBound
            if end + 3 <= bytes.count, bytes[end] == 0xEF, bytes[end + 1] == 0xBF, bytes[end + 2] == 0xBD { end += 3 }
            guard end + 3 < bytes.count, bytes[end] == 0xC3, bytes[end + 1] == 0x82, bytes[end + 2] == 0x20, bytes[end + 3] > 0x20 else { continue }
            result.append(Repair(range: end..<(end + 3), replacement: "\u{A0}", steps: [("UTF-8", "windows-1252")], lossy: false))
        }
        for item in unrepaired where item.run.contains(" ") {
            var context = latinContext(item.range, document)
            context.trustSpaces = true
            guard let decoded = LatinMisdecoding.repair(item.run, context, order: [LegacyCharsets.windows1252]),
                  !decoded.scalars.contains(where: { !$0.isASCII && item.run.contains($0) }) else { continue }
            result.append(trimmed(Repair(range: item.range, replacement: "", steps: [("UTF-8", "windows-1252")], lossy: false), item.run, decoded.scalars))
        }
        return result.sorted { $0.range.lowerBound < $1.range.lowerBound }
    }

    /// A repair of `Ã¥` or `Â¥` alone.
    static func isLoneYen(_ repair: Repair) -> Bool {
        guard let damaged = repair.shown?.damaged else { return false }
        return damaged == "Ã¥" || damaged == "Â¥"
    }

    /// Whether the line around `range` (up to 512 bytes each way) holds non-ASCII characters
    /// that no repair touches.
    static func hasSoundNonASCII(near range: Range<Int>, _ document: Document, _ repairs: [Repair]) -> Bool {
        let line = document.lineContent(document.lineIndex(ofByte: range.lowerBound))
        let bytes = document.bytes
        var index = max(line.lowerBound, range.lowerBound - 512)
        let end = min(line.upperBound, range.upperBound + 512)
        while index < end {
            // ASCII, and continuation bytes where the window starts inside a character.
            guard bytes[index] >= 0xC0 else { index += 1; continue }
            // The last repair starting at or before `index` (repairs are in document order).
            let low = repairs.partitioningIndex { $0.range.lowerBound > index }
            if low > 0, repairs[low - 1].range.contains(index) {
                index = repairs[low - 1].range.upperBound
                continue
            }
            // A `Ã`, `Â` or C1 control outside a repair is damage left alone, not sound text.
            let scalar = document.scalar(at: index)
            if scalar.scalar != "Ã" && scalar.scalar != "Â" && !(0x80...0x9F).contains(scalar.scalar.value) { return true }
            index += scalar.length
        }
        return false
    }

    /// The end of a run made only of three-byte CJK characters and punctuation (leads E2–E9,
    /// EF) that ends at ASCII and cannot be mojibake: it holds Han or kana, and its Han
    /// characters are mostly common, also between its punctuation marks (mojibake glued to
    /// sound text: `绀惧尯宸ヤ綔，活动`). Nil when the run needs a closer look.
    static func plainCJKRun(_ bytes: [UInt8], from start: Int) -> Int? {
        // The tier table is read into a local: a static read in the loop costs a once-check per character.
        let tiers = HanFrequency.tiers, common = HanFrequency.Tier.common.rawValue
        return bytes.withUnsafeBufferPointer { bytes in
            tiers.withUnsafeBufferPointer { tiers in
                var index = start, han = 0, uncommon = 0, eastAsian = 0, pieceHan = 0, pieceUncommon = 0
                while index + 2 < bytes.count {
                    let lead = bytes[index]
                    guard (lead >= 0xE2 && lead <= 0xE9) || lead == 0xEF else { break }
                    let value = Int(lead & 0x0F) << 12 | Int(bytes[index + 1] & 0x3F) << 6 | Int(bytes[index + 2] & 0x3F)
                    // U+FFFD and half-width katakana mark Chinese read as Big5 or Shift_JIS.
                    if value == 0xFFFD || (value >= 0xFF61 && value <= 0xFF9F) { return nil }
                    if value >= 0x4E00 && value < 0xA000 {
                        han += 1
                        pieceHan += 1
                        if tiers[value - 0x4E00] != common { uncommon += 1; pieceUncommon += 1 }
                    } else if value >= 0x3000 {
                        eastAsian += 1
                        if value < 0x3040 || (value >= 0xFF01 && value <= 0xFF20) {
                            if pieceUncommon >= 2 && pieceUncommon * 10 >= pieceHan * 4 { return nil }
                            pieceHan = 0
                            pieceUncommon = 0
                        }
                    }
                    index += 3
                }
                guard index < bytes.count ? bytes[index] < 0x80 : true, han + eastAsian > 0 else { return nil }
                if pieceUncommon >= 2 && pieceUncommon * 10 >= pieceHan * 4 { return nil }
                return uncommon >= 2 && uncommon * 10 >= han * 4 ? nil : index
            }
        }
    }

    /// Scalars that never take part in mojibake of the kinds handled: emoji and other
    /// supplementary-plane characters, and line separators.
    @inline(__always)
    static func isBarrier(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value >= 0x1F000 || scalar.value == 0x2028 || scalar.value == 0x2029
    }

    /// Whether a run ends inside a UTF-8 sequence as windows-1252 or windows-1251 bytes.
    static func wantsContinuation(_ run: [Unicode.Scalar]) -> Bool {
        guard let last = run.last, last != " " else { return false }
        for charset in [LegacyCharsets.windows1252, LegacyCharsets.singleByte[2]] {
            guard let byte = charset.byte(last) else { continue }
            if byte >= 0xC2 && byte <= 0xF4 { return true }
            if byte & 0xC0 == 0x80, run.count >= 2, let lead = charset.byte(run[run.count - 2]), lead >= 0xE0, lead <= 0xF4 { return true }
        }
        return false
    }

    /// Whether the run's unfinished sequence starts with a typical mojibake lead (`â€?`, `Ã?`).
    static func typicalLead(_ run: [Unicode.Scalar]) -> Bool {
        let tail = run.suffix(2)
        return tail.contains { "âãïÃÂ".unicodeScalars.contains($0) }
    }

    static func repair(_ run: [Unicode.Scalar], _ range: Range<Int>, _ document: Document,
                       order: [LegacyCharsets.SingleByte] = LegacyCharsets.singleByte) -> Repair? {
        if run.count == 1 {
            return run[0] == "Ã" ? lostNoBreakSpace(range, document, "à") : c1Control(run[0], range)
        }
        if CJKMisdecoding.isCandidate(run) {
            guard let result = CJKMisdecoding.repairUTF8(run) else { return nil }
            let repair = Repair(range: range, replacement: "", steps: [(result.writtenIn, result.readAs)], lossy: result.lossy)
            return trimmed(repair, run, result.scalars)
        }
        guard run.allSatisfy({ $0.value < 0x3000 || $0.value == 0xFFFD }) else { return nil }
        let context = latinContext(range, document)
        var current = run
        var steps: [(String, String)] = []
        // The last state without C1 controls that a round decoded and no later round consumed.
        var settled = (run, 0)
        var fresh: [Bool]? = nil
        var firstComplete = false
        for round in 0..<3 {
            guard let result = LatinMisdecoding.repair(current, context, fresh: fresh, order: order) else { break }
            if round == 0 { firstComplete = result.complete }
            current = result.scalars
            fresh = result.fresh
            steps.append(("UTF-8", result.charset))
            if !current.contains(where: { (0x80...0x9F).contains($0.value) && !run.contains($0) }) { settled = (current, steps.count) }
        }
        current = settled.0
        steps = Array(steps.prefix(settled.1))
        // GBK, Big5 … read as latin-1 wins over a UTF-8 reading unless that one decodes the
        // whole run (`ÐµÐ·Ð¸Ðº` is UTF-8 Cyrillic; `ÔÚ¡°×¨¼Ò¡±` is GBK).
        // Never inside a Latin word (`MÄ£ÄM`, `GÄLÄW`): Chinese text does not glue to letters.
        let glued = !context.before.isEmpty || !context.after.isEmpty || run.first!.isASCII
        if !firstComplete, let result = CJKMisdecoding.repairLegacy(run, glued: glued) {
            current = result.scalars
            steps = [(result.writtenIn, result.readAs)]
        }
        // Latin-1 C1 controls left over are windows-1252 characters read as latin-1.
        if current.contains(where: { (0x80...0x9F).contains($0.value) }) {
            current = current.map { c1Character($0) ?? $0 }
            if steps.isEmpty { steps.append(("windows-1252", "ISO-8859-1")) }
        }
        guard !steps.isEmpty, current != run else { return nil }
        return trimmed(Repair(range: range, replacement: "", steps: steps, lossy: false), run, current)
    }

    /// `绀惧尯宸ヤ綔浜哄憳琛ㄧず，活动很有意义。`: mojibake glued to sound Chinese. Real CJK
    /// punctuation never comes out of UTF-8 read as GBK, Big5 or Shift_JIS (`，` turns into
    /// `锛�`), so a run that fails whole is repaired piece by piece between its punctuation.
    static func piecewise(_ run: [Unicode.Scalar], from start: Int) -> [Repair] {
        func isMark(_ scalar: Unicode.Scalar) -> Bool { (0x3000...0x303F).contains(scalar.value) || (0xFF01...0xFF20).contains(scalar.value) }
        guard run.contains(where: isMark) else { return [] }
        var repairs: [Repair] = []
        var offset = start
        for piece in run.split(omittingEmptySubsequences: false, whereSeparator: isMark) {
            let scalars = Array(piece)
            let length = scalars.reduce(0) { $0 + UTF8.width($1) }
            if CJKMisdecoding.isCandidate(scalars), let result = CJKMisdecoding.repairUTF8(scalars) {
                let repair = Repair(range: offset..<(offset + length), replacement: "", steps: [(result.writtenIn, result.readAs)], lossy: result.lossy)
                repairs.append(trimmed(repair, scalars, result.scalars))
            }
            // The piece and the mark after it.
            offset += length + (piece.endIndex < run.count ? UTF8.width(run[piece.endIndex]) : 0)
        }
        return repairs
    }

    /// The repair narrowed to what changes: scalars the run and its repair share at either end
    /// (ASCII trail bytes taken in, a quote mark that was fine) stay outside the span.
    static func trimmed(_ repair: Repair, _ run: [Unicode.Scalar], _ result: [Unicode.Scalar]) -> Repair {
        var prefix = 0, suffix = 0
        while prefix < min(run.count, result.count), run[prefix] == result[prefix] { prefix += 1 }
        while suffix < min(run.count, result.count) - prefix, run[run.count - 1 - suffix] == result[result.count - 1 - suffix] { suffix += 1 }
        func length(_ scalars: ArraySlice<Unicode.Scalar>) -> Int { scalars.reduce(0) { $0 + UTF8.width($1) } }
        // Strings from their UTF-8 (appending scalar by scalar costs several times more).
        func string(_ scalars: ArraySlice<Unicode.Scalar>) -> String {
            var bytes: [UInt8] = []
            bytes.reserveCapacity(scalars.count * 3)
            for scalar in scalars { UTF8.encode(scalar) { bytes.append($0) } }
            return String(decoding: bytes, as: UTF8.self)
        }
        var narrowed = repair
        narrowed.range = (repair.range.lowerBound + length(run[..<prefix]))..<(repair.range.upperBound - length(run[(run.count - suffix)...]))
        narrowed.replacement = string(result[prefix..<(result.count - suffix)])
        // Messages show the run without the ASCII trail bytes it took in at its edges.
        var asciiPrefix = 0, asciiSuffix = 0
        while asciiPrefix < prefix, run[asciiPrefix].isASCII { asciiPrefix += 1 }
        while asciiSuffix < suffix, run[run.count - 1 - asciiSuffix].isASCII { asciiSuffix += 1 }
        // The repaired side is most often the replacement itself (nothing shared at the edges, or only ASCII).
        let repaired = asciiPrefix == prefix && asciiSuffix == suffix ? narrowed.replacement : string(result[asciiPrefix..<(result.count - asciiSuffix)])
        narrowed.shown = (string(run[asciiPrefix..<(run.count - asciiSuffix)]), repaired)
        return narrowed
    }

    /// The windows-1252 character a C1 control stands for when windows-1252 was read as latin-1.
    static func c1Character(_ scalar: Unicode.Scalar) -> Unicode.Scalar? {
        guard (0x80...0x9F).contains(scalar.value) else { return nil }
        let mapped = LegacyCharsets.windows1252.upper[Int(scalar.value - 0x80)]
        return mapped == scalar.value ? nil : Unicode.Scalar(mapped)
    }

    static func c1Control(_ scalar: Unicode.Scalar, _ range: Range<Int>) -> Repair? {
        guard let mapped = c1Character(scalar) else { return nil }
        return Repair(range: range, replacement: String(mapped), steps: [("windows-1252", "ISO-8859-1")], lossy: false)
    }

    /// `voilÃ  le`, `Ã perturber`: `à` whose second byte, a no-break space, became a space.
    static func lostNoBreakSpace(_ range: Range<Int>, _ document: Document, _ letter: String,
                                 readAs charset: String = "windows-1252") -> Repair? {
        let bytes = document.bytes
        let end = range.upperBound
        guard end < bytes.count, bytes[end] == 0x20 else { return nil }
        let afterSpaces = end + (end + 1 < bytes.count && bytes[end + 1] == 0x20 ? 2 : 1)
        guard afterSpaces < bytes.count, bytes[afterSpaces] >= 0x61, bytes[afterSpaces] <= 0x7A else { return nil }
        let before: UInt8? = range.lowerBound > 0 ? bytes[range.lowerBound - 1] : nil
        guard before == nil || before == 0x20 || (before! >= 0x61 && before! <= 0x7A) || before == 0x27 else { return nil }
        // `Ã s crianças` is `às crianças`, `Ã quele` Portuguese `àquele` (àquela, àquilo):
        // the space is the lost byte. Two spaces hold the lost one and the real one.
        let loneS = bytes[afterSpaces] == 0x73 && (afterSpaces + 1 == bytes.count || bytes[afterSpaces + 1] == 0x20)
        let contraction = ["quel", "quil"].contains { prefix in
            afterSpaces + 4 <= bytes.count && bytes[afterSpaces..<(afterSpaces + 4)].elementsEqual(prefix.utf8)
        }
        let edit = afterSpaces - end == 2 || loneS || contraction ? range.lowerBound..<(end + 1) : range
        return Repair(range: edit, replacement: letter, steps: [("UTF-8", charset)], lossy: false)
    }

    /// Lone `Г` and `Å` before a space, in a document that showed UTF-8 read as windows-1251
    /// (`rГ©gion … Г l’ouest`: à) or windows-1252/1257 (`Å veices baÅ†Ä·ieri`: Šveices, the
    /// space being the lost second byte A0).
    static func lostNoBreakSpaces(_ leads: [(range: Range<Int>, lead: Unicode.Scalar)], _ document: Document,
                                  evidence repairs: [Repair]) -> [Repair] {
        guard !leads.isEmpty else { return [] }
        func count(_ charsets: [String], giving wanted: ClosedRange<UInt32>? = nil) -> Int {
            repairs.filter { repair in
                guard let step = repair.steps.first, step.writtenIn == "UTF-8", charsets.contains(step.readAs) else { return false }
                return wanted.map { range in repair.replacement.unicodeScalars.contains { range.contains($0.value) } } ?? true
            }.count
        }
        // Š needs text whose repairs give Latin Extended-A letters (ņ ķ ē ų): Baltic or Central
        // European, not Norwegian `pÃ¥` beside a sound `Å være`.
        let cyrillic = count(["windows-1251"]) >= 1, latin = count(["windows-1252", "windows-1257"], giving: 0x0100...0x017F) >= 2
        let bytes = document.bytes
        var found: [Repair] = []
        for item in leads {
            if item.lead == "Г", cyrillic, let repair = lostNoBreakSpace(item.range, document, "à", readAs: "windows-1251") {
                found.append(repair)
                continue
            }
            // `Å` + A0 is Š, which starts a word: the space goes, and a lower-case letter follows.
            let end = item.range.upperBound, start = item.range.lowerBound
            guard item.lead == "Å", latin, end + 1 < bytes.count, bytes[end] == 0x20, bytes[end + 1] >= 0x61, bytes[end + 1] <= 0x7A,
                  start == 0 || bytes[start - 1] == 0x20 || bytes[start - 1] == 0x0A else { continue }
            found.append(Repair(range: start..<(end + 1), replacement: "Š", steps: [("UTF-8", "windows-1252")], lossy: false))
        }
        return found
    }

    /// The letters right around a run, for the Latin plausibility tests.
    static func latinContext(_ range: Range<Int>, _ document: Document) -> LatinMisdecoding.Context {
        var context = LatinMisdecoding.Context()
        var index = range.lowerBound
        while index > 0, context.before.count < 8 {
            let (scalar, length) = document.scalar(before: index)
            guard scalar.properties.isAlphabetic else { break }
            context.before.append(scalar)
            index -= length
        }
        index = range.upperBound
        if index < document.bytes.count { context.next = document.scalar(at: index).scalar }
        if range.lowerBound > 0 { context.previous = document.scalar(before: range.lowerBound).scalar }
        while index < document.bytes.count, context.after.count < 8 {
            let (scalar, length) = document.scalar(at: index)
            guard scalar.properties.isAlphabetic else { break }
            context.after.append(scalar)
            index += length
        }
        return context
    }
}
