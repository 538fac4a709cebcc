#if canImport(Glibc)
import Glibc
#endif

/// Byte buffers the size of the whole input (the file read, the text after fixes), filled once
/// front to back. On Linux such a buffer is mostly fresh memory (glibc maps large blocks anew,
/// or grows its heap for them), and every 4 KB page of it costs a page fault when first
/// written: ~5,000 for 20 MB, a measurable share of a `fix`.
/// Asking for transparent huge pages (2 MB) where the system grants them on request
/// (`/sys/kernel/mm/transparent_hugepage/enabled` = madvise, Debian's default) turns them
/// into ~10. Elsewhere, and for buffers under 4 MB, this is plain allocation.
enum LargeBuffer {
    /// The size of a transparent huge page on x86-64 and most arm64 kernels.
    static let hugePage = 2 << 20

    /// An array of `capacity` bytes whose first `count` are written by `fill` (which returns
    /// how many it wrote); the pages are advised before anything touches them.
    static func bytes(capacity: Int, fill: (UnsafeMutableBufferPointer<UInt8>) throws -> Int) rethrows -> [UInt8] {
        try [UInt8](unsafeUninitializedCapacity: capacity) { buffer, count in
            adviseHugePages(UnsafeMutableRawBufferPointer(buffer))
            count = try fill(buffer)
        }
    }

    /// Advises huge pages for the whole 2 MB pages inside `buffer`, if it spans at least two.
    private static func adviseHugePages(_ buffer: UnsafeMutableRawBufferPointer) {
        #if canImport(Glibc)
        guard buffer.count >= 2 * hugePage, let base = buffer.baseAddress else { return }
        let start = (Int(bitPattern: base) + hugePage - 1) & ~(hugePage - 1)
        let end = (Int(bitPattern: base) + buffer.count) & ~(hugePage - 1)
        // Advice only: a kernel without transparent huge pages says EINVAL and nothing changes.
        if end > start { _ = madvise(UnsafeMutableRawPointer(bitPattern: start), end - start, MADV_HUGEPAGE) }
        #endif
    }
}
