import CICU
import Synchronization

/// A compiled ICU regular expression that any thread may use.
///
/// ICU matchers keep state, so one handle must never be used by two threads at once. The
/// wrapper keeps the compiled prototype and a small pool of clones: a search takes a clone
/// (or makes one), runs, and gives it back. Clones share ICU's compiled pattern, so they are
/// cheap, and threads never wait for each other's searches. A lazy expression compiles on
/// its first search (compiling costs far more than most searches, and most of a large
/// pattern file is never searched in one run).
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

    /// The compiled prototype (nil until a lazy expression is first searched), why it did
    /// not compile, and the pool of idle clones.
    private struct State: Sendable {
        var prototype: Handle?
        var error: CompileError?
        var pool: [Handle] = []
    }

    /// The source pattern.
    let pattern: String
    private let caseInsensitive: Bool
    private let state: Mutex<State>

    /// Compiles a pattern (case-insensitive unless told otherwise).
    init(_ pattern: String, caseInsensitive: Bool = true) throws(CompileError) {
        self.pattern = pattern
        self.caseInsensitive = caseInsensitive
        let prototype = try Self.compile(pattern, caseInsensitive)
        state = Mutex(State(prototype: prototype))
    }

    /// A pattern compiled on its first search; one that does not compile never matches
    /// (`compileError` tells).
    init(lazy pattern: String, caseInsensitive: Bool = true) {
        self.pattern = pattern
        self.caseInsensitive = caseInsensitive
        state = Mutex(State())
    }

    deinit {
        state.withLock { state in
            for handle in state.pool { tm_regex_close(handle.pointer) }
            state.pool = []
            if let prototype = state.prototype { tm_regex_close(prototype.pointer) }
        }
    }

    /// Why the pattern does not compile, or nil (compiles a lazy expression).
    var compileError: CompileError? {
        state.withLock { state in
            Self.prepare(&state, pattern, caseInsensitive)
            return state.error
        }
    }

    private static func compile(_ pattern: String, _ caseInsensitive: Bool) throws(CompileError) -> Handle {
        var error: Int32 = 0
        var message = [CChar](repeating: 0, count: 256)
        let flags = caseInsensitive ? Int32(TM_REGEX_CASE_INSENSITIVE) : 0
        guard let pointer = tm_regex_open(pattern, flags, &message, Int32(message.count), &error) else {
            throw CompileError(pattern: pattern, message: String(decoding: message.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self))
        }
        return Handle(pointer: pointer)
    }

    /// Compiles the prototype if it is not yet compiled (or known not to compile).
    private static func prepare(_ state: inout State, _ pattern: String, _ caseInsensitive: Bool) {
        guard state.prototype == nil, state.error == nil else { return }
        do { state.prototype = try compile(pattern, caseInsensitive) } catch { state.error = error }
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
        state.withLock { state in
            if let handle = state.pool.popLast() { return handle }
            Self.prepare(&state, pattern, caseInsensitive)
            guard let prototype = state.prototype else { return nil }
            var error: Int32 = 0
            return tm_regex_clone(prototype.pointer, &error).map(Handle.init)
        }
    }

    private func checkIn(_ handle: Handle) {
        state.withLock { $0.pool.append(handle) }
    }
}
