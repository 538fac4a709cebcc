#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Dispatch
import Foundation

/// Processes inputs (files, JSON Lines records) on all cores while results come out in input order.
///
/// Inputs come from an iterator (a folder walk finds files lazily), pulled one at a time by
/// whichever worker is free; a worker may run at most `window` inputs ahead of the caller,
/// which hands results on in order as they complete. The window is the bounded queue and
/// the reorder buffer at once: memory is bounded by jobs × window however many inputs
/// there are, output is deterministic, and no worker waits for a slow neighbour's chunk.
public enum ConcurrentBatch {
    /// Inputs a worker may run ahead of the one being handed on, per worker.
    static let windowPerWorker = 16

    /// Runs `work` on every input concurrently and `emit` on each result, in input order,
    /// on the calling thread.
    public static func forEach<Item: Sendable, T: Sendable>(_ inputs: [Item], workers: Int? = nil,
                                                            _ work: @escaping @Sendable (Item) -> T, emit: (Item, T) -> Void) {
        _ = forEach(inputs.makeIterator(), workers: workers, work, emit: emit)
    }

    /// Runs `work` on every element `source` yields (pulled lazily, one at a time, under a
    /// lock) and `emit` on each result, in order, on the calling thread; returns the
    /// exhausted source (whose counters a walk keeps).
    @discardableResult
    public static func forEach<Source: IteratorProtocol, T: Sendable>(
        _ source: Source, workers: Int? = nil, _ work: @escaping @Sendable (Source.Element) -> T,
        emit: (Source.Element, T) -> Void
    ) -> Source where Source.Element: Sendable {
        let cores = max(1, workers ?? ProcessInfoCores.active)
        if cores == 1 {
            var source = source
            while let item = source.next() { emit(item, work(item)) }
            return source
        }
        let pipeline = Pipeline<Source, T>(source, window: cores * windowPerWorker, work: work)
        let group = DispatchGroup()
        for _ in 0..<cores {
            DispatchQueue.global().async(group: group) { pipeline.runWorker() }
        }
        while let (item, result) = pipeline.takeNext() { emit(item, result) }
        group.wait()
        return pipeline.source
    }

    /// The shared state of one run: the source, which input is next, and results not yet handed on.
    private final class Pipeline<Source: IteratorProtocol, T: Sendable>: @unchecked Sendable where Source.Element: Sendable {
        // Every mutable field is guarded by `condition`.
        private let condition = NSCondition()
        private(set) var source: Source
        private let window: Int
        private let work: @Sendable (Source.Element) -> T
        /// Inputs claimed so far (the index of the next one).
        private var next = 0
        private var handedOn = 0
        /// Whether the source has run dry (then `next` is the number of inputs).
        private var exhausted = false
        private var ready: [Int: (Source.Element, T)] = [:]

        init(_ source: Source, window: Int, work: @escaping @Sendable (Source.Element) -> T) {
            self.source = source
            self.window = window
            self.work = work
        }

        func runWorker() {
            while true {
                condition.lock()
                while !exhausted && next >= handedOn + window { condition.wait() }
                guard !exhausted, let item = source.next() else {
                    exhausted = true
                    condition.broadcast()
                    condition.unlock()
                    return
                }
                let index = next
                next += 1
                condition.unlock()
                let result = work(item)
                condition.lock()
                ready[index] = (item, result)
                condition.broadcast()
                condition.unlock()
            }
        }

        /// The next input and its result in order, once ready; nil after the last.
        func takeNext() -> (Source.Element, T)? {
            condition.lock()
            defer { condition.unlock() }
            while ready[handedOn] == nil {
                if exhausted && handedOn >= next { return nil }
                condition.wait()
            }
            let entry = ready.removeValue(forKey: handedOn)!
            handedOn += 1
            condition.broadcast()
            return entry
        }
    }
}

/// The number of processors this process may use.
enum ProcessInfoCores {
    static var active: Int {
        return max(1, Int(sysconf(Int32(_SC_NPROCESSORS_ONLN))))
    }
}
