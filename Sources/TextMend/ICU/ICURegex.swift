import CICU
import Synchronization

/// A compiled ICU regular expression that any thread may use.
///
/// ICU matchers keep state, so one handle must never be used by two threads at once. The
/// wrapper keeps the compiled prototype and a small pool of clones: a search takes a clone
/// (or makes one), runs, and gives it back. Clones share ICU's compiled pattern, so they are
/// cheap, and threads never wait for each other's searches.
final class ICURegex: Sendable {
    /// Why a pattern did not compile.
    struct CompileError: Error, CustomStringConvertible {
        /// The pattern.
        var pattern: String
        /// ICU's message, with the offset of the problem.
        var message: String
        var description: String { "invalid regular expression '\(pattern)': \(message)" }
    }

    /// An ICU handle; only ever touched by one thread at a time (see the pool).
    private struct Handle: @unchecked Sendable { let pointer: OpaquePointer }

    /// The source pattern.
    let pattern: String
    private let prototype: Handle
    private let pool = Mutex<[Handle]>([])

    /// Compiles a pattern (case-insensitive unless told otherwise).
    init(_ pattern: String, caseInsensitive: Bool = true) throws(CompileError) {
        var error: Int32 = 0
        var message = [CChar](repeating: 0, count: 256)
        let flags = caseInsensitive ? Int32(TM_REGEX_CASE_INSENSITIVE) : 0
        guard let pointer = tm_regex_open(pattern, flags, &message, Int32(message.count), &error) else {
            throw CompileError(pattern: pattern, message: String(decoding: message.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self))
        }
        self.pattern = pattern
        prototype = Handle(pointer: pointer)
    }

    deinit {
        pool.withLock { handles in
            for handle in handles { tm_regex_close(handle.pointer) }
            handles = []
        }
        tm_regex_close(prototype.pointer)
    }

    /// The first non-empty match inside `range` of a UTF-8 buffer, as absolute byte offsets.
    /// The search sees only the range, so `^` and `$` anchor at its ends.
    func firstMatch(in buffer: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Range<Int>? {
        guard let base = buffer.baseAddress, !range.isEmpty, range.upperBound <= buffer.count else { return nil }
        guard let handle = checkOut() else { return nil }
        defer { checkIn(handle) }
        var start: Int64 = 0, end: Int64 = 0, error: Int32 = 0
        let found = (base + range.lowerBound).withMemoryRebound(to: CChar.self, capacity: max(range.count, 1)) {
            tm_regex_find(handle.pointer, $0, Int64(range.count), 0, &start, &end, &error)
        }
        guard found == 1, error == 0, end > start else { return nil }
        return range.lowerBound + Int(start)..<range.lowerBound + Int(end)
    }

    /// The first non-empty match in a string, as a byte range of its UTF-8.
    func firstMatch(in text: String) -> Range<Int>? {
        let bytes = Array(text.utf8)
        return bytes.withUnsafeBufferPointer { firstMatch(in: $0, 0..<bytes.count) }
    }

    private func checkOut() -> Handle? {
        pool.withLock { handles in
            if let handle = handles.popLast() { return handle }
            var error: Int32 = 0
            return tm_regex_clone(prototype.pointer, &error).map(Handle.init)
        }
    }

    private func checkIn(_ handle: Handle) {
        pool.withLock { $0.append(handle) }
    }
}
