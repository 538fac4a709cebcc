/// Site watermarks injected at intervals: the same site string after every few sentences.
///
/// Lint: a string of four to forty characters, two of them Chinese, that starts at least
/// three sentences or lines on two lines or more, and reads like a site mark: two
/// watermark words (资料, 下载, 名师, 网 …, see noise-words.txt), or one and a domain or a
/// run of separators (爱掏网 - <domain>, 精品名师归纳总结资料word, 可编辑资料 - - - 欢迎下载).
/// Format: removes every copy.
public struct InjectedWatermarkRule: Rule {
    public static let description = RuleDescription(
        id: "boilerplate.injected-watermark",
        category: .boilerplate,
        summary: "Site watermark injected at intervals (爱掏网 - <domain> after every sentence)",
        rationale: """
            Mirror and document sites stamp their name into the text they copy: `爱掏网 -
            <domain>` after every `。` (even inside code comments), `精品名师归纳总结资料word`
            or `可编辑资料 - - - 欢迎下载` between paragraphs. The rule mines strings that
            open three or more sentences or lines, on at least two lines, and keeps only
            those that read like a site mark, so repeated sentence openings of real prose
            (我们要, 同时, 下载地址) stay silent; the copies must sit between different
            sentences, so a text stored twice over is not taken for one. A site name pasted into a word
            (`在我老秘网县召开的`) is not found: nothing marks where it starts.
            """,
        fixSafety: """
            Safe when the string holds a domain, a run of separators or three watermark
            words; suggested when it holds two watermark words only.
            """,
        severity: .warning,
        fixability: .sometimes,
        nonTriggeringExamples: [
            Example("我们要加强学习。我们要改进作风。我们要狠抓落实。\n我们要勇于担当。"),
            Example("下载地址:官方网站。\n下载地址:镜像站点。\n下载地址:网盘。"),
            Example("参考资料\n\n第一章。\n\n参考资料\n\n第二章。\n\n参考资料"),
            Example("See https://www.debian.org/ for news. See https://www.debian.org/ for help. See https://www.debian.org/ again."),
            Example("请访问官方网站了解详情。\n请访问官方网站报名。\n请访问官方网站查询。"),
        ],
        triggeringExamples: [
            Example("第一句话。⟦爱掏网 - www.aitaocui.cn⟧第二句话。⟦爱掏网 - www.aitaocui.cn⟧\n第三句话。⟦爱掏网 - www.aitaocui.cn⟧"),
            Example("第一段内容。\n⟦精品名师归纳总结资料word⟧\n第二段内容。\n⟦精品名师归纳总结资料word⟧\n第三段内容。\n⟦精品名师归纳总结资料word⟧"),
        ],
        corrections: [
            Correction("第一句话。爱掏网 - www.aitaocui.cn第二句话。爱掏网 - www.aitaocui.cn\n第三句话。爱掏网 - www.aitaocui.cn",
                       "第一句话。第二句话。\n第三句话。"),
            Correction("第一段内容。\n\n可编辑资料 - - - 欢迎下载\n\n第二段内容。\n\n可编辑资料 - - - 欢迎下载\n\n第三段。\n\n可编辑资料 - - - 欢迎下载",
                       "第一段内容。\n\n第二段内容。\n\n第三段。"),
            Correction("甲。资料下载很方便。乙。资料下载很方便。\n丙。资料下载很方便。", "甲。乙。\n丙。", unsafe: true),
        ]
    )

    public init() {}

    /// Fewest copies.
    static let minimumCopies = 3
    /// Longest watermark, in scalars.
    static let longest = 40
    /// Bytes compared after each sentence start.
    static let window = 96
    /// Bytes read on each side of a copy to tell its surroundings apart (`distinctSurroundings`);
    /// with `window`, the reach of a verdict (what the update after `fix` checks is untouched).
    static let surroundings = 9
    /// Sentence starts looked at (a bound for huge documents).
    static let maximumStarts = 200_000

    public func check(_ document: Document, _ context: RuleContext) -> [Finding] {
        let layout = context.shared(Layout.self, document)
        var findings: [Finding] = []
        var taken: Set<Int> = []
        for group in context.keptForFix(Groups.self, document).list {
            guard let (length, copies, applicability) = group.verdict else { continue }
            for start in copies where !taken.contains(start) {
                taken.insert(start)
                let span = start..<start + length
                findings.append(finding(Self.message, span, fix: Fix(applicability, Self.fixTitle, [Edit(NoiseRemoval.range(of: span, in: document, layout), "")])))
            }
        }
        return findings.sorted { $0.range.lowerBound < $1.range.lowerBound }
    }

