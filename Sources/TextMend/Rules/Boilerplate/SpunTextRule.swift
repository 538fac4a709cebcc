/// Text run through a synonym-spinning tool (伪原创): a verdict on the whole document.
///
/// Lint: Chinese text with two different strong spinner fingerprints (旳, 不雅观点, 卒业,
/// 弗成, 深刻浅出 …), or one and two weak ones (很是, 但愿, 个中 …); English text with two
/// different tortured phrases (counterfeit consciousness, reminiscence card …).
/// Format: none (the original wording cannot be recovered reliably).
public struct SpunTextRule: Rule {
    public static let description = RuleDescription(
        id: "boilerplate.spun-text",
        category: .boilerplate,
        summary: "Text rewritten by a synonym-spinning tool (旳, 不雅观点, counterfeit consciousness)",
        rationale: """
            Content farms disguise copied articles by swapping words for "synonyms" chosen
            without context: 的 becomes 旳, 观点 becomes 不雅观点, 毕业 becomes 卒业,
            `artificial intelligence` becomes `counterfeit consciousness`, `memory card`
            becomes `reminiscence card`. A single odd word is a typo or a quotation; several
            different fingerprints in one text are a spinner at work. Weak fingerprints
            (很是, 但愿, 个中) are real if rare words and count only next to strong ones. The
            lists are in document-verdicts.txt.
            """,
        fixSafety: "No fix: reversing the swaps needs the context a spinner ignored. The finding covers the text.",
        severity: .warning,
        fixability: .none,
        nonTriggeringExamples: [
            Example("但愿人长久,千里共婵娟。他很是高兴,个中滋味只有自己知道。"),
            Example("Deep learning and artificial intelligence are changing how memory cards are tested."),
            Example("这篇文章的观点很鲜明,作者大学毕业后一直从事研究工作。"),
        ],
        triggeringExamples: [
            Example("⟦如何挑选存储卡\n\n许多人旳不雅观点是,存储卡越贵越好。他卒业后从事测试工做,发现个中启事很是复杂。⟧", prefixable: false),
            Example("⟦Best cards\n\nA reminiscence card stores your photos. Every Safe Digital (SD) card uses NAND Flash Expertise.⟧", prefixable: false),
            Example("⟦Cards\n\nCheap cards fail after 1000's of occasions of writing; a good reminiscence card lasts.⟧", prefixable: false),
        ],
        corrections: []
    )

    public init() {}

    struct Fingerprints: Sendable {
        var strong: [[UInt8]], weak: [[UInt8]], english: [[UInt8]]
    }

    static let fingerprints: Fingerprints = {
        let sections = WordListResource.sections(PackageResources.document_verdicts_txt)
        func bytes(_ name: String) -> [[UInt8]] { sections[name, default: []].map { Array($0.lowercased().utf8) } }
        return Fingerprints(strong: bytes("spun-zh-strong"), weak: bytes("spun-zh-weak"), english: bytes("spun-en"))
    }()

    /// Every fingerprint by its first three bytes (lower-cased), with its kind (0 strong,
    /// 1 weak, 2 English). Every fingerprint is at least three bytes long.
    static let byFirstBytes: [UInt32: [(pattern: [UInt8], kind: Int, index: Int)]] = {
        var table: [UInt32: [(pattern: [UInt8], kind: Int, index: Int)]] = [:]
        for (kind, list) in [fingerprints.strong, fingerprints.weak, fingerprints.english].enumerated() {
            for (index, pattern) in list.enumerated() where pattern.count >= 3 {
                table[UInt32(pattern[0]) << 16 | UInt32(pattern[1]) << 8 | UInt32(pattern[2]), default: []].append((pattern, kind, index))
            }
        }
        return table
    }()

    /// `byFirstBytes` by the 16-bit hash of the key: `slots[hash]` is 0, or one more than the
    /// index in `groups` of the fingerprints whose keys have that hash, each with its key (a
    /// look-up costs no dictionary hashing).
    struct HashedFingerprints: Sendable {
        var slots = [UInt8](repeating: 0, count: 1 << 16)
        var groups: [[(key: UInt32, pattern: [UInt8], kind: Int, index: Int)]] = []
    }

