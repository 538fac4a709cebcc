#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// What a batch run did, for the closing summary on standard error: files read (and their
/// size and speed), changed, skipped, errors and findings per category.
public struct BatchTally: Sendable {
    /// Files (or records) read and processed.
    public var read = 0
    /// Their bytes.
    public var bytes = 0
    /// Files whose text a fix changed.
    public var changed = 0
    /// Binary files skipped in folder walks.
    public var skippedBinary = 0
    /// Symbolic links skipped in folder walks.
    public var skippedLinks = 0
    /// Inputs that failed (unreadable, undecodable, unwritable …).
    public var errors = 0
    /// Findings per category.
    public var byCategory: [Category: Int] = [:]
    /// When the run started (monotonic seconds).
    public let started: Double

    /// Starts a tally now.
    public init() {
        started = Self.now()
    }

    /// Counts findings by category.
    public mutating func count(_ findings: [Finding]) {
        for finding in findings { byCategory[finding.category, default: 0] += 1 }
    }

    /// Seconds since the start.
    public var elapsed: Double { Self.now() - started }

    /// Monotonic seconds.
    public static func now() -> Double {
        var time = timespec()
        clock_gettime(CLOCK_MONOTONIC, &time)
        return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
    }

    /// `textmend: 10,000 files read (12.3 MB in 4.1 s, 3.0 MB/s); 1,234 changed; skipped
    /// 12 binary files; 2 errors; findings: 1,200 boilerplate, 300 punctuation`.
    /// `unit` names what was read (files or records); `changedVerb` is nil for `check`.
    public func render(unit: String = "file", changedVerb: String? = nil, elapsed: Double? = nil) -> String {
        let seconds = max(elapsed ?? self.elapsed, 1e-6)
        var parts = ["\(Self.count(read, unit)) read (\(Self.megabytes(bytes)) in \(Self.seconds(seconds)), "
                     + "\(Self.megabytes(Int(Double(bytes) / seconds)))/s)"]
        if let changedVerb { parts.append("\(Self.grouped(changed)) \(changedVerb)") }
        var skipped: [String] = []
        if skippedBinary > 0 { skipped.append(Self.count(skippedBinary, "binary file")) }
        if skippedLinks > 0 { skipped.append(Self.count(skippedLinks, "symbolic link")) }
        if !skipped.isEmpty { parts.append("skipped " + skipped.joined(separator: ", ")) }
        if errors > 0 { parts.append(Self.count(errors, "error")) }
        let categories = Category.allCases.compactMap { category in
            byCategory[category].map { "\(Self.grouped($0)) \(category.rawValue)" }
        }
        parts.append(categories.isEmpty ? "no findings" : "findings: " + categories.joined(separator: ", "))
        return "textmend: " + parts.joined(separator: "; ")
    }

    static func count(_ number: Int, _ word: String) -> String {
        "\(grouped(number)) \(word)\(number == 1 ? "" : "s")"
    }

    static func grouped(_ number: Int) -> String { HTMLReporter.grouped(number) }

    /// `12.3 MB` (decimal megabytes), `850 kB` below one.
    static func megabytes(_ bytes: Int) -> String {
        if bytes < 1_000_000 { return "\(grouped((bytes + 500) / 1000)) kB" }
        let tenths = (bytes + 50_000) / 100_000
        return "\(grouped(tenths / 10)).\(tenths % 10) MB"
    }

    /// `4.1 s`, `2:05` past a minute, `1:02:03` past an hour.
    static func seconds(_ value: Double) -> String {
        if value < 60 {
            let tenths = Int((value * 10).rounded())
            return "\(tenths / 10).\(tenths % 10) s"
        }
        let total = Int(value.rounded())
        let (hours, minutes, rest) = (total / 3600, total / 60 % 60, total % 60)
        let padded = (rest < 10 ? "0" : "") + String(rest)
        return hours > 0 ? "\(hours):\(minutes < 10 ? "0" : "")\(minutes):\(padded)" : "\(minutes):\(padded)"
    }

    /// The progress line: `[#####·····] 1,234/10,000 files · 12.3 MB/s · 0:42 left`; while
    /// the total is unknown (nil), `1,234 files · 12.3 MB/s`.
    public static func progressLine(done: Int, total: Int?, bytes: Int, elapsed: Double, unit: String = "files",
                                    width: Int = 24) -> String {
        guard let total else {
            let line = "\(grouped(done)) \(unit)"
            return elapsed > 0.05 && done > 0 ? line + " · \(megabytes(Int(Double(bytes) / elapsed)))/s" : line
        }
        let fraction = total > 0 ? min(1, Double(done) / Double(total)) : 0
        let filled = Int((fraction * Double(width)).rounded(.down))
        var line = "[" + String(repeating: "#", count: filled) + String(repeating: "·", count: width - filled) + "] "
        line += "\(grouped(done))/\(grouped(total)) \(unit)"
        guard elapsed > 0.05, done > 0 else { return line }
        line += " · \(megabytes(Int(Double(bytes) / elapsed)))/s"
        let left = elapsed / Double(done) * Double(max(0, total - done))
        return line + " · \(seconds(left).replacing(" s", with: "s")) left"
    }
}