    /// The sentence starts that share an opening key, three or more, in the order of their
    /// first starts, each group with its verdict (`watermark`), kept for `fix` (`servesFix`). A
    /// verdict reads the bytes from 9 before a start to `window` + 9 after it and nothing
    /// else, so after a round of `fix` a group whose starts are the earlier group's, moved,
    /// with no touched line in reach of them, keeps the earlier verdict, moved; and only the
    /// keys the touched lines open are grouped again (`regrouped`; `EarlierRound`; RoundUpdateTests).
    struct Groups: SharedAnalysis {
        /// A group and its verdict: the watermark's length in bytes, the starts it opens, and
        /// how safe removing it is (nil: no watermark).
        struct Group {
            let key: UInt64
            let starts: [Int]
            let verdict: (length: Int, copies: [Int], applicability: Applicability)?
        }

        let list: [Group]
        /// The groups (indexes into `list`) that kept the earlier round's verdict.
        let kept: [Int]
        /// How many groups kept the earlier round's starts, moved, without being grouped again.
        let carried: Int

        init(document: Document, context: RuleContext) {
            let rule = InjectedWatermarkRule()
            let openings = context.shared(Openings.self, document)
            guard let round = context.earlierRound, let previous = round.context.cached(Groups.self) else {
                list = Self.grouped(document, context, openings).map { Group(key: $0.key, starts: $0.value, verdict: rule.watermark(document, $0.value)) }
                kept = []
                carried = 0
                return
            }
            // Each group with the earlier round's group when that one holds the same starts, moved.
            var candidates: [(key: UInt64, starts: [Int], old: Group?)] = []
            var carried = 0
            if let earlier = round.context.cached(Openings.self),
               earlier.starts <= InjectedWatermarkRule.maximumStarts, openings.starts <= InjectedWatermarkRule.maximumStarts {
                (candidates, carried) = Self.regrouped(document, openings, round, earlier, previous)
            } else {
                var earlier: [UInt64: Group] = [:]
                for group in previous.list { earlier[group.key] = group }
                candidates = Self.grouped(document, context, openings).map { ($0.key, $0.value, Self.same(earlier[$0.key], $0.value, round)) }
            }
            // The bytes of the touched lines: a verdict in reach of them is made again.
            let touched = ByteRegions(ranges: round.touched.lines.map { document.byteRange(ofLines: $0.lowerBound..<$0.upperBound + 1) })
            let count = document.bytes.count
            func untouched(_ start: Int) -> Bool {
                let end = start + InjectedWatermarkRule.window + InjectedWatermarkRule.surroundings + 1
                return end <= count && !touched.meets(max(0, start - InjectedWatermarkRule.surroundings)..<end)
            }
            let moves = round.touched
            var list: [Group] = [], kept: [Int] = []
            list.reserveCapacity(candidates.count)
            for (key, starts, old) in candidates {
                if let old, starts.allSatisfy(untouched) {
                    let verdict = old.verdict.map { ($0.length, $0.copies.map { moves.moved($0) }, $0.applicability) }
                    kept.append(list.count)
                    list.append(Group(key: key, starts: starts, verdict: verdict))
                } else {
                    list.append(Group(key: key, starts: starts, verdict: rule.watermark(document, starts)))
                }
            }
            self.list = list
            self.kept = kept
            self.carried = carried
        }

        /// The keys that open three or more starts, with their starts, in the order of their first starts.
        static func grouped(_ document: Document, _ context: RuleContext, _ openings: Openings) -> [(key: UInt64, value: [Int])] {
            // Past the bound (a huge document), the keys of the first starts only.
            let keyed = openings.starts <= InjectedWatermarkRule.maximumStarts ? openings.list
                : InjectedWatermarkRule.sentenceStarts(document, context.shared(Layout.self, document),
                                                       context.shared(PunctuationMarks.self, document).sentenceMarks, lines: 0..<document.lineCount)
                    .prefix(InjectedWatermarkRule.maximumStarts).compactMap { start in InjectedWatermarkRule.key(document.bytes, start).map { (start, $0) } }
            // Most openings are unique: a count per 16 bits of the key (saturating at the fewest
            // copies) lets only keys that may open enough starts into the groups.
            let least = InjectedWatermarkRule.minimumCopies
            var counts = [UInt8](repeating: 0, count: 1 << 16)
            counts.withUnsafeMutableBufferPointer { counts in
                for (_, key) in keyed {
                    let slot = Int(key >> 48)
                    if counts[slot] < least { counts[slot] += 1 }
                }
            }
            var groups: [UInt64: [Int]] = [:]
            for (start, key) in keyed where counts[Int(key >> 48)] >= least {
                groups[key, default: []].append(start)
            }
            return groups.filter { $0.value.count >= least }.sorted { $0.value[0] < $1.value[0] }
        }

