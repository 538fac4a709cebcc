import Foundation
import Testing
@testable import TextMend

/// Corpus-level boilerplate: line keys, models that merge by adding, the rule, `learn`.
struct CorpusTests {
    @Test("line keys: blanks collapsed, digit runs masked, short and letterless lines skipped", arguments: [
        ("  浏览次数：1024　 发布时间：2024-05-12 ", "浏览次数：# 发布时间：#-#-#"),
        ("Page 12 of 345", "Page # of #"), ("第１２章 总则", "第#章 总则"),
        ("一、", nil), ("12345678", nil), ("- - - -", nil), ("", nil),
        (String(repeating: "长", count: 201), nil), ("扫码关注", "扫码关注"),
    ] as [(String, String?)])
    func lineKeys(_ line: String, _ key: String?) {
        #expect(LineKey.key(Document(text: line + "\n"), line: 0) == key)
    }

    /// A corpus of `count` documents: a unique body; chrome on top of every third one and a
    /// footer under every other one.
    static func corpus(_ count: Int) -> [String] {
        (0..<count).map { index in
            let head = index % 3 == 0 ? "网站首页 > 新闻中心 > 正文\n浏览次数：\(index * 7)\n\n" : ""
            let foot = index % 2 == 0 ? "\n\n扫描二维码关注我们的公众号\n本站文章均来自网络，如有侵权请联系删除\n" : "\n"
            return head + "正文讲述\(Self.name(index))线路调整的经过。\n第二段说明\(Self.name(index * 7 + 1))的原因。" + foot
        }
    }

    /// A two-character name that differs for each index below 400.
    static func name(_ index: Int) -> String {
        let characters = Array("城市公交地铁高速铁路机场港口码头车站广场公园学校医院工厂")
        return String([characters[index % 20], characters[(index / 20) % 20]])
    }

    static func model(_ texts: [String]) -> CorpusModel {
        var model = CorpusModel()
        for text in texts { model.add(CorpusModel.keys(of: Document(text: text))) }
        return model
    }

    @Test("models merge by adding, and survive their file")
    func modelMerge() throws {
        let texts = Self.corpus(30)
        let whole = Self.model(texts)
        var merged = Self.model(Array(texts[..<7]))
        merged.merge(Self.model(Array(texts[7..<20])))
        merged.merge(Self.model(Array(texts[20...])))
        #expect(merged == whole)
        #expect(whole.documents == 30 && whole.lines["网站首页 > 新闻中心 > 正文"] == 10 && whole.lines["浏览次数：#"] == 10)
        #expect(whole.lines["扫描二维码关注我们的公众号"] == 15)
        let decoded = try CorpusModel.decode(Array(whole.encoded().utf8), path: "m.json")
        #expect(decoded == whole)
        var pruned = whole
        pruned.prune(below: 2)
        #expect(pruned.lines.values.allSatisfy { $0 >= 2 } && pruned.lines.count < whole.lines.count)
        for bad in ["[]", #"{"format": "x"}"#, #"{"format": "textmend-corpus-model", "version": 9, "documents": 1, "lines": {}}"#,
                    #"{"format": "textmend-corpus-model", "version": 1, "documents": 1, "lines": {"abcd": 5}}"#] {
            #expect(throws: CorpusModel.LoadError.self) { try CorpusModel.decode(Array(bad.utf8), path: "bad.json") }
        }
    }

