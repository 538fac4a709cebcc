/// Placeholders a masking filter wrote over terms: Latin `X`, `XX…`, `ZZ` between Han
/// characters (`全面从严治X`, `中央ZZ局`), runs of `×`, `╳`, `＊`, `□` (`××同志`), and masked
/// year digits (`201*年`, `20xx年`).
///
/// Some placeholders are doubtful on their own line and count only when the document shows
/// the same placeholder clearly elsewhere (a masking site masks a term everywhere): a single X
/// between Han and a blank (`Debian X划`, `基X Debian`) or beside another mask (`××X新`), a
/// single X before 系 (`文X系统`, not `X系列`), a run beside a Latin word (`推荐××Debian`), and
/// a run of two or more with no Han beside it (`（××，`). `X Window` (blanks on both sides),
/// `，X 为整数` and `X系列` stay real whatever the document holds.
enum PlaceholderScan {
    /// A placeholder found in a line.
    struct Placeholder {
        /// Scalars of the placeholder.
        var range: Range<Int>
        /// Whether it masks digits of a number (never filled in).
        var isNumber: Bool
        /// Whether it counts only beside clear placeholders with the same text (`accepted`).
        var doubtful = false
    }

    static let maskSymbols = Set("×╳＊□".unicodeScalars)
    /// Han characters that follow a real X (X光, X射线, X轴, X型, X染色体 …).
    static let realXFollowers = Set("光射轴型线染战系形因先".unicodeScalars)
    /// Clear placeholders with the same text that make a doubtful one count.
    static let documentEvidence = 3

    static func scan(_ line: LineScalars) -> [Placeholder] {
        var found: [Placeholder] = []
        let text = line.scalars
        var index = 0
        while index < text.count {
            // Most scalars start no placeholder: skipped in a tight loop.
            index = text.withUnsafeBufferPointer { Self.nextStart(in: $0, from: index) }
            guard index < text.count else { break }
            let scalar = text[index]
            let latin = scalar == "X" || scalar == "x" || scalar == "Z"
            guard latin || isMaskSymbol(scalar) || scalar == "*" else { index += 1; continue }
            var end = index + 1
            while end < text.count && text[end] == scalar { end += 1 }
            defer { index = end }
            let before = index > 0 ? text[index - 1] : nil
            let after = end < text.count ? text[end] : nil
            let length = end - index
            // 201*年, 20xx年: masked digits.
            if let before, isDigit(before), after == "年", scalar != "Z", length <= 2 {
                var start = index
                while start > 0 && isDigit(text[start - 1]) { start -= 1 }
                found.append(Placeholder(range: start..<end, isNumber: true))
                continue
            }
            if scalar == "*" { continue }
            let next = end + 1 < text.count ? text[end + 1] : nil
            if let doubtful = judge(scalar, length, before, after, next) {
                found.append(Placeholder(range: index..<end, isNumber: false, doubtful: doubtful))
            }
        }
        return found
    }

    /// Whether a run of `length` copies of `scalar` between `before` and `after` (then `next`)
    /// is a placeholder: nil if not, false if clearly, true if doubtfully.
    static func judge(_ scalar: Unicode.Scalar, _ length: Int, _ before: Unicode.Scalar?, _ after: Unicode.Scalar?,
                      _ next: Unicode.Scalar?) -> Bool? {
        let latin = scalar == "X" || scalar == "x" || scalar == "Z"
        if scalar == "x" && length < 2 { return nil }
        if scalar == "Z" && length != 2 { return nil }
        let wordBefore = before.map(isLatinOrDigit) ?? false, wordAfter = after.map(isLatinOrDigit) ?? false
        let hanBefore = before.map(LineScalars.isHan) ?? false
        let hanAfter = after.map(LineScalars.isHan) ?? false
        if wordBefore || wordAfter {
            // Symbols (no letters) beside a Latin word: `推荐××Debian`, `（××WiFi`.
            guard !latin, length >= 2, wordBefore != wordAfter else { return nil }
            let (word, other) = wordBefore ? (before!, after) : (after!, before)
            guard EmptySlotScan.isLetter(word), other.map({ LineScalars.isHan($0) || isQuiet($0) }) ?? true else { return nil }
            return true
        }
        guard hanBefore || hanAfter else {
            // A run standing alone between marks, blanks or line edges: `（××，`, `\n\nZZ，`.
            return length >= 2 && scalar != "x" && isQuiet(before) && isQuiet(after) ? true : nil
        }
        if scalar == "X" && length == 1 {
            // A single X needs Han or a mark on both sides (`通用X 服务` is the X server)
            // and no real-X word after it.
            let sideOK = { (s: Unicode.Scalar?) in s.map { LineScalars.isHan($0) || CharacterClass.isCJKPunctuation(LineScalars.normalize($0)) } ?? true }
            if sideOK(before) && sideOK(after) {
                guard let after, realXFollowers.contains(after) else { return false }
                // 文X系统, but not X系列.
                return after == "系" && next != "列" ? true : nil
            }
            // Han on one side; a blank, or another mask, on the other.
            let other = hanBefore ? after : before
            guard let other, other == " " || isMaskSymbol(other) else { return nil }
            if hanAfter, let after, realXFollowers.contains(after) { return nil }
            return true
        }
        if !latin && length < 2 && !(hanBefore && hanAfter) { return nil }
        return false
    }