        /// The groups after a round of `fix`, from the earlier round's: a key no touched line
        /// opens (in either document) keeps its starts, moved; only the keys of the touched
        /// lines' openings are grouped again, from every opening. Each with the earlier group
        /// when it holds the same starts, moved.
        static func regrouped(_ document: Document, _ openings: Openings, _ round: EarlierRound, _ earlier: Openings,
                              _ previous: Groups) -> (groups: [(key: UInt64, starts: [Int], old: Group?)], carried: Int) {
            let least = InjectedWatermarkRule.minimumCopies
            // The keys of the openings in the touched lines, before the edits and after them.
            var changed: Set<UInt64> = []
            var filter = [UInt64](repeating: 0, count: 1 << 10)
            func note(_ key: UInt64) {
                changed.insert(key)
                filter[Int(key >> 54)] |= 1 << (key >> 48 & 63)
            }
            for range in round.lines.oldBytes(round.document) {
                for opening in earlier.list.slice(positionsIn: range, { $0.start }) { note(opening.key) }
            }
            for range in round.lines.newBytes(document) {
                for opening in openings.list.slice(positionsIn: range, { $0.start }) { note(opening.key) }
            }
            var candidates: [(key: UInt64, starts: [Int], old: Group?)] = []
            candidates.reserveCapacity(previous.list.count + changed.count)
            var olds: [UInt64: Group] = [:]
            for group in previous.list {
                if changed.contains(group.key) {
                    olds[group.key] = group
                } else {
                    candidates.append((group.key, group.starts.map { round.touched.moved($0) }, group))
                }
            }
            // The changed keys' starts, from every opening (a 64K-bit filter on the key's top
            // 16 bits spares most of them the set look-up).
            var groups: [UInt64: [Int]] = [:]
            if !changed.isEmpty {
                filter.withUnsafeBufferPointer { filter in
                    for (start, key) in openings.list where filter[Int(key >> 54)] & (1 << (key >> 48 & 63)) != 0 && changed.contains(key) {
                        groups[key, default: []].append(start)
                    }
                }
            }
            // The carried groups keep their order (by first start); the few grouped again are
            // merged in.
            let carried = candidates.count
            var regrouped = groups.filter { $0.value.count >= least }.map { (key: $0.key, starts: $0.value, old: Self.same(olds[$0.key], $0.value, round)) }
            regrouped.sort { $0.starts[0] < $1.starts[0] }
            var merged: [(key: UInt64, starts: [Int], old: Group?)] = []
            merged.reserveCapacity(candidates.count + regrouped.count)
            var next = 0
            for candidate in candidates {
                while next < regrouped.count, regrouped[next].starts[0] < candidate.starts[0] {
                    merged.append(regrouped[next])
                    next += 1
                }
                merged.append(candidate)
            }
            merged.append(contentsOf: regrouped[next...])
            return (merged, carried)
        }

        /// The earlier group when its starts, moved, are `starts`.
        static func same(_ old: Group?, _ starts: [Int], _ round: EarlierRound) -> Group? {
            guard let old, old.starts.count == starts.count, zip(old.starts, starts).allSatisfy({ round.touched.moved($0) == $1 }) else { return nil }
            return old
        }
    }

    /// Every sentence start in order with its key (`key(_:_:)`). Starts and keys depend on
    /// their line alone (a key holds no line break), so after a round of `fix` only the
    /// touched lines are read again (`EarlierRound`); RoundUpdateTests compares
    /// the update with a fresh scan.
    struct Openings: SharedAnalysis {
        /// Sentence starts that have a key, in document order, with their keys.
        let list: [(start: Int, key: UInt64)]
        /// How many sentence starts there are, with a key or without.
        let starts: Int

