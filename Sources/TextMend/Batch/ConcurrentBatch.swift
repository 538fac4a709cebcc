#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Dispatch
import Synchronization

/// Processes inputs (files, JSON Lines records) on all cores while results come out in input order.
///
/// Inputs go in chunks a few times the number of cores; each chunk is processed in
/// parallel, then handed over in order, so memory stays bounded and output deterministic.
public enum ConcurrentBatch {
    /// Runs `work` on every input concurrently and `emit` on each result, in input order,
    /// on the calling thread.
    public static func forEach<Item: Sendable, T: Sendable>(_ inputs: [Item], workers: Int? = nil,
                                                            _ work: @Sendable (Item) -> T, emit: (Item, T) -> Void) {
        let cores = max(1, workers ?? ProcessInfoCores.active)
        if cores == 1 || inputs.count < 2 {
            for input in inputs { emit(input, work(input)) }
            return
        }
        let chunkSize = cores * 4
        var start = 0
        while start < inputs.count {
            let chunk = Array(inputs[start..<min(start + chunkSize, inputs.count)])
            let results = Slots<T>(count: chunk.count)
            DispatchQueue.concurrentPerform(iterations: chunk.count) { index in
                results.set(index, work(chunk[index]))
            }
            for (index, input) in chunk.enumerated() { emit(input, results.take(index)) }
            start += chunk.count
        }
    }

    /// Results of one chunk, filled from several threads.
    private final class Slots<T: Sendable>: Sendable {
        private let storage: Mutex<[T?]>
        init(count: Int) { storage = Mutex([T?](repeating: nil, count: count)) }
        func set(_ index: Int, _ value: T) { storage.withLock { $0[index] = value } }
        func take(_ index: Int) -> T { storage.withLock { $0[index]! } }
    }
}

/// The number of processors this process may use.
enum ProcessInfoCores {
    static var active: Int {
        return max(1, Int(sysconf(Int32(_SC_NPROCESSORS_ONLN))))
    }
}
