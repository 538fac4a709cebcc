// textmend-bench: speed and memory of `check` and `fix` beside the raw ICU word-break floor.
//
//   textmend-bench floor|tokenize|decode|check|check-lexicon|check-docs|fix FILE
//
// Each mode runs in its own process (Scripts/benchmark.sh runs them all), so the peak
// memory it prints (VmHWM) belongs to that mode alone. Speed is the best of three runs.
import CICU
import Foundation
import TextMend

func peakMemoryMB() -> Double {
    guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8),
          let line = status.split(separator: "\n").first(where: { $0.hasPrefix("VmHWM:") }) else { return 0 }
    let kilobytes = line.split(separator: " ").compactMap { Double($0) }.first ?? 0
    return kilobytes / 1024
}

func bestOf(_ runs: Int, _ body: () -> Void) -> Double {
    var best = Double.infinity
    for _ in 0..<runs {
        let start = ContinuousClock.now
        body()
        let elapsed = ContinuousClock.now - start
        best = min(best, Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18)
    }
    return best
}

/// Reads a whole file straight into a byte array (no intermediate Data copy).
func readFile(_ path: String) -> [UInt8]? {
    guard let file = fopen(path, "rb") else { return nil }
    defer { fclose(file) }
    fseek(file, 0, SEEK_END)
    let size = ftell(file)
    fseek(file, 0, SEEK_SET)
    return [UInt8](unsafeUninitializedCapacity: size) { buffer, count in
        count = fread(buffer.baseAddress, 1, size, file)
    }
}

let arguments = CommandLine.arguments
guard arguments.count == 3, let bytes = readFile(arguments[2]) else {
    FileHandle.standardError.write(Data("usage: textmend-bench floor|tokenize|decode|check|check-lexicon|check-docs|fix FILE\n".utf8))
    exit(2)
}
// TEXTMEND_BENCH_RUNS=1 for one run (callgrind).
let runs = Int(ProcessInfo.processInfo.environment["TEXTMEND_BENCH_RUNS"] ?? "") ?? 3
// TEXTMEND_BENCH_SELECT=mojibake,markup: check and fix with these rules only.
let selected: [any Rule] = try! RuleRegistry.rules(
    select: (ProcessInfo.processInfo.environment["TEXTMEND_BENCH_SELECT"] ?? "").split(separator: ",").map(String.init), ignore: [])
let megabytes = Double(bytes.count) / 1_000_000
var sink = 0
let seconds: Double
switch arguments[1] {
case "floor":
    // The floor: ICU's word break iterator over the same text, as UTF-16, in a bare loop.
    let utf16 = Array(String(decoding: bytes, as: UTF8.self).utf16)
    seconds = bestOf(3) {
        var error: Int32 = 0
        sink += Int(utf16.withUnsafeBufferPointer { tm_word_break_floor_utf16($0.baseAddress, Int32($0.count), &error) })
    }
case "tokenize":
    seconds = bestOf(3) { sink += try! Decoder.decode(bytes).tokens(.word).count }
case "decode":
    seconds = bestOf(3) { sink += try! Decoder.decode(bytes).lineCount }
case "check":
    let linter = Linter(rules: selected)
    seconds = bestOf(runs) { sink += linter.check(try! Decoder.decode(bytes)).count }
case "check-lexicon":
    // `check --strip-terms party-filter`: the built-in strip lexicon ranks terms at every gap.
    var options = RuleOptions()
    options.stripProfiles = ["party-filter"]
    let linter = Linter(rules: selected, options: options)
    seconds = bestOf(runs) { sink += linter.check(try! Decoder.decode(bytes)).count }
case "fix":
    let fixer = Fixer(linter: Linter(rules: selected))
    seconds = bestOf(runs) {
        let result = fixer.fix(try! Decoder.decode(bytes))
        sink += result.bytes.count
        FileHandle.standardError.write(Data("rounds \(result.rounds), applied \(result.applied.count), remaining \(result.remaining.count)\n".utf8))
    }
case "rules":
    // Time of each rule alone (shared analyses count towards the first rule that asks).
    let document = try! Decoder.decode(bytes)
    let context = RuleContext()
    var rows: [(String, Double, Int)] = []
    let warm = ContinuousClock.now
    for type in RuleRegistry.all { sink += type.init().check(document, context).count }
    print("first pass (shared analyses included):", ContinuousClock.now - warm)
    for type in RuleRegistry.all {
        let rule = type.init()
        var count = 0
        let start = ContinuousClock.now
        count = rule.check(document, context).count
        let elapsed = ContinuousClock.now - start
        rows.append((type.description.id, Double(elapsed.components.attoseconds) / 1e18 + Double(elapsed.components.seconds), count))
    }
    for row in rows.sorted(by: { $0.1 > $1.1 }) { print(String(format: "%8.3f s  %6d  %@", row.1, row.2, row.0)) }
    seconds = rows.reduce(0) { $0 + $1.1 }
case "fix-compare":
    // Incremental re-checks against full ones: the results must be identical.
    // TEXTMEND_BENCH_PROFILE=party-filter: with that strip profile (term gaps).
    var options = RuleOptions()
    if let profile = ProcessInfo.processInfo.environment["TEXTMEND_BENCH_PROFILE"] { options.stripProfiles = [profile] }
    let linter = Linter(rules: RuleRegistry.all.map { $0.init() }, options: options)
    var full = Fixer(linter: linter)
    full.incremental = false
    let document = try! Decoder.decode(bytes)
    let start = ContinuousClock.now
    let fast = Fixer(linter: linter).fix(document)
    let middle = ContinuousClock.now
    let slow = full.fix(document)
    print("incremental", middle - start, "full", ContinuousClock.now - middle, "rounds", fast.rounds, slow.rounds)
    print("same bytes:", fast.bytes == slow.bytes, "same applied:", fast.applied == slow.applied, "same remaining:", fast.remaining == slow.remaining)
    var one = Fixer(linter: linter)
    one.maxRounds = 1
    let first = one.fix(document)
    var counts: [String: Int] = [:]
    for finding in fast.applied.dropFirst(first.applied.count) { counts[finding.ruleID, default: 0] += 1 }
    print("applied after round 1:", counts)
    for finding in fast.applied.dropFirst(first.applied.count).prefix(5) {
        print(finding.ruleID, finding.message, String(decoding: fast.bytes[max(0, finding.range.lowerBound - 30)..<min(fast.bytes.count, finding.range.upperBound + 30)], as: UTF8.self))
    }
    seconds = 1
case "check-docs":
    // The same text as many small documents (split at blank lines every ~8 KB), as a folder
    // of scraped pages would be: per-document work (edge walks, layout) dominates here.
    var documents: [[UInt8]] = []
    var start = 0
    while start < bytes.count {
        var end = min(start + 8192, bytes.count)
        while end < bytes.count - 1 && !(bytes[end] == 0x0A && bytes[end + 1] == 0x0A) { end += 1 }
        end = min(end + 2, bytes.count)
        documents.append(Array(bytes[start..<end]))
        start = end
    }
    let linter = Linter(rules: RuleRegistry.all.map { $0.init() })
    seconds = bestOf(runs) { for document in documents { sink += linter.check(try! Decoder.decode(document)).count } }
default:
    FileHandle.standardError.write(Data("unknown mode \(arguments[1])\n".utf8))
    exit(2)
}
print(String(format: "%@\t%.1f MB\t%.3f s\t%.1f MB/s\tpeak %.0f MB (%.1f× input)\t[%d]",
             arguments[1], megabytes, seconds, megabytes / seconds, peakMemoryMB(),
             peakMemoryMB() / megabytes, sink % 10))
