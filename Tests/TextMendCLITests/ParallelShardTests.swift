import Foundation
import Testing
@testable import TextMend

/// The same results from one process and from GNU parallel over shards (`check --jsonl`,
/// `fix --jsonl`, `learn` + `learn --merge`). Skipped where GNU parallel is missing, except
/// in CI, which installs it (.ci/run).
struct ParallelShardTests {
    static let parallel: String? = ["/usr/bin/parallel", "/usr/local/bin/parallel"].first {
        FileManager.default.isExecutableFile(atPath: $0)
    }

    /// Where GNU parallel is, and always in CI (which installs it: there its absence fails).
    static var available: Bool {
        parallel != nil || ProcessInfo.processInfo.environment["CI"] == "true"
    }

    /// A JSON Lines corpus: damaged and clean records, ids of several kinds, extra fields.
    static func records(_ count: Int) -> String {
        (0..<count).map { index in
            let chrome = index % 4 == 0 ? "网站首页 > 新闻中心 > 正文\n\n" : ""
            let text = chrome + "第\(index)条：学\(index % 3 == 0 ? zwsp : "")习贯彻会议精神。\nPlain line \(index).\n"
                + (index % 2 == 0 ? "\n扫描二维码关注我们的公众号\n" : "")
            let id = index % 5 == 0 ? "\"doc-\(index)\"" : "\(index)"
            return "{\"id\":\(id),\"text\":\(JSONValue.string(text).compact),\"source\":{\"shard\":\(index % 7)}}"
        }.joined(separator: "\n") + "\n"
    }

    /// Runs a shell pipeline in the scratch folder; returns its standard output.
    func shell(_ scratch: Scratch, _ command: String) throws -> Data {
        try #require(Self.parallel != nil, "GNU parallel is missing (see .ci/run)")
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/sh")
        process.arguments = ["-c", command]
        process.currentDirectoryURL = scratch.url
        var environment = ProcessInfo.processInfo.environment
        environment["TM"] = TextMendBinary.url.path
        process.environment = environment
        let output = scratch.url.appendingPathComponent("shell.out")
        FileManager.default.createFile(atPath: output.path, contents: nil)
        let handle = try FileHandle(forWritingTo: output)
        process.standardOutput = handle
        process.standardError = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        try handle.close()
        return try Data(contentsOf: output)
    }

    @Test("fix --jsonl and check --jsonl: one process equals GNU parallel over blocks and over shard files",
          .enabled(if: ParallelShardTests.available))
    func jsonLines() throws {
        let scratch = try Scratch()
        try scratch.write("corpus.jsonl", Self.records(600))
        #expect(try scratch.run(["learn", "--jsonl", "corpus.jsonl", "-o", "model.json"]).status == 0)
        for command in ["fix", "check"] {
            let single = try shell(scratch, "$TM \(command) --jsonl --model model.json < corpus.jsonl")
            #expect(single.count > 10_000)
            let blocks = try shell(scratch, "parallel --will-cite --pipe -k --block 8k -j 4 $TM \(command) --jsonl --model model.json < corpus.jsonl")
            #expect(blocks == single, "\(command): --pipe blocks")
            _ = try shell(scratch, "mkdir -p shards && split -n l/5 -d corpus.jsonl shards/part-")
            let shards = try shell(scratch, "parallel --will-cite -k -j 3 $TM \(command) --jsonl --model model.json {} ::: shards/part-*")
            #expect(shards == single, "\(command): shard files")
        }
    }

    @Test("learn: shards learned in parallel and merged equal one learn over everything",
          .enabled(if: ParallelShardTests.available))
    func learnShards() throws {
        let scratch = try Scratch()
        try scratch.write("corpus.jsonl", Self.records(400))
        _ = try shell(scratch, "mkdir -p shards && split -n l/4 -d corpus.jsonl shards/part-")
        _ = try shell(scratch, "parallel --will-cite -j 2 '$TM learn -q --prune 1 --jsonl {} -o {}.model' ::: shards/part-??")
        _ = try shell(scratch, "$TM learn -q --merge --prune 1 shards/*.model -o merged.json")
        _ = try shell(scratch, "$TM learn -q --prune 1 --jsonl corpus.jsonl -o whole.json")
        #expect(try scratch.read("merged.json") == (try scratch.read("whole.json")))
        #expect(try CorpusModel.load(path: scratch.path + "/whole.json").documents == 400)
    }
}
