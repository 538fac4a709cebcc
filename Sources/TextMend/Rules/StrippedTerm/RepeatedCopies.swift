/// Restorations from a sentence the document repeats: the title, or a sentence written twice,
/// once intact and once with a gap (a filter that skipped the title, a quote or a caption).
///
/// Sentences (body lines cut after 。！？) that open or close with the same four scalars are
/// aligned with each other (`CopyAlignment`: the copy must agree with 80% of itself, and the
/// body may only lack text, never add any). A restoration counts only when the inserted text occurs nowhere else in
/// the body's sentences, as a filter leaves it: two clean sentences that differ by a word
/// (`请备份` and `请先备份`) keep that word elsewhere or differ by a common one.
enum RepeatedCopies {
    /// A sentence as normalised scalars (blanks skipped) with the byte offset of each, plus
    /// the end offset.
    struct Sentence {
        var line: Int
        var scalars: [Unicode.Scalar] = []
        var offsets: [Int] = []
    }

    /// Shortest sentence compared, in scalars (as `CopyAlignment` needs).
    static let shortest = 12
    /// Longest sentence compared, in scalars.
    static let longestSentence = 400
    /// Most sentences read (bounds the work on huge documents).
    static let sentenceLimit = 20_000

    /// The body's sentences.
    static func sentences(_ document: Document, _ lines: [Int]) -> [Sentence] {
        var result: [Sentence] = []
        for line in lines {
            var current = Sentence(line: line)
            var index = document.lineContent(line).lowerBound
            let end = document.lineContent(line).upperBound
            while index < end && result.count < sentenceLimit {
                let (scalar, length) = document.scalar(at: index)
                if !CharacterClass.isBlank(scalar) {
                    current.scalars.append(LineScalars.normalize(scalar))
                    current.offsets.append(index)
                }
                index += length
                if ["\u{3002}", "\u{FF01}", "\u{FF1F}"].contains(scalar) || index >= end {
                    current.offsets.append(index)
                    if current.scalars.count >= shortest { result.append(current) }
                    current = Sentence(line: line)
                }
            }
        }
        return result
    }

    /// Restorations by byte offset of the scalar the text goes before, with the span to report.
    /// Only sentences holding one of `points` (gaps other scans found) are restored.
    static func restorations(_ document: Document, _ lines: [Int], prose: [Int], at points: Set<Int>) -> [Int: (text: String, span: Range<Int>)] {
        let all = sentences(document, lines)
        // Pairs that open or close alike (a title is usually the opening of a longer sentence).
        var pairs = Set<[Int]>()
        // Identical sentences (a document repeating itself) have nothing to restore: the
        // first of each is kept (told apart by a 64-bit hash of their scalars; a collision
        // could only cost a restoration).
        var seen = Set<UInt64>()
        let unique = all.indices.filter { index in
            guard all[index].scalars.count <= longestSentence else { return false }
            var hash = Lexicon.seed
            for scalar in all[index].scalars { hash = Lexicon.extend(hash, scalar.value) }
            return seen.insert(hash).inserted
        }
        for key in [{ (s: Sentence) in Array(s.scalars.prefix(4)) }, { (s: Sentence) in Array(s.scalars.suffix(4)) }] {
            var groups: [[Unicode.Scalar]: [Int]] = [:]
            for index in unique {
                groups[key(all[index]), default: []].append(index)
            }
            for members in groups.values where members.count > 1 && members.count <= 8 {
                for copy in members { for body in members where body != copy { pairs.insert([copy, body]) } }
            }
        }
        var found: [Int: (text: String, span: Range<Int>)] = [:]
        // Sorted, so a pair finds whether a gap lies inside its body by binary search (with
        // a strip lexicon there are thousands of gaps and as many pairs).
        let sortedPoints = points.sorted()
        func hasPoint(after first: Int, before last: Int) -> Bool {
            let low = sortedPoints.partitioningIndex { $0 > first }
            return low < sortedPoints.count && sortedPoints[low] < last
        }
        for pair in pairs {
            let copy = all[pair[0]], body = all[pair[1]]
            guard let first = body.offsets.first, let last = body.offsets.last,
                  hasPoint(after: first, before: last) else { continue }
            let copyText = String(String.UnicodeScalarView(copy.scalars))
            for restoration in CopyAlignment.restorations(copy: copyText, body: body.scalars) where restoration.index > 0 {
                let elsewhere = prose.contains { line in
                    line != copy.line && StrippedScan.contains(document, document.lineContent(line), Array(restoration.text.utf8))
                }
                if elsewhere { continue }
                let at = body.offsets[restoration.index]
                found[at] = (restoration.text, body.offsets[restoration.index - 1]..<body.offsets[restoration.index + 1])
            }
        }
        return found
    }
}
