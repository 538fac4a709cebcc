/// Restores words from an intact copy of a passage in the same document (a summary block
/// that echoes the opening, see `EdgeBoilerplate.echoes`): the copy and the body are aligned
/// character by character (blanks skipped, ASCII and full-width marks equal), and text the
/// copy has where the body has nothing, between stretches that agree, is what the body lost.
enum CopyAlignment {
    /// Text the body lost at a byte offset.
    struct Restoration {
        /// Index in the body stream of the scalar the text goes before.
        var index: Int
        var text: String
    }

    /// Longest copy aligned, in scalars (the echo itself is capped at 2,000).
    static let copyLimit = 2_400
    /// Agreeing scalars needed after a restoration (at least two before it, eight in all).
    static let context = 4
    /// Longest restoration, in scalars.
    static let longest = 24

    /// Aligns `copy` with the body stream (normalised scalars with byte offsets).
    static func restorations(copy: String, body: [Unicode.Scalar]) -> [Restoration] {
        let copyScalars = copy.unicodeScalars.filter { !CharacterClass.isBlank($0) }.map(LineScalars.normalize).prefix(copyLimit)
        let copyText = Array(copyScalars)
        guard copyText.count >= 12, let anchor = anchor(copyText, body) else { return [] }
        // Start the body window before the anchor, so the copy's opening aligns too.
        let bodyStart = max(0, anchor.body - anchor.copy - 80)
        let a = copyText
        let bodyEnd = min(body.count, bodyStart + a.count + a.count / 4 + 16)
        let b = Array(body[bodyStart..<bodyEnd])
        // LCS table over copy × body window; ends of the body window are free.
        let width = b.count + 1
        var table = [UInt16](repeating: 0, count: (a.count + 1) * width)
        for i in stride(from: a.count - 1, through: 0, by: -1) {
            for j in stride(from: b.count - 1, through: 0, by: -1) {
                table[i * width + j] = a[i] == b[j] ? table[(i + 1) * width + j + 1] + 1
                    : max(table[(i + 1) * width + j], table[i * width + j + 1])
            }
        }
        guard Int(table[0]) * 10 >= a.count * 8 else { return [] }
        // Walk the alignment: runs of copy-only scalars between agreeing stretches.
        var restorations: [Restoration] = []
        var i = 0, j = 0, agreeing = 0
        var pending: (text: [Unicode.Scalar], at: Int, bodyOnly: Bool)?
        var agreedBefore = 0
        while i < a.count && j < b.count {
            if a[i] == b[j] && table[i * width + j] == table[(i + 1) * width + j + 1] + 1 {
                if let gap = pending {
                    // Confirm the restoration once enough agreement follows it.
                    var ahead = 0
                    while ahead < 2 * context && i + ahead < a.count && j + ahead < b.count && a[i + ahead] == b[j + ahead] { ahead += 1 }
                    if ahead >= context, agreedBefore + ahead >= 2 * context, !gap.bodyOnly, gap.text.count <= longest, gap.text.contains(where: LineScalars.isHan) {
                        var text = ""
                        text.unicodeScalars.append(contentsOf: gap.text)
                        restorations.append(Restoration(index: bodyStart + gap.at, text: text))
                    }
                    pending = nil
                    agreeing = 0
                }
                agreeing += 1
                i += 1; j += 1
            } else if table[(i + 1) * width + j] > table[i * width + j + 1] {
                // The copy has a scalar the body lacks.
                if pending == nil && agreeing >= 2 { pending = ([], j, false); agreedBefore = min(agreeing, 2 * context) }
                pending?.text.append(a[i])
                if pending == nil { agreeing = 0 }
                i += 1
            } else {
                // The body has a scalar the copy lacks: not a clean deletion.
                pending?.bodyOnly = true
                if pending == nil { agreeing = 0 }
                j += 1
            }
        }
        return restorations
    }

    /// Where the copy starts in the body: the first place one of the copy's opening 8-grams occurs.
    static func anchor(_ copy: [Unicode.Scalar], _ body: [Unicode.Scalar]) -> (copy: Int, body: Int)? {
        let gram = 8
        guard copy.count >= gram, body.count >= gram else { return nil }
        for copyStart in 0..<min(40, copy.count - gram) {
            let needle = copy[copyStart..<copyStart + gram]
            var index = 0
            while index + gram <= body.count {
                if body[index] == needle.first!, body[index..<index + gram].elementsEqual(needle) {
                    return (copyStart, index)
                }
                index += 1
            }
        }
        return nil
    }
}
