import Foundation
import Testing
@testable import TextMend

/// The batch layer under the CLI: globs, streamed reports, statistics.
struct BatchLibraryTests {
    @Test("globs: segments, ** across folders, unanchored names", arguments: [
        ("*.txt", "a.txt", true), ("*.txt", "x/y/a.txt", true), ("*.txt", "a.md", false),
        ("docs/*.txt", "docs/a.txt", true), ("docs/*.txt", "x/docs/a.txt", false), ("docs/*.txt", "docs/x/a.txt", false),
        ("docs/**", "docs/x/a.txt", true), ("docs/**/*.txt", "docs/a.txt", true), ("docs/**/*.txt", "docs/x/y/a.txt", true),
        ("**/build", "a/build", true), ("build", "a/build", true), ("build/", "build", true),
        ("/top.txt", "top.txt", true), ("/top.txt", "x/top.txt", false), ("a?c.[tm]xt", "abc.txt", true),
        ("./a.txt", "a.txt", true), ("**", "anything/at/all", true),
    ])
    func glob(_ pattern: String, _ path: String, _ expected: Bool) {
        #expect(Glob(pattern).matches(path) == expected, "\(pattern) vs \(path)")
    }

    @Test("the streamed report equals the reporter's own rendering", arguments: ReportFormat.allCases)
    func streamMatchesReporter(_ format: ReportFormat) throws {
        let linter = Linter(rules: RuleRegistry.all.map { $0.init() })
        let reports = ["a\u{200B}b\n", "clean\n", "x\u{200B}\u{200B}y\r\nz\u{FEFF}\n", ""].enumerated().map { index, text in
            let document = Document(text: text)
            return FileReport(path: "f\(index).txt", document: document, findings: linter.check(document))
        }
        for color in [false, true] {
            for count in 0...reports.count {
                let some = Array(reports.prefix(count))
                var stream = ReportStream(format: format, color: color)
                let streamed = some.map { stream.add($0) }.joined() + stream.finish()
                #expect(streamed == makeReporter(format, color: color).render(some), "\(count) reports")
            }
        }
    }

    @Test("binary sniffing lets UTF-16 through")
    func binarySniff() {
        #expect(InputCollector.looksBinary([0x50, 0x4B, 3, 4, 0, 0, 8, 0]))
        #expect(!InputCollector.looksBinary(Array("plain text".utf8)))
        #expect(!InputCollector.looksBinary([0xFF, 0xFE, 0x61, 0, 0x62, 0]))
    }

    @Test("comma lists split and trim")
    func commas() {
        #expect(["a,b", " c ", ",", "d"].splittingCommas() == ["a", "b", "c", "d"])
    }

    @Test("a lazy walk yields what collect gives, in sorted walk order")
    func lazyWalk() throws {
        let scratch = try Scratch()
        for name in ["b/2.txt", "a.txt", "b/1.txt", "b/c/0.txt", ".hidden/x.txt", "c.txt"] { _ = try scratch.write("docs/" + name, "x\n") }
        let collector = InputCollector()
        let collected = collector.collect([scratch.path + "/docs"]).inputs.map(\.relativePath)
        #expect(collected == ["a.txt", "b/1.txt", "b/2.txt", "b/c/0.txt", "c.txt"])
        var walk = collector.walk([scratch.path + "/docs", scratch.path + "/docs/a.txt"])
        var walked: [String] = []
        while case .input(let input)? = walk.next() { walked.append(input.relativePath) }
        #expect(walked == collected + ["a.txt"])
        #expect(walk.walkedFolders == 1 && walk.argumentIndex == 1)
    }

    @Test("the progress line without a total (while the files are still being counted)")
    func progressWithoutTotal() {
        #expect(BatchTally.progressLine(done: 1_234, total: nil, bytes: 0, elapsed: 0) == "1,234 files")
        #expect(BatchTally.progressLine(done: 1_234, total: nil, bytes: 5_000_000, elapsed: 2) == "1,234 files · 2.5 MB/s")
    }

    @Test("a lazy source is pulled at most jobs × window ahead of the results handed on, in order")
    func boundedWindow() {
        /// Counts how far the pulls run ahead of the results handed on.
        final class Gauge: @unchecked Sendable {
            let lock = NSLock()
            var pulled = 0, emitted = 0, ahead = 0
        }
        struct Source: IteratorProtocol {
            let gauge: Gauge
            var count = 0
            mutating func next() -> Int? {
                guard count < 5_000 else { return nil }
                gauge.lock.lock()
                gauge.pulled += 1
                gauge.ahead = max(gauge.ahead, gauge.pulled - gauge.emitted)
                gauge.lock.unlock()
                count += 1
                return count - 1
            }
        }
        let gauge = Gauge()
        var order: [Int] = []
        ConcurrentBatch.forEach(Source(gauge: gauge), workers: 3, { $0 * 2 }) { item, result in
            #expect(result == item * 2)
            order.append(item)
            gauge.lock.lock()
            gauge.emitted += 1
            gauge.lock.unlock()
        }
        #expect(order == Array(0..<5_000))
        #expect(gauge.ahead <= 3 * ConcurrentBatch.windowPerWorker + 1)
    }

    @Test("fix --out: an input landing where an earlier argument's repair went is refused, even from the last argument")
    func outConflicts() throws {
        let scratch = try Scratch()
        for folder in ["a", "b", "c"] { _ = try scratch.write("\(folder)/x.txt", "\(folder) text\n") }
        _ = try scratch.write("c/y.txt", "y text\n")
        let run = try scratch.run(["fix", "-q", "--out", "out", "a", "b", "c"])
        #expect(run.status == 2)
        #expect(run.stderr.components(separatedBy: "already holds the repair of").count == 3, "b/x.txt and c/x.txt")
        #expect(try scratch.read("out/x.txt") == Array("a text\n".utf8))
        #expect(try scratch.read("out/y.txt") == Array("y text\n".utf8))
    }
}
