#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import TextMend

/// A progress bar on standard error, redrawn at most ten times a second, shown only when
/// standard error is a terminal (and standard output is not the same screen, unless the
/// run writes nothing there). `TEXTMEND_PROGRESS=always` or `never` overrides.
final class ProgressBar {
    private let total: Int
    private let unit: String
    let enabled: Bool
    private var done = 0
    private var bytes = 0
    private let started = BatchTally.now()
    private var lastDraw = 0.0

    /// A bar for `total` items; `writesStandardOutput` says whether results go to stdout.
    init(total: Int, unit: String = "files", quiet: Bool, writesStandardOutput: Bool) {
        self.total = total
        self.unit = unit
        switch getenv("TEXTMEND_PROGRESS").map({ String(cString: $0) }) {
        case "always": enabled = !quiet
        case "never": enabled = false
        default:
            enabled = !quiet && total > 1 && isatty(STDERR_FILENO) != 0
                && !(writesStandardOutput && isatty(STDOUT_FILENO) != 0)
        }
    }

    /// Counts one item of `size` bytes.
    func advance(bytes size: Int) {
        done += 1
        bytes += size
        guard enabled else { return }
        let now = BatchTally.now()
        if now - lastDraw >= 0.1 || done == total {
            lastDraw = now
            Console.status(BatchTally.progressLine(done: done, total: total, bytes: bytes, elapsed: now - started, unit: unit))
        }
    }

    /// Removes the bar.
    func finish() {
        if enabled { Console.status(nil) }
    }
}
