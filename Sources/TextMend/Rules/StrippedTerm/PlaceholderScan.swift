/// Placeholders a masking filter wrote over terms: Latin `X`, `XX…`, `ZZ` between Han
/// characters (`全面从严治X`, `中央ZZ局`), runs of `×`, `╳`, `＊`, `□` (`××同志`), and masked
/// year digits (`201*年`, `20xx年`).
enum PlaceholderScan {
    /// A placeholder found in a line.
    struct Placeholder {
        /// Scalars of the placeholder.
        var range: Range<Int>
        /// Whether it masks digits of a number (never filled in).
        var isNumber: Bool
    }

    static let maskSymbols = Set("×╳＊□".unicodeScalars)
    /// Han characters that follow a real X (X光, X射线, X轴, X型, X染色体 …).
    static let realXFollowers = Set("光射轴型线染战系形因先".unicodeScalars)

    static func scan(_ line: LineScalars) -> [Placeholder] {
        var found: [Placeholder] = []
        let text = line.scalars
        var index = 0
        while index < text.count {
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
            if let before, isLatinOrDigit(before) { continue }
            if let after, isLatinOrDigit(after) { continue }
            let hanBefore = before.map(LineScalars.isHan) ?? false
            let hanAfter = after.map(LineScalars.isHan) ?? false
            guard hanBefore || hanAfter else { continue }
            if latin {
                if scalar == "x" && length < 2 { continue }
                if scalar == "Z" && length != 2 { continue }
                if scalar == "X" && length == 1 {
                    // A single X needs Han or a mark on both sides (`通用X 服务` is the X server)
                    // and no real-X word after it.
                    let sideOK = { (s: Unicode.Scalar?) in s.map { LineScalars.isHan($0) || CharacterClass.isCJKPunctuation(LineScalars.normalize($0)) } ?? true }
                    guard sideOK(before), sideOK(after), !(after.map(realXFollowers.contains) ?? false) else { continue }
                }
            } else if scalar == "□" || scalar == "＊" {
                guard length >= 2 || (hanBefore && hanAfter) else { continue }
            } else {
                guard length >= 2 || (hanBefore && hanAfter) else { continue }
            }
            found.append(Placeholder(range: index..<end, isNumber: false))
        }
        return found
    }

    /// `maskSymbols.contains`, without hashing every scalar of the line.
    @inline(__always)
    static func isMaskSymbol(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0xD7, 0x2573, 0xFF0A, 0x25A1: true  // × ╳ ＊ □
        default: false
        }
    }

    static func isDigit(_ scalar: Unicode.Scalar) -> Bool { scalar >= "0" && scalar <= "9" }
    static func isLatinOrDigit(_ scalar: Unicode.Scalar) -> Bool { EmptySlotScan.isWordCharacter(scalar) }
}
