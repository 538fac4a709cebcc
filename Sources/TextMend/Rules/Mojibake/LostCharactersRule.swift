/// Characters lost for good by a broken conversion: `锟斤拷` (U+FFFD written as UTF-8 and read
/// as GBK), `烫烫烫` and `屯屯屯` (uninitialised memory printed as GBK), and a `?` left by a
/// decoder next to improbable characters (`上?;鶎狱h建`).
///
/// Lint: those patterns.
/// Format: none; what was lost cannot be read back.
public struct LostCharactersRule: Rule {
    public static let description = RuleDescription(
        id: "mojibake.lost-characters",
        category: .mojibake,
        summary: "Characters lost by a conversion and replaced by a fixed pattern",
        rationale: """
            Some conversions destroy the bytes and leave a signature. `锟斤拷` is two U+FFFD
            written as UTF-8 (EF BF BD EF BF BD) and read as GBK; `烫烫烫` (bytes CC CC) and
            `屯屯屯` (CD CD) are uninitialised memory from MSVC debug builds printed as GBK. A GBK
            text decoded with a one-byte shift shows `?` where a byte was dropped, beside improbable
            characters: Han characters outside every national standard's common set, kana among
            Han, or a lone lower-case Latin letter glued between Han characters (`??梢哉f`, `上?;鶎狱h建`,
            `抓起?!本唧w來`). Four or more `烫` or `屯` in a row are needed (`烫烫的` is a word).
            """,
        fixSafety: "No fix: the original characters are gone; the span marks what to re-fetch or drop.",
        severity: .error,
        fixability: .none,
        nonTriggeringExamples: [
            Example("汤很烫,烫烫的;屯兵屯田。学习贯彻会议精神。"),
            Example("你好吗?我很好。What? 真的?好!Emoji 👍🏽, José, 鍀 and 𠮷."),
            Example("问题 3?答案是 B。第A组?第B组。"),
        ],
        triggeringExamples: [
            Example("标题⟦锟斤拷锟斤拷⟧正文"),
            Example("内存⟦烫烫烫烫烫⟧和⟦屯屯屯屯⟧"),
            Example("抓起⟦?!本唧w⟧來,上海⟦?;鶎狱h⟧建"),
        ],
        corrections: []
    )

    /// Local: a finding never crosses a line break.
    public static let scope: RuleScope = .line

    public init() {}

    public func check(_ document: Document, _ context: RuleContext) -> [Finding] {
        // A finding starts at a `?` after Han (its last byte is 80–BF) or after `?`, or at 锟,
        // 烫 or 屯: a text with none of these byte pairs holds none.
        let pairs = context.shared(BytePairs.self, document)
        guard (0x80...0xBF).contains(where: { pairs.contains($0, 0x3F...0x3F) }) || pairs.contains(0x3F, 0x3F...0x3F)
            || ["锟", "烫", "屯"].contains(where: { pairs.mayContain(Array($0.utf8)) }) else { return [] }
        let bytes = document.bytes
        var findings: [Finding] = []
        var index = Self.nextStart(bytes, from: 0)
        while index < bytes.count {
            let byte = bytes[index]
            if byte == 0x3F {
                if let end = Self.garbledAfterQuestionMark(document, index) {
                    findings.append(finding("“?” and improbable characters: bytes were lost when this text was decoded", index..<end))
                    index = Self.nextStart(bytes, from: end)
                    continue
                }
                index = Self.nextStart(bytes, from: index + 1)
                continue
            }
            let (scalar, length) = document.scalar(at: index)
            if scalar == "锟", let end = Self.repeated(document, index, ["锟", "斤", "拷"], minimum: 3) {
                findings.append(finding("“锟斤拷” stands for characters lost as U+FFFD and read as GBK", index..<end))
                index = Self.nextStart(bytes, from: end)
            } else if scalar == "烫" || scalar == "屯", let end = Self.repeated(document, index, [scalar], minimum: 4) {
                findings.append(finding("“\(scalar)\(scalar)\(scalar)” is uninitialised memory printed as GBK, not text", index..<end))
                index = Self.nextStart(bytes, from: end)
            } else {
                index = Self.nextStart(bytes, from: index + length)
            }
        }
        return findings
    }