    @Test("the rule: runs with their document frequency, safe at the edges, fix twice equals once")
    func rule() throws {
        let texts = Self.corpus(30)
        let rule = CorpusBoilerplateRule(model: Self.model(texts))
        let linter = Linter(rules: [rule])
        let document = Document(text: texts[0])
        let findings = linter.check(document)
        #expect(findings.map(\.message) == ["2 lines recur across the corpus: each in at least 10 of 30 files",
                                            "2 lines recur across the corpus: each in at least 15 of 30 files"])
        #expect(findings.allSatisfy { $0.fix?.applicability == .safe && $0.category == .boilerplate })
        let fixer = Fixer(linter: linter)
        let once = fixer.fix(document)
        #expect(String(decoding: once.bytes, as: UTF8.self) == "正文讲述城城线路调整的经过。\n第二段说明市城的原因。\n")
        #expect(!fixer.fix(Document(utf8: once.bytes, encoding: .utf8)).changed)
        // Below the thresholds, nothing; in the middle of a text, only a suggestion.
        #expect(Linter(rules: [CorpusBoilerplateRule(model: rule.model, minimumFiles: 11)]).check(document).count == 1)
        #expect(Linter(rules: [CorpusBoilerplateRule(model: rule.model, minimumFiles: 1, minimumShare: 0.6)]).check(document).isEmpty)
        let middle = Document(text: "正文第一段。\n扫描二维码关注我们的公众号\n正文第二段。\n")
        #expect(linter.check(middle).map { $0.fix?.applicability } == [.suggested])
        // A lone line whose digits vary is only suggested, even at the top.
        let lone = Document(text: "浏览次数：5\n\n正文第一段，很长的一段话。\n")
        #expect(linter.check(lone).map { $0.fix?.applicability } == [.suggested])
        // A document that is mostly recurring lines is never cut down safely.
        let mostly = Document(text: "网站首页 > 新闻中心 > 正文\n浏览次数：3\n短文。\n扫描二维码关注我们的公众号\n本站文章均来自网络，如有侵权请联系删除\n")
        #expect(linter.check(mostly).allSatisfy { $0.fix?.applicability == .suggested })
        #expect(CorpusBoilerplateRule().check(document, RuleContext()).isEmpty)
    }

    func write(_ scratch: Scratch, _ texts: [String], under folder: String) throws {
        for (index, text) in texts.enumerated() { try scratch.write("\(folder)/\(String(format: "%03d", index)).txt", text) }
    }

    @Test("learn, learn shards and merge, then check and fix with --model")
    func learnCommand() throws {
        let scratch = try Scratch()
        let texts = Self.corpus(40)
        try write(scratch, texts, under: "docs")
        let learned = try scratch.run(["learn", "docs", "-o", "model.json"])
        #expect(learned.status == 0)
        #expect(learned.stderr.hasPrefix("Learned 40 documents:"))
        // Map: shards with every count kept; reduce: merge.
        try write(scratch, Array(texts[..<15]), under: "shards/a")
        try write(scratch, Array(texts[15...]), under: "shards/b")
        #expect(try scratch.run(["learn", "--prune", "1", "shards/a", "-o", "a.json"]).status == 0)
        #expect(try scratch.run(["learn", "--prune", "1", "shards/b", "-o", "b.json"]).status == 0)
        #expect(try scratch.run(["learn", "--merge", "a.json", "b.json", "-o", "all.json"]).status == 0)
        let all = try CorpusModel.load(path: scratch.path + "/all.json")
        #expect(all == (try CorpusModel.load(path: scratch.path + "/model.json")), "pruning at 2 keeps every line the merge finds twice")

        let check = try scratch.run(["check", "--model", "all.json", "--select", "boilerplate.corpus-recurring", "docs/000.txt"])
        #expect(check.status == 1)
        #expect(check.output.contains("[boilerplate.corpus-recurring] 2 lines recur across the corpus: each in at least 14 of 40 files"))
        let json = try scratch.run(["check", "--model", "all.json", "--format", "json", "docs"])
        #expect(json.output.contains("each in at least 20 of 40 files"))
        let ignored = try scratch.run(["check", "--model", "all.json", "--ignore", "boilerplate.corpus-recurring", "docs/000.txt"])
        #expect(!ignored.output.contains("corpus-recurring"))
        let fixed = try scratch.run(["fix", "--model", "all.json", "--select", "boilerplate.corpus-recurring", "docs/000.txt"])
        #expect(fixed.output == "正文讲述城城线路调整的经过。\n第二段说明市城的原因。\n")
        #expect(try scratch.run(["rules", "boilerplate.corpus-recurring"]).output.contains("Category: boilerplate"))

        // JSON Lines: the same model from records as from files.
        let records = texts.enumerated().map { #"{"id":\#($0.offset),"text":\#(JSONValue.string($0.element).compact)}"# }.joined(separator: "\n")
        try scratch.write("corpus.jsonl", records + "\n")
        #expect(try scratch.run(["learn", "--jsonl", "corpus.jsonl", "-o", "records.json"]).status == 0)
        #expect(try CorpusModel.load(path: scratch.path + "/records.json") == all)

        let bad = try scratch.run(["check", "--model", "docs/000.txt", "docs"])
        #expect(bad.status == 2 && bad.stderr.contains("not a corpus model"))
        #expect(try scratch.run(["learn", "--merge"]).status == 2)
    }
}
