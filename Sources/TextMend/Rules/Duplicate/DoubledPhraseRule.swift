import Synchronization

/// A phrase repeated back to back inside a line: a second text layer of a PDF or an image,
/// extracted on top of the first (怎么这么热怎么这么热了).
///
/// Lint: five or more characters, at least four of them Chinese and four different,
/// immediately followed by the same characters once (not three times or more: emphasis),
/// inside a line that is not simply the same text twice (`duplicate.repeated-paragraph`).
/// Format: removes the second copy (suggested).
public struct DoubledPhraseRule: Rule {
    public static let description = RuleDescription(
        id: "duplicate.doubled-phrase",
        category: .duplicate,
        summary: "Phrase repeated back to back inside a line (怎么这么热怎么这么热)",
        rationale: """
            PDF and image extraction that reads a text layer twice, and scrapers that join a
            heading with its own link text, leave a phrase followed at once by itself:
            `热字当头热字当头,今年夏天…`. Chinese repeats words for effect (看看, 研究研究,
            一步一步), songs repeat short lines and speakers say an important sentence three
            times, so a repeat needs five characters, four of them Chinese and four different,
            and exactly two copies. A line that is entirely one text twice is left
            to `duplicate.repeated-paragraph`.
            """,
        fixSafety: """
            Suggested: a writer may repeat a phrase on purpose (`我爱你中国我爱你中国`);
            a person should confirm before the copy goes.
            """,
        severity: .warning,
        fixability: .suggested,
        nonTriggeringExamples: [
            Example("我们要研究研究,一步一步来,看看再说。"),
            Example("哈哈哈哈哈哈哈哈哈哈"),
            Example("怎么这么热了今年夏天怎么这么热了今年夏天", prefixable: false),
            Example("New York, New York is a song."),
            Example("第一段第二段第三段。"),
            Example("最后再强调一遍:一定要注意安全!一定要注意安全!一定要注意安全!"),
        ],
        triggeringExamples: [
            Example("天气预报说,怎么这么热⟦怎么这么热⟧了,今年夏天格外炎热。"),
            Example("据报道,今年夏天格外炎热。⟦今年夏天格外炎热。⟧各地纷纷发布高温预警。"),
        ],
        corrections: [
            Correction("天气预报说,怎么这么热怎么这么热了,今年夏天格外炎热。", "天气预报说,怎么这么热了,今年夏天格外炎热。", unsafe: true),
        ]
    )

    /// Local: each line is scanned on its own.
    public static let scope: RuleScope = .line

    public init() {}

    /// Shortest and longest repeated phrase, in scalars.
    static let shortest = 5, longest = 80
    /// Scalars of a line looked at (a huge line costs a bounded amount).
    static let lineCap = 8192

    public func check(_ document: Document, _ context: RuleContext) -> [Finding] {
        let layout = context.shared(Layout.self, document)
        var findings: [Finding] = []
        var scan = Self.scans.withLock { $0.popLast() } ?? Scan()
        defer { Self.scans.withLock { $0.append(scan) } }
        for line in 0..<document.lineCount where !layout.isBlank[line] {
            // The untrimmed line first: if it is too short or holds no byte E3-E9, so is and
            // does its trimmed text (most lines stop here, before any trimming).
            let untrimmed = document.lineContent(line)
            guard untrimmed.count >= Self.shortest * 6, ByteSearch.contains(0xE3...0xE9, in: document.bytes, untrimmed) else { continue }
            let content = layout.trimmedLine(line)
            guard content.count >= Self.shortest * 6, ByteSearch.contains(0xE3...0xE9, in: document.bytes, content),
                  scan.mayHold(document, content) else { continue }
            for square in scan.squares(document, content, qualifies) {
                // The whole line doubled is the repeated-paragraph rule's.
                if square.first.lowerBound == content.lowerBound && square.second.upperBound == content.upperBound { continue }
                findings.append(finding(Self.message, square.second, fix: Fix(.suggested, Self.fixTitle, [Edit(square.second, "")])))
            }
        }
        return findings
    }

