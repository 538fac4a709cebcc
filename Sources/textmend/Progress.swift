#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation
import TextMend

/// A progress bar on standard error, redrawn at most ten times a second, shown only when
/// standard error is a terminal (and standard output is not the same screen, unless the
/// run writes nothing there). `TEXTMEND_PROGRESS=always` or `never` overrides. The total
/// may arrive late (a background count, see `RunSetup.countInBackground`): until then the
/// bar shows the files done without one.
final class ProgressBar: @unchecked Sendable {
    private let unit: String
    let enabled: Bool
    private var done = 0
    private var bytes = 0
    private let started = BatchTally.now()
    private var lastDraw = 0.0
    /// Guards `total`, which a counting thread may set.
    private let lock = NSCondition()
    private var total: Int?
    private var awaitingTotal = false

    /// A bar for `total` items (nil: unknown yet); `batch` says whether several items are
    /// expected; `writesStandardOutput` says whether results go to stdout.
    init(total: Int?, batch: Bool, unit: String = "files", quiet: Bool, writesStandardOutput: Bool) {
        self.total = total
        self.unit = unit
        switch getenv("TEXTMEND_PROGRESS").map({ String(cString: $0) }) {
        case "always": enabled = !quiet
        case "never": enabled = false
        default:
            enabled = !quiet && batch && isatty(STDERR_FILENO) != 0
                && !(writesStandardOutput && isatty(STDOUT_FILENO) != 0)
        }
    }

    /// Says a total is being counted (`finish` waits for it, for a final full bar).
    func expectTotal() {
        lock.lock()
        awaitingTotal = true
        lock.unlock()
    }

    /// Sets the total once counted (any thread).
    func setTotal(_ count: Int) {
        lock.lock()
        total = count
        awaitingTotal = false
        lock.broadcast()
        lock.unlock()
    }

    private var knownTotal: Int? {
        lock.lock()
        defer { lock.unlock() }
        return total
    }

    /// Counts one item of `size` bytes.
    func advance(bytes size: Int) {
        done += 1
        bytes += size
        guard enabled else { return }
        let now = BatchTally.now()
        let total = knownTotal
        if now - lastDraw >= 0.1 || done == total {
            lastDraw = now
            draw(total, now)
        }
    }

    private func draw(_ total: Int?, _ now: Double) {
        Console.status(BatchTally.progressLine(done: done, total: total, bytes: bytes, elapsed: now - started, unit: unit))
    }

    /// Draws the last state (once the count is in) and removes the bar.
    func finish() {
        guard enabled else { return }
        lock.lock()
        while awaitingTotal { lock.wait() }
        let total = total
        lock.unlock()
        if done > 0 { draw(total, BatchTally.now()) }
        Console.status(nil)
    }
}