    static let hashed: HashedFingerprints = {
        var table = HashedFingerprints()
        for (key, list) in byFirstBytes {
            let slot = Int(hash(key))
            if table.slots[slot] == 0 {
                table.groups.append([])
                precondition(table.groups.count <= Int(UInt8.max), "more fingerprint keys than a byte numbers")
                table.slots[slot] = UInt8(table.groups.count)
            }
            table.groups[Int(table.slots[slot]) - 1] += list.map { (key, $0.pattern, $0.kind, $0.index) }
        }
        return table
    }()

    /// A first screen over the first two bytes as they stand (either case): one flag per pair.
    static let pairs: [Bool] = {
        var table = [Bool](repeating: false, count: 1 << 16)
        func cases(_ byte: UInt8) -> [UInt8] { byte >= 0x61 && byte <= 0x7A ? [byte, byte - 0x20] : [byte] }
        for key in byFirstBytes.keys {
            for first in cases(UInt8(key >> 16)) { for second in cases(UInt8(key >> 8 & 0xFF)) { table[Int(first) << 8 | Int(second)] = true } }
        }
        return table
    }()

    @inline(__always)
    static func hash(_ key: UInt32) -> UInt32 { (key &* 0x9E37_79B1) >> 16 }

    public func check(_ document: Document, _ context: RuleContext) -> [Finding] {
        var found: [Set<Int>] = [[], [], []]
        for occurrence in context.shared(Occurrences.self, document).list { found[occurrence.kind].insert(occurrence.index) }
        let strong = found[0].count, weak = found[1].count, english = found[2].count
        guard strong >= 2 || (strong >= 1 && weak >= 2) || english >= 2 else { return [] }
        let layout = context.shared(Layout.self, document)
        guard let first = layout.paragraphs.first, let last = layout.paragraphs.last else { return [] }
        let span = layout.trim(first.content.lowerBound..<last.content.upperBound)
        return [finding(Self.message(strong + weak + english), span)]
    }

    /// Where fingerprints stand. None holds a line break or needs a byte beyond its line's
    /// break (a line break is a word boundary), so after `fix` edits only the touched lines are
    /// scanned again (`EarlierRound`).
    struct Occurrences: SharedAnalysis {
        /// Each fingerprint found, by offset, with its kind and its index in its list.
        let list: [(offset: Int, kind: Int, index: Int)]

        init(document: Document, context: RuleContext) {
            var list: [(offset: Int, kind: Int, index: Int)] = []
            if let round = context.earlierRound, let earlier = round.context.cached(Occurrences.self) {
                round.lines.walk(from: round.document, to: document) { old, shift in
                    list.append(contentsOf: earlier.list.slice(positionsIn: old) { $0.offset }.lazy.map { ($0.offset + shift, $0.kind, $0.index) })
                } rescan: { range in
                    Self.scan(document.bytes, range, &list)
                }
            } else {
                Self.scan(document.bytes, 0..<document.bytes.count, &list)
            }
            self.list = list
        }

