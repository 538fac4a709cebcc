import Testing
@testable import TextMend
#if canImport(Glibc)
import Glibc
#endif

/// Whole-input buffers (the file read, the text after fixes) are built in place in advised
/// memory; the bytes must be exactly what the plain array code gave, on both sides of the
/// 4 MB size from which huge pages are requested.
struct LargeBufferTests {
    @Test("Fixer.apply equals applying the edits back to front, small and large", arguments: [1_000, 5 << 20])
    func applyMatchesBackToFront(size: Int) {
        let bytes = (0..<size).map { UInt8(truncatingIfNeeded: $0 % 251) }
        let edits = [
            Edit(0..<0, "start "),                      // insertion at the very start
            Edit(10..<20, ""),                          // deletion
            Edit(size / 2..<size / 2 + 3, "\u{515A}\u{7684}"),  // longer replacement, UTF-8
            Edit(size - 5..<size, "end"),               // shorter replacement at the end
            Edit(size..<size, "\n"),                    // insertion at the very end
        ]
        var expected = bytes
        for edit in edits.reversed() { expected.replaceSubrange(edit.range, with: Array(edit.replacement.utf8)) }
        #expect(Fixer.apply(edits.shuffled(), to: bytes) == expected)
        #expect(Fixer.apply([], to: bytes) == bytes)
    }

    @Test("readAll gives the file's bytes whether the size hint is right, short or absent", arguments: [0, 5 << 20])
    func readAllWholeFile(size: Int) throws {
        let path = "/tmp/textmend-largebuffer-\(getpid())-\(size)"
        defer { unlink(path) }
        let bytes = (0..<size).map { UInt8(truncatingIfNeeded: $0 % 251) }
        let out = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        #expect(out >= 0)
        _ = bytes.withUnsafeBytes { write(out, $0.baseAddress, $0.count) }
        close(out)
        for hint in [size, size / 3, 0] {
            let descriptor = open(path, O_RDONLY)
            defer { close(descriptor) }
            #expect(try FileSystem.readAll(descriptor, sizeHint: hint).get() == bytes)
        }
    }
}
