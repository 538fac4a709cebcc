/// The frames of `Resources/stripped-frames.txt`: character sequences around a gap that do
/// not occur in well-formed Chinese (`在_的领导下`, `以_为指导`, `与_、`).
struct CollisionFrames: Sendable {
    struct Frame: Sendable {
        /// The frame without the gap mark, normalised (full-width marks).
        var scalars: [Unicode.Scalar]
        /// Where the gap is, in scalars from the frame's start.
        var gap: Int
        var notAfter: Set<Unicode.Scalar>
        var notBefore: Set<Unicode.Scalar>
        var clauseStart: Bool
        /// What usually fills the gap (general knowledge of the formula), best first.
        var fills: [String]
    }

    /// A frame found in a line.
    struct Match {
        /// Scalars of the line the frame covers.
        var range: Range<Int>
        /// Index of the scalar right after the gap.
        var gap: Int
        /// The frame as written, without the gap mark (`在的`).
        var label: String
        /// What usually fills the gap.
        var fills: [String]
    }

    /// The frames that share a first scalar, longest first, one group per first scalar.
    let groups: [[Frame]]
    /// For each BMP scalar, normalised, the group of frames it starts plus one (0: none; `,`
    /// as well as `\u{FF0C}`): an array look-up instead of a hash for every 的, 在 and comma.
    let firsts: [UInt8]

    static let shared = CollisionFrames(String(decoding: PackageResources.stripped_frames_txt, as: UTF8.self))

    init(_ text: String) {
        var byFirst: [Unicode.Scalar: [Frame]] = [:]
        for line in text.split(whereSeparator: \.isNewline) where !line.hasPrefix("#") {
            let fields = line.split(whereSeparator: { $0 == " " || $0 == "\t" })
            guard let pattern = fields.first, pattern.contains("_") else { continue }
            var scalars: [Unicode.Scalar] = []
            var gap = 0
            for scalar in pattern.unicodeScalars {
                if scalar == "_" { gap = scalars.count } else { scalars.append(LineScalars.normalize(scalar)) }
            }
            var frame = Frame(scalars: scalars, gap: gap, notAfter: [], notBefore: [], clauseStart: false, fills: [])
            for field in fields.dropFirst() {
                if field.hasPrefix("not-after:") { frame.notAfter = Set(field.dropFirst(10).unicodeScalars) }
                if field.hasPrefix("not-before:") { frame.notBefore = Set(field.dropFirst(11).unicodeScalars) }
                if field == "clause-start" { frame.clauseStart = true }
                if field.hasPrefix("fill:") { frame.fills = field.dropFirst(5).split(separator: "|").map(String.init) }
            }
            byFirst[scalars[0], default: []].append(frame)
        }
        // A scalar from U+10000 is never looked at (`matches` skips it).
        let keys = byFirst.keys.filter { $0.value < 0x10000 }.sorted()
        precondition(keys.count < Int(UInt8.max), "more first scalars than a byte numbers")
        groups = keys.map { byFirst[$0]!.sorted { $0.scalars.count > $1.scalars.count } }
        var firsts = [UInt8](repeating: 0, count: 0x10000)
        for (group, scalar) in keys.enumerated() { firsts[Int(scalar.value)] = UInt8(group + 1) }
        // `normalize` changes ASCII marks only.
        for value in UInt8(0)..<0x80 { firsts[Int(value)] = firsts[Int(LineScalars.normalize(Unicode.Scalar(value)).value)] }
        self.firsts = firsts
    }

    /// Every frame in a line (the longest at each position; `以同志为核心的周围` holds two).
    /// The line's scalars are read normalised (`LineScalars.normalize`) as they are compared.
    func matches(in line: LineScalars) -> [Match] {
        var matches: [Match] = []
        var index = 0
        let text = line.scalars
        @inline(__always) func normalized(_ index: Int) -> Unicode.Scalar { LineScalars.normalize(text[index]) }
        while index < text.count {
            // Most scalars start no frame: skipped in a tight loop.
            index = text.withUnsafeBufferPointer { text in
                firsts.withUnsafeBufferPointer { firsts in
                    var index = index
                    while index < text.count && (text[index].value >= 0x10000 || firsts[Int(text[index].value)] == 0) { index += 1 }
                    return index
                }
            }
            guard index < text.count else { break }
            let frames = groups[Int(firsts[Int(text[index].value)]) - 1]
            var found: Match?
            for frame in frames where index + frame.scalars.count <= text.count {
                guard frame.scalars.indices.allSatisfy({ normalized(index + $0) == frame.scalars[$0] }) else { continue }
                if index > 0, frame.notAfter.contains(normalized(index - 1)) { continue }
                // `参与，`, `目的性、`: the first character ends a word, it is no function word.
                if index > 0, frame.gap > 0, Lexicon.shared.contains(String(String.UnicodeScalarView([normalized(index - 1)] + frame.scalars[..<frame.gap]))) { continue }
                let end = index + frame.scalars.count
                if end < text.count, frame.notBefore.contains(normalized(end)) { continue }
                if frame.clauseStart && !Self.isClauseStart(text, index) { continue }
                var label = ""
                label.unicodeScalars.append(contentsOf: line.scalars[index..<end])
                found = Match(range: index..<end, gap: index + frame.gap, label: label, fills: frame.fills)
                break
            }
            if let found { matches.append(found) }
            index += 1
        }
        return matches
    }

    /// Whether a clause starts at `index`: at the line's start (after blanks) or after a mark.
    static func isClauseStart(_ text: [Unicode.Scalar], _ index: Int) -> Bool {
        var before = index - 1
        while before >= 0 && CharacterClass.isBlank(text[before]) { before -= 1 }
        guard before >= 0 else { return true }
        return "\u{FF0C}\u{3002}\u{FF1B}\u{FF1A}\u{FF01}\u{FF1F}\u{3001}\u{FF09}\u{3011}".unicodeScalars.contains(LineScalars.normalize(text[before]))
    }
}
