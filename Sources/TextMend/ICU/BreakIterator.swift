import CICU
import Synchronization

/// Walks ICU text boundaries over a document's UTF-8, in batches.
struct BreakIterator: ~Copyable {
    private let handle: OpaquePointer
    private var boundaries = [Int64](repeating: 0, count: 1024)
    private var statuses = [Int32](repeating: 0, count: 1024)

    /// Opens an iterator; the bytes must stay alive and unmoved while it is used, so callers
    /// pass a pointer they keep valid (see `forEachBoundary`).
    init?(kind: tm_break_kind, locale: String, text: UnsafeBufferPointer<UInt8>) {
        var error: Int32 = 0
        let pointer = text.withMemoryRebound(to: CChar.self) { $0.baseAddress }
        guard let handle = tm_breaker_open(kind, locale, pointer, Int64(text.count), &error) else { return nil }
        self.handle = handle
    }

    deinit { tm_breaker_close(handle) }

    /// Calls `body` with each boundary after the start (byte offset and rule status).
    mutating func forEach(_ body: (Int, Int32) -> Void) {
        while true {
            let count = tm_breaker_next(handle, &boundaries, &statuses, Int32(boundaries.count))
            if count == 0 { return }
            for index in 0..<Int(count) { body(Int(boundaries[index]), statuses[index]) }
        }
    }
}

/// Runs a break iterator over a whole byte array.
func forEachBoundary(_ kind: tm_break_kind, locale: String = "", in bytes: [UInt8], _ body: (Int, Int32) -> Void) {
    bytes.withUnsafeBufferPointer { buffer in
        guard buffer.count > 0, var iterator = BreakIterator(kind: kind, locale: locale, text: buffer) else { return }
        iterator.forEach(body)
    }
}

/// Word break iterators for short texts, kept open between uses: opening one costs ICU as
/// much as breaking a few thousand characters, and rules tokenize hundreds of short pieces.
enum ShortTextWordBreakers {
    /// An open iterator handle (used by one thread at a time: it is taken out of the pool).
    struct Handle: @unchecked Sendable { let pointer: OpaquePointer }

    private static let pool = Mutex<[Handle]>([])

    /// Calls `body` with each word boundary after the start of `bytes` (byte offset and rule
    /// status), as `forEachBoundary(TM_BREAK_WORD, in:)` does.
    static func forEachBoundary(in bytes: [UInt8], _ body: (Int, Int32) -> Void) {
        bytes.withUnsafeBufferPointer { buffer in
            guard buffer.count > 0 else { return }
            let text = buffer.withMemoryRebound(to: CChar.self) { $0.baseAddress }
            var handle = pool.withLock { $0.popLast() }
            if let pooled = handle, tm_breaker_reset(pooled.pointer, text, Int64(buffer.count)) != 0 {
                tm_breaker_close(pooled.pointer)
                handle = nil
            }
            if handle == nil {
                var error: Int32 = 0
                guard let opened = tm_breaker_open(TM_BREAK_WORD, "", text, Int64(buffer.count), &error) else { return }
                handle = Handle(pointer: opened)
            }
            guard let handle else { return }
            withUnsafeTemporaryAllocation(of: Int64.self, capacity: 64) { boundaries in
                withUnsafeTemporaryAllocation(of: Int32.self, capacity: 64) { statuses in
                    while true {
                        let count = tm_breaker_next(handle.pointer, boundaries.baseAddress, statuses.baseAddress, 64)
                        if count == 0 { break }
                        for index in 0..<Int(count) { body(Int(boundaries[index]), statuses[index]) }
                    }
                }
            }
            pool.withLock { $0.append(handle) }
        }
    }
}
