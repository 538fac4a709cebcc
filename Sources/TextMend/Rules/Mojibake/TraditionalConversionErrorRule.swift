/// Traditional Chinese with the wrong one of several traditional forms, from a converter that
/// maps character by character (`同誌`, `下麵`, `係統`).
///
/// Lint: words from `Resources/traditional-conversion-errors.txt`, unless the characters
/// around make a real word of them.
/// Format: suggests the right form.
public struct TraditionalConversionErrorRule: Rule {
    public static let description = RuleDescription(
        id: "mojibake.wrong-traditional-form",
        category: .mojibake,
        summary: "Wrong traditional character from a one-to-many conversion",
        rationale: """
            One simplified character often stands for several traditional ones: 面 is 面 (face)
            or 麵 (noodles), 系 is 系, 係 or 繫, 志 is 志 or 誌, 发 is 發 or 髮. A converter that
            maps character by character picks wrongly and leaves `同誌們`, `下麵首先請`,
            `全麵部署`, `人口計生係統`, `為瞭解決`. The rule knows a list of such words (a resource
            file) and the neighbours that make a real word of them (`下麵條` is to cook noodles,
            `關係統計` is 關係 + 統計).
            """,
        fixSafety: "Suggested: the right form is nearly always the one listed, but names and puns exist.",
        severity: .warning,
        fixability: .suggested,
        nonTriggeringExamples: [
            Example("同志們,下面首先請全面部署,人口計生系統。"),
            Example("他在廚房下麵條,關係統計表,泡麵對身體不好,手機製造。"),
            Example("雜誌、標誌與日誌;头发与发展。Emoji 👍🏽."),
        ],
        triggeringExamples: [
            Example("⟦同誌⟧們,⟦下麵⟧首先請⟦全麵⟧部署"),
            Example("人口計生⟦係統⟧,⟦為瞭解決⟧問題"),
        ],
        corrections: [
            Correction("同誌們,下麵首先請全麵部署", "同志們,下面首先請全面部署", unsafe: true),
            Correction("一周40小時工作製,經濟髮展", "一周40小時工作制,經濟發展", unsafe: true),
        ]
    )

    /// One listed word.
    struct Entry {
        var wrong: [Unicode.Scalar]
        var right: String
        var after: Set<Unicode.Scalar>
        var before: Set<Unicode.Scalar>
    }

    /// Entries by their first character.
    static let entries: [Unicode.Scalar: [Entry]] = {
        var table: [Unicode.Scalar: [Entry]] = [:]
        for line in String(decoding: PackageResources.traditional_conversion_errors_txt, as: UTF8.self).split(separator: "\n") {
            guard !line.hasPrefix("#") else { continue }
            let fields = line.split(separator: "\t").map(String.init)
            // Only words with a traditional-only character: simplified text must never match.
            guard fields.count == 4, let first = fields[0].unicodeScalars.first,
                  fields[0].unicodeScalars.contains(where: { !HanFrequency.isSimplifiedBasic($0) }) else { continue }
            func set(_ field: String) -> Set<Unicode.Scalar> { field == "-" ? [] : Set(field.unicodeScalars) }
            table[first, default: []].append(Entry(wrong: Array(fields[0].unicodeScalars), right: fields[1],
                                                   after: set(fields[2]), before: set(fields[3])))
        }
        return table
    }()

    /// Whether a character starts a listed word, by code point from U+4E00.
    static let starts: [Bool] = {
        var table = [Bool](repeating: false, count: 0xA000 - 0x4E00)
        for scalar in entries.keys where (0x4E00..<0xA000).contains(scalar.value) { table[Int(scalar.value) - 0x4E00] = true }
        return table
    }()

    /// Local: the wrong forms and the characters around them that excuse one are Han (no blank or line break; IncrementalFixTests checks the table).
    public static let scope: RuleScope = .line

    public init() {}

    public func check(_ document: Document, _ context: RuleContext) -> [Finding] {
        let bytes = document.bytes
        var findings: [Finding] = []
        // The tables are read into locals: a static read in the loop costs a once-check per character.
        let starts = Self.starts, entries = Self.entries
        var index = Self.nextStart(bytes, starts, from: 0)
        while index < bytes.count {
            let (scalar, length) = document.scalar(at: index)
            guard let candidates = entries[scalar] else { index = Self.nextStart(bytes, starts, from: index + length); continue }
            var matched = false
            for entry in candidates {
                guard let end = Self.match(document, index, entry.wrong) else { continue }
                let after = end < bytes.count ? document.scalar(at: end).scalar : " "
                let before = index > 0 ? document.scalar(before: index).scalar : " "
                if entry.after.contains(after) || entry.before.contains(before) { continue }
                let shown = document.string(index..<end)
                findings.append(finding("“\(shown)” is a conversion error for “\(entry.right)”", index..<end,
                                        fix: Fix(.suggested, "write “\(entry.right)”", [Edit(index..<end, entry.right)]),
                                        suggestions: [entry.right]))
                index = end
                matched = true
                break
            }
            index = Self.nextStart(bytes, starts, from: matched ? index : index + length)
        }
        return findings
    }

    /// The offset of the first character at or after `index` that starts a listed word, or
    /// the end of the bytes.
    static func nextStart(_ bytes: [UInt8], _ starts: [Bool], from index: Int) -> Int {
        bytes.withUnsafeBufferPointer { bytes in
            starts.withUnsafeBufferPointer { starts in
                var index = index
                while index < bytes.count {
                    let lead = bytes[index]
                    if lead < 0x80 { index = ByteSet.nextNonASCII(in: bytes, from: index + 1, to: bytes.count); continue }
                    guard lead >= 0xE4, lead <= 0xE9, index + 2 < bytes.count else { index += 1; continue }
                    let value = Int(lead & 0x0F) << 12 | Int(bytes[index + 1] & 0x3F) << 6 | Int(bytes[index + 2] & 0x3F)
                    if value >= 0x4E00, starts[value - 0x4E00] { return index }
                    index += 3
                }
                return bytes.count
            }
        }
    }

    static func match(_ document: Document, _ start: Int, _ scalars: [Unicode.Scalar]) -> Int? {
        var index = start
        for expected in scalars {
            guard index < document.bytes.count else { return nil }
            let (scalar, length) = document.scalar(at: index)
            guard scalar == expected else { return nil }
            index += length
        }
        return index
    }
}
