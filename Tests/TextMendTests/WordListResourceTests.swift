import Testing
@testable import TextMend

/// `WordListResource.sections` reads bytes; the character-wise reading it replaced is kept
/// here, and every embedded resource must read the same both ways.
@Suite struct WordListResourceTests {
    static let resources: [(String, [UInt8])] = [
        ("boilerplate-patterns", PackageResources.boilerplate_patterns_txt), ("scraped-titles", PackageResources.scraped_titles_txt),
        ("function-words", PackageResources.function_words_txt), ("noise-words", PackageResources.noise_words_txt),
        ("document-verdicts", PackageResources.document_verdicts_txt), ("html-entities", PackageResources.html_entities_txt),
        ("html-elements", PackageResources.html_elements_txt),
        ("traditional-conversion-errors", PackageResources.traditional_conversion_errors_txt),
        ("han-frequency", PackageResources.han_frequency_txt), ("stripped-frames", PackageResources.stripped_frames_txt),
        ("strip-profiles", PackageResources.strip_profiles_txt),
    ]

    @Test("every resource reads the same as character by character")
    func sameAsCharacterReading() {
        for (name, bytes) in Self.resources {
            #expect(WordListResource.sections(bytes) == Self.characterSections(bytes), "\(name)")
        }
        let tricky = Array("# head\n[a]\n x # note\r\n\t\n[]\ny\u{301} \n[b\n]\n#\n[c] # c\nz".utf8)
        #expect(WordListResource.sections(tricky) == Self.characterSections(tricky))
    }

    /// The reading before: split into characters.
    static func characterSections(_ bytes: [UInt8]) -> [String: [String]] {
        var result: [String: [String]] = [:]
        var section = ""
        for rawLine in String(decoding: bytes, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: true) {
            let piece = rawLine.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false)[0]
            let scalars = Array(piece.unicodeScalars)
            let keep = { (s: Unicode.Scalar) in !" \t\r".unicodeScalars.contains(s) }
            guard let first = scalars.firstIndex(where: keep), let last = scalars.lastIndex(where: keep) else { continue }
            let line = String(String.UnicodeScalarView(scalars[first...last]))
            if line.hasPrefix("["), line.hasSuffix("]") {
                section = String(line.dropFirst().dropLast())
            } else {
                result[section, default: []].append(line)
            }
        }
        return result
    }
}