    /// The offset of the next `?`, 锟 (E9 94 9F), 烫 (E7 83 AB) or 屯 (E5 B1 AF) at or after
    /// `index` (a scalar's start), or the end: ASCII without `?` is skipped eight bytes at a
    /// time, other scalars one at a time.
    static func nextStart(_ bytes: [UInt8], from index: Int) -> Int {
        let ones: UInt64 = 0x0101_0101_0101_0101, highs: UInt64 = 0x8080_8080_8080_8080
        return bytes.withUnsafeBufferPointer { buffer in
            guard let base = buffer.baseAddress else { return buffer.count }
            let end = buffer.count
            var index = index
            while index < end {
                if index + 8 <= end {
                    let word = UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self)
                    let marks = word ^ (0x3F &* ones)  // a `?` byte becomes zero
                    if word & highs == 0 && (marks &- ones) & ~marks & highs == 0 { index += 8; continue }
                }
                let byte = buffer[index]
                if byte == 0x3F { return index }
                if byte >= 0xE5, index + 2 < end {
                    let second = buffer[index + 1], third = buffer[index + 2]
                    if (byte == 0xE9 && second == 0x94 && third == 0x9F) || (byte == 0xE7 && second == 0x83 && third == 0xAB)
                        || (byte == 0xE5 && second == 0xB1 && third == 0xAF) { return index }
                }
                // On to the next scalar: every target starts one (the text is valid UTF-8 and
                // every caller starts at a scalar).
                index += UTF8Scalars.length(ofLead: byte)
            }
            return end
        }
    }

    /// The end of a run of the cycle starting at `start`, if it has at least `minimum` scalars.
    static func repeated(_ document: Document, _ start: Int, _ cycle: [Unicode.Scalar], minimum: Int) -> Int? {
        var index = start, count = 0
        while index < document.bytes.count {
            let (scalar, length) = document.scalar(at: index)
            guard scalar == cycle[count % cycle.count] else { break }
            count += 1
            index += length
        }
        let whole = count - count % cycle.count
        guard whole >= minimum else { return nil }
        var end = start
        for _ in 0..<whole { end += document.scalar(at: end).length }
        return end
    }

    /// After a `?` inside Han text: the end of the improbable stretch that follows, if any.
    static func garbledAfterQuestionMark(_ document: Document, _ start: Int) -> Int? {
        guard start > 0, HanFrequency.isHan(document.scalar(before: start).scalar) || document.scalar(before: start).scalar == "?" else { return nil }
        var index = start + 1
        var evidence = 0, lastEvidenceEnd = -1, seen = 0
        var previous: Unicode.Scalar = "?"
        while index < document.bytes.count, seen < 6 {
            let (scalar, length) = document.scalar(at: index)
            if scalar == "?" || scalar == "!" || scalar == ";" { if seen == 0 { index += length; continue } else { break } }
            let next = index + length < document.bytes.count ? document.scalar(at: index + length).scalar : " "
            if HanFrequency.isHan(scalar) {
                if HanFrequency.tier(scalar) == .rare { evidence += 2; lastEvidenceEnd = index + length }
            } else if (0x3040...0x30FF).contains(scalar.value) {
                evidence += 2; lastEvidenceEnd = index + length
            } else if scalar.isASCII, scalar.properties.isLowercase || scalar == "_", HanFrequency.isHan(previous), HanFrequency.isHan(next) {
                evidence += 2; lastEvidenceEnd = index + length
            } else {
                break
            }
            previous = scalar
            seen += 1
            index += length
        }
        return evidence >= 2 ? lastEvidenceEnd : nil
    }
}