        init(document: Document, context: RuleContext) {
            let layout = context.shared(Layout.self, document)
            let marks = context.shared(PunctuationMarks.self, document).sentenceMarks
            var list: [(start: Int, key: UInt64)] = []
            var starts = 0
            if let round = context.earlierRound, let earlier = round.context.cached(Openings.self) {
                let lines = round.lines
                list.reserveCapacity(earlier.list.count + 64)
                lines.walk(from: round.document, to: document) { old, shift in
                    list.append(contentsOf: earlier.list.slice(positionsIn: old) { $0.start }.lazy.map { ($0.start + shift, $0.key) })
                } rescan: { range in
                    Self.scan(document, layout, marks, range, &list, &starts)
                }
                // The kept starts without a key are only counted: the earlier count, less the
                // starts of the earlier document's touched lines.
                let oldLayout = round.context.shared(Layout.self, round.document)
                let oldMarks = round.context.shared(PunctuationMarks.self, round.document).sentenceMarks
                starts += earlier.starts
                for region in lines.old where region.lowerBound < round.document.lineCount {
                    let touched = region.lowerBound..<min(region.upperBound, round.document.lineCount)
                    starts -= InjectedWatermarkRule.sentenceStarts(round.document, oldLayout, oldMarks, lines: touched).count
                }
            } else {
                Self.scan(document, layout, marks, 0..<document.bytes.count, &list, &starts)
            }
            self.list = list
            self.starts = starts
        }

        /// Appends the starts of the lines that start in `range` (which starts at a line start).
        static func scan(_ document: Document, _ layout: Layout, _ marks: [Int], _ range: Range<Int>,
                         _ list: inout [(start: Int, key: UInt64)], _ starts: inout Int) {
            guard !range.isEmpty else { return }
            let first = document.lineIndex(ofByte: range.lowerBound)
            let end = min(document.lineStarts.partitioningIndex { $0 >= range.upperBound }, document.lineCount)
            guard first < end else { return }
            for start in InjectedWatermarkRule.sentenceStarts(document, layout, marks, lines: first..<end) {
                starts += 1
                if let key = InjectedWatermarkRule.key(document.bytes, start) { list.append((start, key)) }
            }
        }
    }

    /// Byte offsets where a line's text starts, or where text follows a sentence-final mark,
    /// in `lines`.
    static func sentenceStarts(_ document: Document, _ layout: Layout, _ marks: [Int], lines: Range<Int>) -> [Int] {
        var starts: [Int] = []
        let bytes = document.bytes
        // After 。 (E3 80 82), ！ (EF BC 81), ？ (EF BC 9F), ! and ? (not `.`): the shared list
        // of sentence marks, walked along with the lines.
        var cursor = lines.isEmpty ? marks.count : marks.partitioningIndex { $0 >= document.lineStarts[lines.lowerBound] }
        for line in lines where !layout.isBlank[line] {
            let content = layout.trimmedLine(line)
            starts.append(content.lowerBound)
            while cursor < marks.count, marks[cursor] < content.lowerBound { cursor += 1 }
            while cursor < marks.count, case let index = marks[cursor], index < content.upperBound {
                cursor += 1
                let byte = bytes[index]
                guard byte != 0x2E else { continue }
                let end = index + (byte < 0x80 ? 1 : 3)
                guard end <= content.upperBound else { continue }
                var next = end
                while next < content.upperBound, bytes[next] == 0x20 { next += 1 }
                if next < content.upperBound { starts.append(next) }
            }
        }
        return starts
    }

    /// A hash of the first 12 bytes after a start, when they hold a non-ASCII character.
    static func key(_ bytes: [UInt8], _ start: Int) -> UInt64? {
        guard start + 12 <= bytes.count else { return nil }
        var hash: UInt64 = 14_695_981_039_346_656_037
        var wide = false
        for byte in bytes[start..<start + 12] {
            if byte == 0x0A { return nil }
            if byte >= 0x80 { wide = true }
            hash = (hash ^ UInt64(byte)) &* 1_099_511_628_211
        }
        return wide ? hash : nil
    }

    /// The longest string that opens three or more of `starts` and reads like a site mark:
    /// its length in bytes, the starts it opens, and how safe removing it is.
    func watermark(_ document: Document, _ starts: [Int]) -> (Int, [Int], Applicability)? {
        let bytes = document.bytes
        // Comparisons over the bytes without bounds or uniqueness checks (the sort and the
        // prefix walks are most of the rule's work).
        return bytes.withUnsafeBufferPointer { bytes in watermark(document, starts, bytes) }
    }

