/// Normal forms of short pieces of text, for comparing lines that should be "the same".
public enum TextNormalization {
    /// The form of a short line used to find duplicates: trimmed, full-width ASCII folded to
    /// ASCII, scraped title suffixes (`_第1页`, `.docx`, `(通用6篇)`, `- 百度文库`) stripped,
    /// punctuation dropped, whitespace collapsed (and dropped next to CJK), Latin lower-cased.
    ///
    /// Meant for lines of a few hundred characters at most; callers cap what they pass.
    public static func comparable(_ line: some StringProtocol) -> String {
        var scalars = strippingScrapedSuffixes(folded(line))
        scalars.removeAll { CharacterClass.isPunctuation($0) }
        var output = String.UnicodeScalarView()
        var pendingSpace = false
        for scalar in scalars {
            if scalar.properties.isWhitespace {
                pendingSpace = !output.isEmpty
                continue
            }
            // A space survives only between two non-CJK characters (`chapter 1`, not `目 录`).
            if pendingSpace, let last = output.last, !CharacterClass.isCJK(last), !CharacterClass.isCJK(scalar) {
                output.append(" ")
            }
            pendingSpace = false
            output.append(scalar)
        }
        return String(output).lowercased()
    }

    /// Whether a line ends with something a scraper added to a title.
    public static func hasScrapedSuffix(_ line: some StringProtocol) -> Bool {
        let scalars = trimmed(folded(line))
        return strippingScrapedSuffixes(scalars).count != scalars.count
    }

    /// Full-width ASCII (U+FF01–FF5E) folded to ASCII and U+3000 to a space.
    static func folded(_ text: some StringProtocol) -> [Unicode.Scalar] {
        text.unicodeScalars.map { scalar in
            switch scalar.value {
            case 0xFF01...0xFF5E: Unicode.Scalar(scalar.value - 0xFEE0)!
            case 0x3000: " "
            default: scalar
            }
        }
    }

    static func trimmed(_ scalars: [Unicode.Scalar]) -> [Unicode.Scalar] {
        guard let first = scalars.firstIndex(where: { !$0.properties.isWhitespace }),
              let last = scalars.lastIndex(where: { !$0.properties.isWhitespace }) else { return [] }
        return Array(scalars[first...last])
    }

    /// Strips suffixes repeatedly (`T.docx_第1页`), never down to nothing.
    static func strippingScrapedSuffixes(_ scalars: [Unicode.Scalar]) -> [Unicode.Scalar] {
        var current = trimmed(scalars)
        while true {
            guard let cut = pagerSuffix(current) ?? extensionSuffix(current) ?? bundleSuffix(current) ?? siteSuffix(current),
                  case let rest = trimmed(Array(current[..<cut])), !rest.isEmpty else { return current }
            current = rest
        }
    }

    // MARK: Suffixes (each returns where the suffix starts)

    /// `_第1页`, `第 12 页`.
    static func pagerSuffix(_ s: [Unicode.Scalar]) -> Int? {
        guard s.last == "页" else { return nil }
        var index = skipBlanksBackward(s, s.count - 1)
        let digitsEnd = index
        while index > 0, isNumeral(s[index - 1]) { index -= 1 }
        guard index < digitsEnd else { return nil }
        index = skipBlanksBackward(s, index)
        guard index > 0, s[index - 1] == "第" else { return nil }
        index -= 1
        while index > 0, s[index - 1] == "_" || s[index - 1] == "-" || s[index - 1].properties.isWhitespace { index -= 1 }
        return index
    }

    /// `.docx`, `.PDF`.
    static func extensionSuffix(_ s: [Unicode.Scalar]) -> Int? {
        guard let dot = s.lastIndex(of: "."), dot > 0, dot + 1 < s.count else { return nil }
        let name = String(String.UnicodeScalarView(s[(dot + 1)...])).lowercased()
        return ScrapedTitles.shared.extensions.contains(name) ? dot : nil
    }

