#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Dispatch
import Foundation

/// Processes inputs (files, JSON Lines records) on all cores while results come out in input order.
///
/// Workers claim inputs one at a time and may run at most `window` inputs ahead of the
/// caller, which hands results on in order as they complete: memory stays bounded however
/// many inputs there are, output is deterministic, and no worker waits for a slow
/// neighbour's chunk to finish.
public enum ConcurrentBatch {
    /// Inputs a worker may run ahead of the one being handed on, per worker.
    static let windowPerWorker = 16

    /// Runs `work` on every input concurrently and `emit` on each result, in input order,
    /// on the calling thread.
    public static func forEach<Item: Sendable, T: Sendable>(_ inputs: [Item], workers: Int? = nil,
                                                            _ work: @escaping @Sendable (Item) -> T, emit: (Item, T) -> Void) {
        let cores = max(1, workers ?? ProcessInfoCores.active)
        if cores == 1 || inputs.count < 2 {
            for input in inputs { emit(input, work(input)) }
            return
        }
        let pipeline = Pipeline<Item, T>(inputs, window: cores * windowPerWorker, work: work)
        let group = DispatchGroup()
        for _ in 0..<min(cores, inputs.count) {
            DispatchQueue.global().async(group: group) { pipeline.runWorker() }
        }
        for index in inputs.indices { emit(inputs[index], pipeline.take(index)) }
        group.wait()
    }

    /// The shared state of one run: which input is next, and results not yet handed on.
    private final class Pipeline<Item: Sendable, T: Sendable>: @unchecked Sendable {
        // Every mutable field is guarded by `condition`.
        private let condition = NSCondition()
        private let inputs: [Item]
        private let window: Int
        private let work: @Sendable (Item) -> T
        private var next = 0
        private var handedOn = 0
        private var ready: [Int: T] = [:]

        init(_ inputs: [Item], window: Int, work: @escaping @Sendable (Item) -> T) {
            self.inputs = inputs
            self.window = window
            self.work = work
        }

        func runWorker() {
            while true {
                condition.lock()
                while next < inputs.count && next >= handedOn + window { condition.wait() }
                guard next < inputs.count else { condition.unlock(); return }
                let index = next
                next += 1
                condition.unlock()
                let result = work(inputs[index])
                condition.lock()
                ready[index] = result
                condition.broadcast()
                condition.unlock()
            }
        }

        /// The result of input `index`, once it is ready (called in order).
        func take(_ index: Int) -> T {
            condition.lock()
            defer { condition.unlock() }
            while ready[index] == nil { condition.wait() }
            handedOn = index + 1
            condition.broadcast()
            return ready.removeValue(forKey: index)!
        }
    }
}

/// The number of processors this process may use.
enum ProcessInfoCores {
    static var active: Int {
        return max(1, Int(sysconf(Int32(_SC_NPROCESSORS_ONLN))))
    }
}