    /// A line edge, a blank or a CJK (or flattened) mark.
    static func isQuiet(_ scalar: Unicode.Scalar?) -> Bool {
        guard let scalar else { return true }
        return scalar == " " || CharacterClass.isCJKPunctuation(LineScalars.normalize(scalar))
    }

    /// `maskSymbols.contains`, without hashing every scalar of the line.
    @inline(__always)
    static func isMaskSymbol(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0xD7, 0x2573, 0xFF0A, 0x25A1: true  // × ╳ ＊ □
        default: false
        }
    }

    /// The first index from `start` whose scalar may start a placeholder (`X`, `x`, `Z`, `*` or
    /// a mask symbol), or the end.
    @inline(__always)
    static func nextStart(in text: UnsafeBufferPointer<Unicode.Scalar>, from start: Int) -> Int {
        var index = start
        while index < text.count {
            let value = text[index].value
            if value < 0x80 {
                // `X` or `x` (the same with bit 0x20 set), `Z`, `*`.
                if value | 0x20 == 0x78 || value == 0x5A || value == 0x2A { return index }
            } else if isMaskSymbol(text[index]) {
                return index
            }
            index += 1
        }
        return index
    }

    static func isDigit(_ scalar: Unicode.Scalar) -> Bool { scalar >= "0" && scalar <= "9" }
    static func isLatinOrDigit(_ scalar: Unicode.Scalar) -> Bool { EmptySlotScan.isWordCharacter(scalar) }
}

extension StrippedScan {
    /// Whether the line scans found a clear placeholder (a source that masks).
    static func holdsPlaceholders(_ lineGaps: [Gap]) -> Bool {
        lineGaps.contains { $0.kind == .placeholder && !$0.doubtful }
    }

    /// The line scans' gaps without the doubtful placeholders the document does not vouch for:
    /// a doubtful X counts when `documentEvidence` clear ones stand in the document; a doubtful
    /// longer mask (`××`, `ZZ`, `XXX`), which real text seldom writes, when one clear one does
    /// and `documentEvidence` stand in all. (Sums over the lines' gaps, so an updated scan
    /// counts as a fresh one does.)
    static func acceptedPlaceholders(_ lineGaps: [Gap]) -> [Gap] {
        guard lineGaps.contains(where: \.doubtful) else { return lineGaps }
        var clear: [String: Int] = [:], doubtful: [String: Int] = [:]
        for gap in lineGaps where gap.kind == .placeholder {
            if gap.doubtful { doubtful[gap.label, default: 0] += 1 } else { clear[gap.label, default: 0] += 1 }
        }
        return lineGaps.compactMap { gap in
            guard gap.doubtful else { return gap }
            let clear = clear[gap.label, default: 0], all = clear + doubtful[gap.label, default: 0]
            let vouched = gap.label.unicodeScalars.count == 1 ? clear >= PlaceholderScan.documentEvidence
                : clear >= 1 && all >= PlaceholderScan.documentEvidence
            guard vouched else { return nil }
            var gap = gap
            gap.doubtful = false
            return gap
        }
    }
}
