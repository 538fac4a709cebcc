#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Standard output (buffered) and standard error (a line at a time). Used from the main
/// thread only.
enum Console {
    nonisolated(unsafe) private static var buffer: [UInt8] = []
    private static let bufferLimit = 1 << 16

    /// Writes text to standard output.
    static func out(_ text: String) {
        buffer.append(contentsOf: text.utf8)
        if buffer.count >= bufferLimit { flush() }
    }

    /// Writes bytes to standard output.
    static func out(bytes: [UInt8]) {
        if buffer.count + bytes.count < bufferLimit {
            buffer.append(contentsOf: bytes)
        } else {
            flush()
            writeAll(STDOUT_FILENO, bytes)
        }
    }

    /// Sends buffered output on.
    static func flush() {
        writeAll(STDOUT_FILENO, buffer)
        buffer.removeAll(keepingCapacity: true)
    }

    /// Whether a status line (the progress bar) is on standard error's last line.
    nonisolated(unsafe) private static var statusShown = false

    /// Writes a line to standard error (after pending output, so the two stay in order),
    /// clearing the progress bar first.
    static func note(_ line: String) {
        flush()
        clearStatus()
        writeAll(STDERR_FILENO, Array((line + "\n").utf8))
    }

    /// Shows `line` as the status line on standard error (nil removes it).
    static func status(_ line: String?) {
        flush()
        guard let line else { clearStatus(); return }
        writeAll(STDERR_FILENO, Array(("\r\u{1B}[K" + line).utf8))
        statusShown = true
    }

    private static func clearStatus() {
        if statusShown { writeAll(STDERR_FILENO, Array("\r\u{1B}[K".utf8)) }
        statusShown = false
    }

    /// `textmend: error: <what>` on standard error.
    static func error(_ what: String) {
        note("textmend: error: \(what)")
    }

    /// Flushes and exits.
    static func exit(_ status: Int32) -> Never {
        flush()
        Glibc.exit(status)
    }

    private static func writeAll(_ descriptor: Int32, _ bytes: [UInt8]) {
        bytes.withUnsafeBytes { raw in
            var written = 0
            while written < raw.count {
                let count = Glibc.write(descriptor, raw.baseAddress! + written, raw.count - written)
                if count < 0 {
                    if errno == EINTR { continue }
                    return  // a closed pipe: nothing more can be said
                }
                written += count
            }
        }
    }

    /// Whether standard output is a terminal and NO_COLOR (no-color.org) is not set.
    static var colorByDefault: Bool {
        if let value = getenv("NO_COLOR"), value.pointee != 0 { return false }
        return isatty(STDOUT_FILENO) != 0
    }
}

extension Console {
    /// Tells a person at a terminal that textmend is waiting for standard input.
    static func hintIfReadingTerminal(quiet: Bool) {
        if !quiet && isatty(STDIN_FILENO) != 0 {
            note("textmend: reading standard input (end with Ctrl-D; pass a path to read files)")
        }
    }
}

/// The canonical path of an existing file or folder.
func realPath(_ path: String) -> String? {
    guard let resolved = realpath(path, nil) else { return nil }
    defer { free(resolved) }
    return String(cString: resolved)
}