    /// `(通用6篇)`, `【精选10篇】`, `(3篇)`: a count of pieces in a bundle.
    static func bundleSuffix(_ s: [Unicode.Scalar]) -> Int? {
        guard let close = s.last, ")]】〕".unicodeScalars.contains(close) else { return nil }
        var index = s.count - 1
        var sawPian = false, sawNumber = false
        while index > 0, s.count - index <= 14 {
            index -= 1
            let scalar = s[index]
            if "([【〔".unicodeScalars.contains(scalar) { return sawPian && sawNumber ? index : nil }
            if scalar == "篇" { sawPian = true } else if isNumeral(scalar) { sawNumber = sawNumber || sawPian }
            else if !CharacterClass.isCJK(scalar) && !scalar.properties.isWhitespace { return nil }
        }
        return nil
    }

    /// `- 百度文库`, `_CSDN博客`, `| The Guardian`.
    static func siteSuffix(_ s: [Unicode.Scalar]) -> Int? {
        let text = String(String.UnicodeScalarView(s)).lowercased()
        for site in ScrapedTitles.shared.sites where text.hasSuffix(site) {
            let start = s.count - site.unicodeScalars.count
            let before = skipBlanksBackward(s, start)
            guard before > 0, "-_|–—·".unicodeScalars.contains(s[before - 1]) else { continue }
            return before - 1
        }
        return nil
    }

    static func skipBlanksBackward(_ s: [Unicode.Scalar], _ index: Int) -> Int {
        var index = index
        while index > 0, s[index - 1].properties.isWhitespace { index -= 1 }
        return index
    }

    static func isNumeral(_ scalar: Unicode.Scalar) -> Bool {
        ("0"..."9").contains(scalar) || "一二三四五六七八九十百零两".unicodeScalars.contains(scalar)
    }
}

/// The word lists of `Resources/scraped-titles.txt`.
struct ScrapedTitles: Sendable {
    /// File extensions, lower-case.
    let extensions: Set<String>
    /// Site names, lower-case, longest first so `人人文库网` wins over `人人文库`.
    let sites: [String]
    /// Table-of-contents headings, lower-case (already in comparable form: no punctuation).
    let contents: Set<String>
    /// Words of numbered headings, lower-case (`chapter`, `章`).
    let headingWords: Set<String>

    static let shared: ScrapedTitles = {
        let sections = WordListResource.sections(PackageResources.scraped_titles_txt)
        return ScrapedTitles(
            extensions: Set(sections["extensions", default: []].map { $0.lowercased() }),
            sites: sections["sites", default: []].map { $0.lowercased() }.sorted { $0.count > $1.count },
            contents: Set(sections["contents", default: []].map { $0.lowercased() }),
            headingWords: Set(sections["heading-words", default: []].map { $0.lowercased() }))
    }()
}

/// Reads the word-list resources: `#` comments, `[section]` headers, one entry a line.
enum WordListResource {
    /// Entries by section, in file order.
    ///
    /// Read on the bytes: the marks it looks for (line feed, `#`, `[`, `]`, blanks) are ASCII
    /// (a character-wise reading cost 11 M instructions a run; `WordListResourceTests` checks
    /// that every resource reads the same both ways).
    static func sections(_ bytes: [UInt8]) -> [String: [String]] {
        var result: [String: [String]] = [:]
        var section = ""
        bytes.withUnsafeBufferPointer { buffer in
            var start = 0
            while start < buffer.count {
                var end = start
                while end < buffer.count, buffer[end] != 0x0A { end += 1 }
                var last = start
                while last < end, buffer[last] != 0x23 { last += 1 }  // a `#` starts a comment
                var first = start
                while first < last, buffer[first] == 0x20 || buffer[first] == 0x09 || buffer[first] == 0x0D { first += 1 }
                while last > first, buffer[last - 1] == 0x20 || buffer[last - 1] == 0x09 || buffer[last - 1] == 0x0D { last -= 1 }
                start = end + 1
                guard last > first else { continue }
                if buffer[first] == 0x5B, buffer[last - 1] == 0x5D, last - first >= 2 {
                    section = String(decoding: UnsafeBufferPointer(rebasing: buffer[(first + 1)..<(last - 1)]), as: UTF8.self)
                } else {
                    result[section, default: []].append(String(decoding: UnsafeBufferPointer(rebasing: buffer[first..<last]), as: UTF8.self))
                }
            }
        }
        return result
    }
}

