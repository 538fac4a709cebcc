import Testing
@testable import TextMend

/// The `[strip]` table of `.textmend.toml`, the strip-terms file format and the profiles.
struct StrippedConfigurationTests {
    @Test("terms, placeholders and a profile are read")
    func reads() throws {
        let configuration = try Configuration.parse("""
            [strip]
            terms = ["市委", "党委"]
            placeholders = { X = "党", ZZ = "政治" }
            profile = "party-filter"
            """, path: "t.toml")
        let options = configuration.options
        #expect(options.stripTerms == ["市委", "党委"])
        #expect(options.placeholderTerms == ["X": "党", "ZZ": "政治"])
        #expect(options.stripProfiles == ["party-filter"])
        let lexicon = StripLexicon(options: options)
        #expect(lexicon.terms.first == "习近平新时代中国特色社会主义思想")  // longest first
        #expect(lexicon.terms.filter { $0 == "党委" }.count == 1)
        #expect(lexicon.placeholders["X"] == "党")
    }

    @Test("an unknown profile or key names itself")
    func rejects() {
        #expect(throws: ConfigurationError.self) { try Configuration.parse("[strip]\nprofile = \"nope\"\n", path: "t.toml") }
        #expect(throws: ConfigurationError.self) { try Configuration.parse("[strip]\nword = [\"a\"]\n", path: "t.toml") }
        do {
            _ = try Configuration.parse("[strip]\nprofile = \"nope\"\n", path: "t.toml")
        } catch {
            #expect(error.description.contains("party-filter"))
        }
    }

    @Test("the strip-terms file format: terms, placeholder lines, comments, sections")
    func fileFormat() {
        let lexicon = StripLexicon.parse("# a source's filter\n[terms]\n市委\n\n党\nX = 党\n")
        #expect(lexicon.terms == ["市委", "党"])
        #expect(lexicon.placeholders == ["X": "党"])
        #expect(StripLexicon.profileNames == ["party-filter", "xz-masking"])
        #expect(StripLexicon.profile(named: "xz-masking")?.placeholders["ZZ"] == "政治")
    }
}
