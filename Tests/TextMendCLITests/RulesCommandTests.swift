import Foundation
import Testing

/// `textmend rules`.
struct RulesCommandTests {
    @Test("rules lists every rule; RULE explains one; an unknown rule exits 2")
    func rules() throws {
        let scratch = try Scratch()
        let list = try scratch.run(["rules"])
        #expect(list.status == 0)
        #expect(list.output.contains("invalid-char.zero-width"))
        let explained = try scratch.run(["rules", "invalid-char.zero-width"])
        #expect(explained.status == 0)
        #expect(explained.output.hasPrefix("invalid-char.zero-width: "))
        #expect(explained.output.contains("Fix safety"))
        let category = try scratch.run(["rules", "invalid-char"])
        #expect(category.status == 0 && category.output.contains("invalid-char.zero-width"))
        let unknown = try scratch.run(["rules", "nope"])
        #expect(unknown.status == 2)
        #expect(unknown.stderr == "textmend: error: unknown rule 'nope' (see 'textmend rules')\n")
        let markdown = try scratch.run(["rules", "--markdown"])
        #expect(markdown.output.hasPrefix("| Rule |"))
    }
}