        /// Appends the fingerprints that start in `range` (which starts at a line start, or
        /// at the start of a word or character).
        static func scan(_ bytes: [UInt8], _ range: Range<Int>, _ list: inout [(offset: Int, kind: Int, index: Int)]) {
            let hashed = SpunTextRule.hashed, pairs = SpunTextRule.pairs, wordBytes = SpunTextRule.wordBytes
            bytes.withUnsafeBufferPointer { buffer in
                hashed.slots.withUnsafeBufferPointer { slots in pairs.withUnsafeBufferPointer { pairs in wordBytes.withUnsafeBufferPointer { wordBytes in
                    let end = min(range.upperBound, max(buffer.count - 2, 0))
                    // Fingerprints start a word (ASCII) or a character (a UTF-8 lead byte; the
                    // text is valid UTF-8): each such byte is screened by its pair with the next (a
                    // fingerprint never starts with a continuation byte).
                    func consider(_ index: Int) {
                        let byte = buffer[index]
                        guard pairs[Int(byte) << 8 | Int(buffer[index + 1])] else { return }
                        if byte < 0x80 {
                            // An ASCII fingerprint starts a word: not after a letter or digit.
                            guard wordBytes[Int(byte)], SpunTextRule.isBoundary(buffer, index - 1) else { return }
                        } else {
                            guard byte >= 0xC0 else { return }
                        }
                        let key = UInt32(SpunTextRule.lower(buffer[index])) << 16 | UInt32(SpunTextRule.lower(buffer[index + 1])) << 8 | UInt32(SpunTextRule.lower(buffer[index + 2]))
                        let slot = Int(slots[Int(SpunTextRule.hash(key))])
                        guard slot != 0 else { return }
                        for candidate in hashed.groups[slot - 1] where candidate.key == key && SpunTextRule.matches(candidate.pattern, buffer, index) {
                            // English phrases need word boundaries.
                            if candidate.kind == 2, !SpunTextRule.isBoundary(buffer, index - 1) || !SpunTextRule.isBoundary(buffer, index + candidate.pattern.count) { continue }
                            list.append((index, candidate.kind, candidate.index))
                        }
                    }
                    var index = range.lowerBound
                    while index + 8 <= end {
                        let word = WordBytes.load(buffer.baseAddress!, index)
                        if word & WordBytes.highs == 0 {
                            // Eight ASCII bytes: only the words' first bytes can start a fingerprint.
                            let before: UInt64 = index > 0 && wordBytes[Int(buffer[index - 1])] ? 0x80 : 0
                            let flags = SpunTextRule.wordByteFlags(word)
                            var starts = flags & ~(flags << 8 | before)
                            while starts != 0 {
                                consider(index + starts.trailingZeroBitCount / 8)
                                starts &= starts &- 1
                            }
                            index += 8
                        } else {
                            // From scalar to scalar (a continuation byte starts nothing), past
                            // these eight bytes.
                            let stop = index + 8
                            while index < stop {
                                consider(index)
                                index += UTF8Scalars.length(ofLead: buffer[index])
                            }
                        }
                    }
                    while index < end {
                        consider(index)
                        index += 1
                    }
                } } }
            }
        }
    }

    static func matches(_ pattern: [UInt8], _ buffer: UnsafeBufferPointer<UInt8>, _ at: Int) -> Bool {
        guard at + pattern.count <= buffer.count else { return false }
        for offset in 1..<max(pattern.count, 1) where Self.lower(buffer[at + offset]) != pattern[offset] { return false }
        return true
    }

    static func isBoundary(_ buffer: UnsafeBufferPointer<UInt8>, _ at: Int) -> Bool {
        guard at >= 0, at < buffer.count else { return true }
        let byte = Self.lower(buffer[at])
        return !((0x61...0x7A).contains(byte) || (0x30...0x39).contains(byte))
    }

    /// The high bit of each byte of an all-ASCII `word` that is a letter or digit (what
    /// `wordBytes` holds).
    @inline(__always)
    static func wordByteFlags(_ word: UInt64) -> UInt64 {
        let folded = word | 0x2020_2020_2020_2020  // upper-case letters to lower case
        return WordBytes.within(folded, 0x61, 0x7A) | WordBytes.within(word, 0x30, 0x39)
    }

    /// Whether each byte is an ASCII letter or digit (what `isBoundary` does not count as a boundary).
    static let wordBytes: [Bool] = (0...255).map { (value: Int) -> Bool in
        let byte = UInt8(value), letter = byte | 0x20
        return (letter >= 0x61 && letter <= 0x7A) || (byte >= 0x30 && byte <= 0x39)
    }

    @inline(__always)
    static func lower(_ byte: UInt8) -> UInt8 { byte >= 0x41 && byte <= 0x5A ? byte + 0x20 : byte }

    static func message(_ count: Int) -> String { "text rewritten by a synonym-spinning tool (\(count) different fingerprints)" }
}
