import Foundation
import Testing
@testable import TextMend

/// The diff behind `fix --diff`: format details, and that applying it gives the new text.
struct UnifiedDiffTests {
    @Test("a one-line change with context and headers")
    func oneLine() {
        let old = "1\n2\n3\n4\n5\n6\n7\n8\n", new = "1\n2\n3\n4x\n5\n6\n7\n8\n"
        let diff = UnifiedDiff.diff(old: Array(old.utf8), new: Array(new.utf8), oldLabel: "a/f.txt", newLabel: "b/f.txt")
        #expect(diff == """
            --- a/f.txt
            +++ b/f.txt
            @@ -1,7 +1,7 @@
             1
             2
             3
            -4
            +4x
             5
             6
             7

            """)
    }

    @Test("equal texts give no diff")
    func equal() {
        #expect(UnifiedDiff.diff(old: Array("a\n".utf8), new: Array("a\n".utf8), oldLabel: "a", newLabel: "b").isEmpty)
    }

    @Test("a missing final newline is marked")
    func noNewline() {
        let diff = UnifiedDiff.diff(old: Array("a\nb".utf8), new: Array("a\nc".utf8), oldLabel: "a/x", newLabel: "b/x")
        #expect(diff == "--- a/x\n+++ b/x\n@@ -1,2 +1,2 @@\n a\n-b\n\\ No newline at end of file\n+c\n\\ No newline at end of file\n")
    }

    @Test("empty old and new texts use the line-before convention")
    func empty() {
        let diff = UnifiedDiff.diff(old: [], new: Array("a\n".utf8), oldLabel: "a/x", newLabel: "b/x")
        #expect(diff == "--- a/x\n+++ b/x\n@@ -0,0 +1 @@\n+a\n")
    }

    @Test("the diff agrees with patch(1) on random edits", arguments: 0..<40)
    func roundTrip(seed: Int) throws {
        var generator = SeededGenerator(seed: UInt64(seed))
        let lineCount = Int.random(in: 0..<60, using: &generator)
        let alphabet = ["", "a", "b", "c", "四", "d\r", "e e"]
        let old = (0..<lineCount).map { _ in alphabet.randomElement(using: &generator)! }
        var new = old
        for _ in 0..<Int.random(in: 1..<8, using: &generator) {
            let at = Int.random(in: 0...new.count, using: &generator)
            switch Int.random(in: 0..<3, using: &generator) {
            case 0: new.insert(alphabet.randomElement(using: &generator)!, at: at)
            case 1 where at < new.count: new.remove(at: at)
            default: if at < new.count { new[at] += "x" }
            }
        }
        let finalNewline = seed % 3 != 0
        let oldText = old.joined(separator: "\n") + (finalNewline || old.isEmpty ? "\n" : "")
        let newText = new.joined(separator: "\n") + (seed % 5 != 0 || new.isEmpty ? "\n" : "")
        let diff = UnifiedDiff.diff(old: Array(oldText.utf8), new: Array(newText.utf8), oldLabel: "a/f", newLabel: "b/f")
        #expect(try Patch.apply(diff, to: oldText) == newText, "\(diff)")
    }

    @Test("the fallback walk yields a correct script on a heavily changed text")
    func fallbackWalk() {
        var generator = SeededGenerator(seed: 7)
        let a = (0..<3000).map { _ in Int.random(in: 0..<50, using: &generator) }
        var b = a
        for index in stride(from: 0, to: b.count, by: 3) { b[index] += 100 }
        b.removeSubrange(100..<400)
        let changes = UnifiedDiff.resynchronisingWalk(a, b)
        #expect(Self.apply(changes, a, b) == b)
        let myers = UnifiedDiff.editScript(Array(a.prefix(300)), Array(b.prefix(300)))
        #expect(Self.apply(myers, Array(a.prefix(300)), Array(b.prefix(300))) == Array(b.prefix(300)))
    }

    /// Applies a change list: equal stretches come from `a`, replaced blocks from `b`.
    static func apply(_ changes: [UnifiedDiff.Change], _ a: [Int], _ b: [Int]) -> [Int] {
        var result: [Int] = []
        var cursor = 0
        for change in changes {
            result += a[cursor..<change.old.lowerBound]
            result += b[change.new]
            cursor = change.old.upperBound
        }
        return result + a[cursor...]
    }
}

/// Runs patch(1) on a text.
enum Patch {
    static func apply(_ diff: String, to text: String) throws -> String {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("tm-patch-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("f")
        try Data(text.utf8).write(to: file)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/patch")
        process.arguments = ["-s", "-p1", "-d", folder.path]
        let input = Pipe()
        process.standardInput = input
        try process.run()
        input.fileHandleForWriting.write(Data(diff.utf8))
        try input.fileHandleForWriting.close()
        process.waitUntilExit()
        return String(decoding: try Data(contentsOf: file), as: UTF8.self)
    }
}

/// A small deterministic random source (SplitMix64).
struct SeededGenerator: RandomNumberGenerator {
    var state: UInt64
    init(seed: UInt64) { state = seed &+ 0x9E37_79B9_7F4A_7C15 }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