    /// Scans kept from one check to the next, one per check running at a time: their tables
    /// need no clearing (`Scan.base`, `Scan.recent`), and clearing them for every document
    /// cost more than checking a small one.
    private static let scans = Mutex<[Scan]>([])

    /// The buffers of a scan over many lines, allocated once.
    struct Scan: Sendable {
        var scalars: [Unicode.Scalar] = [], offsets: [Int] = []
        /// Last position of each 4-gram hash (a lossy table: a collision only misses a repeat),
        /// plus `base`: entries below `base` belong to earlier lines (or documents) and count
        /// as unseen.
        var lastSeen = [Int32](repeating: -1, count: 1 << Self.slotBits)
        /// Where this line's positions start in `lastSeen` (so no table reset between lines).
        var base: Int32 = 0
        static let slotBits: UInt64 = 14

        /// The table slot of the 4-gram at `position` (a multiplicative hash's top bits).
        @inline(__always)
        static func slot(_ scalars: UnsafeBufferPointer<Unicode.Scalar>, _ position: Int) -> Int {
            let key = UInt64(scalars[position].value) << 42 ^ UInt64(scalars[position + 1].value) << 21
                ^ UInt64(scalars[position + 2].value) ^ UInt64(scalars[position + 3].value) << 32 ^ UInt64(scalars[position + 3].value) >> 11
            return Int((key &* 0x9E37_79B9_7F4A_7C15) >> (64 - Self.slotBits))
        }

        /// Where each twelve bytes' hash was last seen, by byte offset (`mayHold`), allocated
        /// for the first line that needs it (an entry from another document is at worst a
        /// false alarm).
        var recent: [UInt32] = []
        static let recentBits: UInt64 = 16
        /// The most bytes a phrase of `longest` scalars takes.
        static let longestBytes = DoubledPhraseRule.longest * 4

        /// Whether `line` may hold a doubled phrase (false: it holds none), cheaper than
        /// `squares`. A doubled phrase holds four CJK characters (lead bytes from 0xE2 up,
        /// three bytes or more each), so the twelve bytes from the second copy's first lead
        /// byte from 0xE0 up stand again one copy earlier, at most `longestBytes` back, at the
        /// first copy's. Each such lead's twelve bytes are hashed into `recent`: a line where
        /// no hash comes back within that reach holds no doubled phrase (a collision or a
        /// nearer repeat only lets more lines through).
        mutating func mayHold(_ document: Document, _ line: Range<Int>) -> Bool {
            if recent.isEmpty { recent = [UInt32](repeating: 0, count: 1 << Self.recentBits) }
            return recent.withUnsafeMutableBufferPointer { recent in
                document.bytes.withUnsafeBufferPointer { bytes in
                    let base = bytes.baseAddress!
                    // Whether the twelve bytes at `index` came within reach before (same line).
                    func repeats(_ index: Int) -> Bool {
                        let low = WordBytes.load(base, index)
                        let high = UInt64(UInt32(littleEndian: UnsafeRawPointer(base + index + 8).loadUnaligned(as: UInt32.self)))
                        let slot = Int(((low ^ high &* 0xC2B2_AE3D_27D4_EB4F) &* 0x9E37_79B9_7F4A_7C15) >> (64 - Self.recentBits))
                        let here = UInt32(truncatingIfNeeded: index)
                        let distance = Int(here &- recent[slot])  // wraps: a stale entry is at worst a false alarm
                        if distance <= Self.longestBytes, distance <= index - line.lowerBound { return true }
                        recent[slot] = here
                        return false
                    }
                    let limit = line.upperBound - 11  // leads with twelve bytes in the line
                    var index = line.lowerBound
                    while index + 8 <= limit {
                        let word = WordBytes.load(base, index)
                        var leads = word & (word << 1) & (word << 2) & WordBytes.highs  // bits 7, 6 and 5: 0xE0 up
                        while leads != 0 {
                            if repeats(index + leads.trailingZeroBitCount / 8) { return true }
                            leads &= leads &- 1
                        }
                        index += 8
                    }
                    while index < limit {
                        if bytes[index] >= 0xE0, repeats(index) { return true }
                        index += 1
                    }
                    return false
                }
            }
        }

