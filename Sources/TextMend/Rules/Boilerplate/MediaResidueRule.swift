/// Residue of images, embeds and videos: stray file names, captions and credit lines.
///
/// Lint: a line that is only an image file name (`9E27229A.gif`, `Android组件化架构.png`),
/// a known residue line (`dcsimg`, `cover image`, `(Getty Images)`, `(点击看视频)`), a photo
/// credit (`Photo: … / Reuters`), or a short caption that ends in `-图1`.
/// Format: removes the line (captions only with unsafe fixes).
public struct MediaResidueRule: Rule {
    public static let description = RuleDescription(
        id: "boilerplate.media-residue",
        category: .boilerplate,
        summary: "Stray image file name, media caption or photo credit left in the text",
        rationale: """
            When a page is reduced to text, its images leave their file names (`image.png`,
            `9E27229A.gif`), tracking pixels (`dcsimg`), alt texts (`cover image`), credits
            (`Photo: Dr. Fred Murphy @ Wikimedia`, `(Getty Images)`) and video prompts
            (`(点击看视频)`) on lines of their own. Only whole lines are flagged: a file name
            inside a sentence (`保存为logo.png即可`) is a mention, and a line among other
            file names is a listing.
            """,
        fixSafety: """
            Safe for file names, listed residue lines and credit lines. A caption ending in
            `-图1` may be a figure title the text refers to: suggested.
            """,
        severity: .warning,
        fixability: .sometimes,
        nonTriggeringExamples: [
            Example("将图片保存为logo.png即可。"),
            Example("The icons are:\n\nlogo.png\nbanner.png\nfavicon.gif"),
            Example("Save the screenshot as image.png and attach it to the bug report."),
            Example("图1 系统架构\n\n如图1所示,系统分为三层。"),
            Example("    cp image.png /tmp/"),
        ],
        triggeringExamples: [
            Example("第一段正文。\n\n⟦Android组件化架构.png⟧\n\n第二段正文。"),
            Example("The mayor spoke on Monday.\n⟦(Getty Images)⟧\nShe said the plan would take years."),
            Example("The storm hit the coast overnight.\n\n⟦Photo: Dr. Fred Murphy @ Wikimedia⟧\n\nResidents were told to stay inside."),
            Example("正文第一段。\n\n⟦你敢挑战吗?-图1⟧\n\n正文第二段。"),
        ],
        corrections: [
            Correction("第一段正文。\n\n9E27229A.gif\n\n第二段正文。", "第一段正文。\n\n第二段正文。"),
            Correction("Intro.\n\ndcsimg", "Intro."),
            Correction("正文第一段。\n\n你敢挑战吗?-图1\n\n正文第二段。", "正文第一段。\n\n正文第二段。", unsafe: true),
        ]
    )

    public init() {}

    /// Longest line looked at, in bytes.
    static let maximumLine = 160

    public func check(_ document: Document, _ context: RuleContext) -> [Finding] {
        let layout = context.shared(Layout.self, document)
        var findings: [Finding] = []
        let residues = context.keptForFix(Residues.self, document).lines
        for (line, kind) in residues {
            let content = layout.trimmedLine(line)
            guard !isIndentedCode(document, line, content) else { continue }
            if kind == .safe, isFileName(document.string(content)), neighbourIsFileName(document, layout, line) { continue }
            findings.append(finding(Self.message, content, fix: Fix(kind, Self.fixTitle, [Edit(NoiseRemoval.wholeLine(line, in: document, layout), "")])))
        }
        return findings
    }

    /// The lines (not blank, at most `maximumLine` long) that read as media residue, with how
    /// safe removing each is. Each is judged by its own bytes, so after a round of `fix` only
    /// the touched lines are read again (`EarlierRound`; RoundUpdateTests).
    struct Residues: SharedAnalysis {
        /// The lines in order.
        let lines: [(line: Int, kind: Applicability)]

        init(document: Document, context: RuleContext) {
            let layout = context.shared(Layout.self, document)
            var lines: [(line: Int, kind: Applicability)] = []
            func scan(_ range: Range<Int>) { lines += Self.scan(document, layout, range) }
            if let round = context.earlierRound, let earlier = round.context.cached(Residues.self) {
                round.lines.walkLines(from: round.document, to: document) { old, shift in
                    lines.append(contentsOf: earlier.lines.slice(positionsIn: old) { $0.line }.lazy.map { ($0.line + shift, $0.kind) })
                } rescan: { scan($0) }
            } else {
                scan(0..<document.lineCount)
            }
            self.lines = lines
        }

        /// The residue lines among `lines`.
        static func scan(_ document: Document, _ layout: Layout, _ lines: Range<Int>) -> [(line: Int, kind: Applicability)] {
            let rule = MediaResidueRule()
            var found: [(line: Int, kind: Applicability)] = []
            for line in lines.clamped(to: 0..<document.lineCount) where !layout.isBlank[line] {
                let content = layout.trimmedLine(line)
                if content.count <= MediaResidueRule.maximumLine, let kind = rule.residue(document, content) { found.append((line, kind)) }
            }
            return found
        }
    }