    /// `watermark(_:_:)` over the document's bytes.
    private func watermark(_ document: Document, _ starts: [Int], _ bytes: UnsafeBufferPointer<UInt8>) -> (Int, [Int], Applicability)? {
        let sorted = starts.sorted { lexicographicallyPrecedes(bytes, $0, $1) }
        var best: (Int, [Int], Applicability)?
        var previous = (start: -1, length: 0)
        for index in 0..<(sorted.count - 2) {
            let shared = min(commonPrefix(bytes, sorted[index], sorted[index + 1]), commonPrefix(bytes, sorted[index + 1], sorted[index + 2]))
            let length = usableLength(document, sorted[index], shared)
            guard length >= 12, shared < Self.window, length > best?.0 ?? 0 else { continue }
            // The same string as the candidate before: already judged.
            if previous.length == length, commonPrefix(bytes, previous.start, sorted[index]) >= length { continue }
            previous = (sorted[index], length)
            guard let applicability = siteMark(document, sorted[index]..<sorted[index] + length) else { continue }
            // Sorted, so the copies sharing the prefix sit next to each other.
            var low = index, high = index + 1
            while low > 0, commonPrefix(bytes, sorted[low - 1], sorted[index]) >= length { low -= 1 }
            while high < sorted.count, commonPrefix(bytes, sorted[high], sorted[index]) >= length { high += 1 }
            let copies = sorted[low..<high].filter { endsCleanly(document.bytes, $0 + length) }
            guard copies.count >= Self.minimumCopies, Set(copies.map { document.lineIndex(ofByte: $0) }).count >= 2,
                  distinctSurroundings(document.bytes, copies, length) >= Self.minimumCopies else { continue }
            best = (length, copies.sorted(), applicability)
        }
        return best
    }

    /// How many different surroundings (the bytes just before and after) the copies have:
    /// an injected string sits between ever different sentences, while a text stored twice
    /// repeats its sentences with their neighbours.
    func distinctSurroundings(_ bytes: [UInt8], _ copies: [Int], _ length: Int) -> Int {
        var seen: Set<[UInt8]> = []
        for start in copies {
            let before = bytes[max(0, start - Self.surroundings)..<start]
            let after = bytes[min(bytes.count, start + length)..<min(bytes.count, start + length + Self.surroundings)]
            seen.insert(Array(before) + [0xFF] + Array(after))
            if seen.count >= Self.minimumCopies { break }
        }
        return seen.count
    }

    /// A shared prefix cut back to whole characters, without trailing blanks, and not ending
    /// inside an ASCII word that goes on differently in the copies.
    func usableLength(_ document: Document, _ start: Int, _ shared: Int) -> Int {
        let bytes = document.bytes
        var end = start + shared
        while end > start && end < bytes.count && bytes[end] & 0xC0 == 0x80 { end -= 1 }
        if end < bytes.count, isWordByte(bytes[end]) {
            while end > start && isWordByte(bytes[end - 1]) { end -= 1 }
        }
        while end > start && (bytes[end - 1] == 0x20 || bytes[end - 1] == 0x09) { end -= 1 }
        return end - start
    }

    /// Whether a copy ends at a character boundary that does not split an ASCII word.
    func endsCleanly(_ bytes: [UInt8], _ end: Int) -> Bool {
        end >= bytes.count || !(isWordByte(bytes[end]) && isWordByte(bytes[end - 1]))
    }

    func isWordByte(_ byte: UInt8) -> Bool {
        (0x30...0x39).contains(byte) || (0x41...0x5A).contains(byte) || (0x61...0x7A).contains(byte)
    }

