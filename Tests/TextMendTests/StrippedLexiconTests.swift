import Testing
@testable import TextMend

/// The jieba-derived lexicon: lookups, prefixes, frequencies, standalone shares.
struct StrippedLexiconTests {
    let lexicon = Lexicon.shared

    @Test("words, prefixes and non-words")
    func lookup() {
        #expect(lexicon.contains("党员"))
        #expect(lexicon.contains("学习"))
        #expect(lexicon.contains("意识形态"))
        #expect(!lexicon.contains("员干部"))
        #expect(!lexicon.contains("理论学"))
        let prefix = lexicon.entry("意识形")
        #expect(prefix?.isPrefix == true && prefix?.isWord == false)
        #expect(lexicon.entry("学习")?.partOfSpeech == "v")
        #expect(lexicon.entry("在")?.partOfSpeech == "p")
    }

    @Test("frequencies rank common words above rare ones")
    func frequency() throws {
        let common = try #require(lexicon.logProbability("学习"))
        let rare = try #require(lexicon.logProbability("评议员"))
        #expect(common > rare + 5)
        #expect(lexicon.maxWordLength >= 8)
    }

    @Test("bound morphemes rarely stand alone, function characters often do")
    func standalone() throws {
        #expect(try #require(lexicon.standaloneShare("员")) < 0.06)
        #expect(try #require(lexicon.standaloneShare("习")) < 0.06)
        #expect(try #require(lexicon.standaloneShare("在")) > 0.5)
        #expect(try #require(lexicon.standaloneShare("和")) > 0.5)
    }
}