    /// How safe removing a line is, when it is media residue (screened by bytes first, so
    /// most lines cost no string).
    func residue(_ document: Document, _ content: Range<Int>) -> Applicability? {
        let bytes = document.bytes
        let first = bytes[content.lowerBound], last = bytes[content.upperBound - 1]
        if last >= 0x41, Self.extensionEnds.contains(last | 0x20), isFileName(document.string(content)) { return .safe }
        if content.count <= 40, Self.lineFirstBytes.contains(first | (first < 0x80 ? 0x20 : 0)), Self.lines.contains(document.string(content).lowercased()) {
            return .safe
        }
        let picture = content.count >= 3 && first == 0xE5 && (bytes[content.lowerBound + 1] == 0x9B && bytes[content.lowerBound + 2] == 0xBE
            || bytes[content.lowerBound + 1] == 0x9C && bytes[content.lowerBound + 2] == 0x96)  // 图 圖
        if first == 0x28 || picture || creditWord(bytes, content) {
            let text = document.string(content), lower = text.lowercased()
            if Self.creditOpeners.contains(where: { lower.hasPrefix($0) }), Self.credit.firstMatch(in: text) != nil { return .safe }
        }
        if (0x30...0x39).contains(last) {
            let text = document.string(content)
            if text.contains("图") || text.contains("圖"), Self.caption.firstMatch(in: text) != nil { return .suggested }
        }
        return nil
    }

    /// Whether the line opens with photo, image or pictu (ASCII, either case): what a line that
    /// starts with p or i needs before its lower-cased text can open with a credit opener (most
    /// English lines starting with I or P stop here, before any string).
    func creditWord(_ bytes: [UInt8], _ content: Range<Int>) -> Bool {
        guard content.count >= 5 else { return false }
        var word: UInt64 = 0
        for offset in 0..<5 { word = word << 8 | UInt64(bytes[content.lowerBound + offset] | 0x20) }
        return word == 0x70_68_6F_74_6F || word == 0x69_6D_61_67_65 || word == 0x70_69_63_74_75  // photo image pictu
    }

    /// Last letters of the image extensions (png, jpg, jpeg, gif, webp, bmp), lower-cased.
    static let extensionEnds: Set<UInt8> = Set("gfpg".utf8)
    /// First bytes of the residue lines (ASCII lower-cased).
    static let lineFirstBytes: Set<UInt8> = Set(lines.compactMap { $0.utf8.first })

    /// Whether a line is only an image file name.
    func isFileName(_ text: String) -> Bool {
        let lower = text.lowercased()
        guard Self.extensions.contains(where: { lower.hasSuffix($0) }) else { return false }
        return Self.fileName.firstMatch(in: text) != nil
    }

    /// Whether the line next to this one is a file name too (a listing, not residue).
    func neighbourIsFileName(_ document: Document, _ layout: Layout, _ line: Int) -> Bool {
        for neighbour in [line - 1, line + 1] where neighbour >= 0 && neighbour < layout.isBlank.count && !layout.isBlank[neighbour] {
            let content = layout.trimmedLine(neighbour)
            if content.count <= Self.maximumLine, Self.anyFile.firstMatch(in: document.string(content)) != nil { return true }
        }
        return false
    }

    /// Indented lines without CJK are code or quoted listings.
    func isIndentedCode(_ document: Document, _ line: Int, _ content: Range<Int>) -> Bool {
        guard content.lowerBound > document.lineContent(line).lowerBound else { return false }
        return !document.bytes[content].contains { $0 >= 0xE3 && $0 <= 0xE9 }
    }

    static let extensions = [".png", ".jpg", ".jpeg", ".gif", ".webp", ".bmp"]
    // swiftlint:disable force_try
    static let fileName = try! ICURegex(#"^[\p{L}\p{N}_\-. ()\[\]]{1,80}\.(?:png|jpe?g|gif|webp|bmp)$"#)
    static let anyFile = try! ICURegex(#"^\S{1,80}\.[A-Za-z0-9]{1,5}$"#)
    static let credit = try! ICURegex(#"^\(?(?:photo|photograph|image|picture|pictured|图片来源|圖片來源|图源|圖源|图片|圖片)(?: credit)?\s*[:/\uFF1A]\s*\S.{0,70}$"#)
    static let creditOpeners = ["(", "photo", "image", "picture", "图", "圖"]
    static let caption = try! ICURegex(#"^.{2,40}[-_—]\s*(?:图|圖)\s*\d{1,2}$"#)
    // swiftlint:enable force_try
    static let lines: Set<String> = Set(WordListResource.sections(PackageResources.noise_words_txt)["media-lines", default: []].map { $0.lowercased() })

    static let message = "media residue left in the text"
    static let fixTitle = "remove the line"
}
