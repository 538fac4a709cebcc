import Testing
@testable import TextMend

/// The English word model and the ranking of Latin-script strip terms at a gap.
struct EnglishModelTests {
    let model = EnglishModel.shared

    func token(_ word: String) -> EnglishModel.Token? { EnglishModel.Token(word.unicodeScalars) }

    @Test("common words are likelier than rare ones, and case does not matter")
    func unigrams() throws {
        let the = try #require(token("the")), rare = try #require(token("idempotent")), capital = try #require(token("The"))
        #expect(model.logProbability(the) > model.logProbability(rare) + 4)
        #expect(model.logProbability(capital) == model.logProbability(the))
        #expect(token("caf\u{E9}") == nil)
    }

    @Test("a word pair seen in the training text beats an unseen one")
    func bigrams() throws {
        let the = try #require(token("the")), file = try #require(token("file")), of = try #require(token("of"))
        #expect(model.logProbability(file, after: the) > model.logProbability(of, after: the) + 2)
        // An unknown context backs off to the word's own probability.
        let unknown = try #require(token("zzqx"))
        #expect(model.logProbability(file, after: unknown) == model.logProbability(file))
    }

    @Test("terms are ranked by how they fit between the neighbours")
    func ranking() {
        let line = LineScalars(Document(text: "read the  for details, then run the  again"), 0..<42)
        let first = LatinTermRanking.candidates(["command", "documentation"], line, 8..<10)
        #expect(first == [" documentation ", " command "])
        let second = LatinTermRanking.candidates(["documentation", "command"], line, 35..<37)
        #expect(second.first == " command ")
    }

    @Test("the replacement keeps the marks around the gap")
    func spelling() {
        let comma = LineScalars(Document(text: "the CEO , said"), 0..<14)
        #expect(LatinTermRanking.candidates(["Smith"], comma, 7..<8) == [" Smith"])
        let parenthesis = LineScalars(Document(text: "a note ( ) here"), 0..<15)
        #expect(LatinTermRanking.candidates(["Smith"], parenthesis, 8..<9) == ["Smith"])
    }
}