    /// How safe removing the string is, when it reads like a site mark (nil otherwise).
    func siteMark(_ document: Document, _ range: Range<Int>) -> Applicability? {
        let text = document.string(range)
        // A watermark is short; a long shared opening is a sentence stored twice.
        guard text.unicodeScalars.filter(CharacterClass.isCJK).count >= 2, (4...Self.longest).contains(text.unicodeScalars.count) else { return nil }
        let lower = text.lowercased()
        let anchors: Int, domain: Bool, separators: Bool
        if lower.unicodeScalars.allSatisfy(Self.isPlain) {
            // Every character is one scalar with no other canonical form, so matching bytes
            // finds what matching characters finds, without Foundation.
            let utf8 = Array(lower.utf8)
            anchors = Set(Self.anchorBytes.filter { ByteSearch.firstOffset(of: $0, in: utf8) != nil }).count
            domain = Self.hasDomain(utf8)
            separators = ByteSearch.firstOffset(of: Array(" - ".utf8), in: utf8) != nil || ByteSearch.firstOffset(of: Array(" | ".utf8), in: utf8) != nil
        } else {
            anchors = Set(Self.anchors.filter { lower.contains($0) }).count
            domain = Self.hasDomain(lower)
            separators = lower.contains(" - ") || lower.contains(" | ")
        }
        if domain || (anchors >= 1 && separators) || anchors >= 3 { return .safe }
        return anchors >= 2 ? .suggested : nil
    }

    /// Whether text holds a domain name (`www.` or a dotted name ending in a common suffix).
    static func hasDomain(_ lower: String) -> Bool {
        if lower.contains("www.") { return true }
        return [".com", ".cn", ".net", ".org", ".cc", ".top"].contains { suffix in
            guard let range = lower.range(of: suffix) else { return false }
            return range.lowerBound > lower.startIndex && lower[lower.index(before: range.lowerBound)].isLetter
        }
    }

    /// `hasDomain(_:)` over the UTF-8 of text made of `isPlain` scalars.
    static func hasDomain(_ lower: [UInt8]) -> Bool {
        if ByteSearch.firstOffset(of: Array("www.".utf8), in: lower) != nil { return true }
        return Self.domainSuffixes.contains { suffix in
            guard let offset = ByteSearch.firstOffset(of: suffix, in: lower), offset > 0 else { return false }
            var start = offset - 1
            while start > 0 && lower[start] & 0xC0 == 0x80 { start -= 1 }
            return Character(UTF8Scalars.decode(lower, at: start).scalar).isLetter
        }
    }

    static let domainSuffixes: [[UInt8]] = [".com", ".cn", ".net", ".org", ".cc", ".top"].map { Array($0.utf8) }

    /// Scalars that form a character on their own and have no other canonical form:
    /// Latin-1, general punctuation without joiners, CJK symbols, kana, Han, full-width ASCII.
    static func isPlain(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0..<0x300, 0x2010...0x2027, 0x2030...0x205E, 0x3000...0x3029, 0x3030...0x3098, 0x309B...0x30FF,
             0x3400...0x4DBF, 0x4E00...0x9FFF, 0xFF01...0xFF5E: true
        default: false
        }
    }

    func commonPrefix(_ bytes: UnsafeBufferPointer<UInt8>, _ a: Int, _ b: Int) -> Int {
        var length = 0
        // Eight bytes at a time while they all match and hold no line break (exact per-byte
        // masks: a byte of the difference that is not zero, a byte that is 0A or 0D).
        let limit = min(Self.window, bytes.count - a, bytes.count - b)
        if let base = bytes.baseAddress {
            while length + 8 <= limit {
                let x = WordBytes.load(base, a + length), y = WordBytes.load(base, b + length)
                let stops = ~WordBytes.zeros(x ^ y) & WordBytes.highs | WordBytes.equal(x, 0x0A) | WordBytes.equal(x, 0x0D)
                if stops != 0 { return length + stops.trailingZeroBitCount / 8 }
                length += 8
            }
        }
        while length < Self.window, a + length < bytes.count, b + length < bytes.count,
              bytes[a + length] == bytes[b + length], bytes[a + length] != 0x0A, bytes[a + length] != 0x0D {
            length += 1
        }
        return length
    }

    func lexicographicallyPrecedes(_ bytes: UnsafeBufferPointer<UInt8>, _ a: Int, _ b: Int) -> Bool {
        let shared = commonPrefix(bytes, a, b)
        let x = a + shared < bytes.count && shared < Self.window ? Int(bytes[a + shared]) : -1
        let y = b + shared < bytes.count && shared < Self.window ? Int(bytes[b + shared]) : -1
        return x != y ? x < y : a < b
    }

    static let anchors: [String] = WordListResource.sections(PackageResources.noise_words_txt)["watermark-anchors", default: []].map { $0.lowercased() }

    static let anchorBytes: [[UInt8]] = anchors.map { Array($0.utf8) }

    static let message = "site watermark injected into the text"
    static let fixTitle = "remove the watermark"
}
