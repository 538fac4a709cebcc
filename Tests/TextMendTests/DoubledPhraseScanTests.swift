import Testing
@testable import TextMend

/// `DoubledPhraseRule.Scan`'s quick test never turns away a line that holds a doubled phrase,
/// and a scan kept from earlier documents finds what a fresh one finds.
struct DoubledPhraseScanTests {
    /// Lines of Han, kana, an astral ideograph, ASCII and full-width marks, most with a phrase
    /// repeated back to back (two or three times), from a seeded generator.
    static func lines(_ seed: UInt64, _ count: Int) -> [String] {
        var state = seed
        func next(_ bound: Int) -> Int {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return Int(state >> 33) % bound
        }
        let alphabet = Array("的一是在不了有和人这中大为上个国我以要他かな\u{20000} ab1\u{FF0C}\u{3002}\u{3000}")
        func text(_ length: Int) -> String { String((0..<length).map { _ in alphabet[next(alphabet.count)] }) }
        return (0..<count).map { _ in
            let phrase = text(1 + next(30))
            return text(next(40)) + String(repeating: phrase, count: 1 + next(3)) + text(next(40))
        }
    }

    @Test func quickTestKeepsEveryLineWithADoubledPhrase() {
        let rule = DoubledPhraseRule()
        var reused = DoubledPhraseRule.Scan(), found = 0
        for seed in 0..<40 {
            let document = Document(text: Self.lines(UInt64(seed), 60).joined(separator: "\n"))
            for line in 0..<document.lineCount {
                let content = document.lineContent(line)
                var fresh = DoubledPhraseRule.Scan()
                let squares = fresh.squares(document, content, rule.qualifies)
                found += squares.count
                let held = fresh.mayHold(document, content)
                #expect(held || squares.isEmpty, "seed \(seed), line \(line)")
                let again = reused.squares(document, content, rule.qualifies)
                #expect(again.map { [$0.first, $0.second] } == squares.map { [$0.first, $0.second] }, "seed \(seed), line \(line)")
            }
        }
        #expect(found > 100)
    }
}