        /// Phrases followed at once by themselves, exactly once: the two copies' byte ranges.
        mutating func squares(_ document: Document, _ line: Range<Int>, _ qualifies: (ArraySlice<Unicode.Scalar>) -> Bool)
            -> [(first: Range<Int>, second: Range<Int>)] {
            // Decoded into buffers kept from line to line, grown to the longest line (an array
            // allocated per line cost a fifth of the rule; appends cost a uniqueness check each).
            let capacity = min(line.count, DoubledPhraseRule.lineCap)
            if scalars.count < capacity {
                scalars = [Unicode.Scalar](repeating: "\0", count: capacity)
                offsets = [Int](repeating: 0, count: capacity + 1)
            }
            var count = 0
            scalars.withUnsafeMutableBufferPointer { scalars in
                offsets.withUnsafeMutableBufferPointer { offsets in
                    document.bytes.withUnsafeBufferPointer { bytes in
                        var index = line.lowerBound
                        while index < line.upperBound, count < capacity {
                            let (scalar, length) = UTF8Scalars.decode(bytes, at: index)
                            scalars[count] = scalar
                            offsets[count] = index
                            count += 1
                            index += length
                        }
                        offsets[count] = index
                    }
                }
            }
            // Positions are per line: this line's entries start at `base`.
            if Int(base) + count >= Int(Int32.max) {
                for slot in lastSeen.indices { lastSeen[slot] = -1 }
                base = 0
            }
            defer { base += Int32(count) }
            var result: [(first: Range<Int>, second: Range<Int>)] = []
            var position = 0
            let lineScalars = scalars, lineOffsets = offsets, lineBase = base
            // The table is moved out while the loop writes it (no uniqueness check per write).
            var table: [Int32] = []
            swap(&table, &lastSeen)
            defer { swap(&table, &lastSeen) }
            table.withUnsafeMutableBufferPointer { table in
                lineScalars.withUnsafeBufferPointer { whole in
                    // This line's scalars (the buffer's tail holds earlier, longer lines).
                    let buffer = UnsafeBufferPointer(rebasing: whole[..<count])
                    while position + 4 <= buffer.count {
                        let slot = Self.slot(buffer, position)
                        let stored = table[slot]
                        let earlier = stored >= lineBase ? Int(stored - lineBase) : -1
                        table[slot] = lineBase + Int32(position)
                        let period = position - earlier
                        guard earlier >= 0, period >= DoubledPhraseRule.shortest, period <= DoubledPhraseRule.longest,
                              position + period <= buffer.count,
                              (0..<period).allSatisfy({ buffer[earlier + $0] == buffer[position + $0] }),
                              qualifies(lineScalars[earlier..<position]) else { position += 1; continue }
                        // Three copies or more are emphasis (重要的事情说三遍), not a second text layer.
                        var end = position + period
                        while end + period <= buffer.count, (0..<period).allSatisfy({ buffer[earlier + $0] == buffer[end + $0] }) { end += period }
                        if end == position + period { result.append((lineOffsets[earlier]..<lineOffsets[position], lineOffsets[position]..<lineOffsets[end])) }
                        position = end
                    }
                }
            }
            return result
        }
    }

    /// Four Chinese characters and four different characters at least.
    func qualifies(_ phrase: ArraySlice<Unicode.Scalar>) -> Bool {
        phrase.filter(CharacterClass.isCJK).count >= 4 && Set(phrase).count >= 4
    }

    static let message = "phrase repeated back to back"
    static let fixTitle = "remove the second copy"
}
