#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The few POSIX file operations the batch layer needs, with errors as sentences.
enum FileSystem {
    /// What `lstat` says a path is.
    enum Kind { case file, directory, symlink, other }

    /// The kind of the path itself (symbolic links are not followed), or the errno.
    static func kind(_ path: String) -> Result<Kind, Errno> {
        var info = stat()
        guard lstat(path, &info) == 0 else { return .failure(Errno(errno)) }
        return .success(kind(mode: info.st_mode))
    }

    /// The kind the path resolves to (following symbolic links), or the errno.
    static func resolvedKind(_ path: String) -> Result<Kind, Errno> {
        var info = stat()
        guard stat(path, &info) == 0 else { return .failure(Errno(errno)) }
        return .success(kind(mode: info.st_mode))
    }

    static func kind(mode: mode_t) -> Kind {
        switch mode & S_IFMT {
        case S_IFREG: .file
        case S_IFDIR: .directory
        case S_IFLNK: .symlink
        default: .other
        }
    }

    /// The names in a folder (without `.` and `..`), sorted by their UTF-8 bytes.
    static func entries(_ path: String) -> Result<[String], Errno> {
        guard let directory = opendir(path) else { return .failure(Errno(errno)) }
        defer { closedir(directory) }
        var names: [String] = []
        while let entry = readdir(directory) {
            let name = withUnsafePointer(to: entry.pointee.d_name) {
                $0.withMemoryRebound(to: CChar.self, capacity: 256) { String(cString: $0) }
            }
            if name != "." && name != ".." { names.append(name) }
        }
        return .success(names.sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) })
    }

    /// Reads a whole file descriptor, straight into the result (sized by `sizeHint`, doubled
    /// when the file turns out longer).
    static func readAll(_ descriptor: Int32, sizeHint: Int = 0) -> Result<[UInt8], Errno> {
        let capacity = max(sizeHint + 1, 1 << 12)
        var bytes = LargeBuffer.bytes(capacity: capacity) { buffer in
            buffer.initialize(repeating: 0)
            return capacity
        }
        var filled = 0
        while true {
            if filled == bytes.count { bytes += [UInt8](repeating: 0, count: bytes.count) }
            let count = bytes.withUnsafeMutableBytes { read(descriptor, $0.baseAddress! + filled, $0.count - filled) }
            if count == 0 { break }
            if count < 0 {
                if errno == EINTR { continue }
                return .failure(Errno(errno))
            }
            filled += count
        }
        bytes.removeSubrange(filled...)
        return .success(bytes)
    }

    /// Reads at most `limit` bytes from the start of a file.
    static func readPrefix(_ path: String, limit: Int) -> [UInt8]? {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { return nil }
        defer { close(descriptor) }
        var buffer = [UInt8](repeating: 0, count: limit)
        var filled = 0
        while filled < limit {
            let count = buffer.withUnsafeMutableBytes { read(descriptor, $0.baseAddress! + filled, limit - filled) }
            if count < 0 && errno == EINTR { continue }
            if count <= 0 { break }
            filled += count
        }
        return Array(buffer[0..<filled])
    }

    /// `a` joined with `b` by one slash.
    static func join(_ a: String, _ b: String) -> String {
        if a.isEmpty || a == "." { return b }
        return a.hasSuffix("/") ? a + b : a + "/" + b
    }

    /// The folder part of a path (`.` when there is none).
    static func directoryName(_ path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return "." }
        let head = path[..<slash]
        return head.isEmpty ? "/" : String(head)
    }

    /// The last component of a path.
    static func baseName(_ path: String) -> String {
        var trimmed = Substring(path)
        while trimmed.count > 1 && trimmed.hasSuffix("/") { trimmed = trimmed.dropLast() }
        guard let slash = trimmed.lastIndex(of: "/") else { return String(trimmed) }
        return String(trimmed[trimmed.index(after: slash)...])
    }
}

/// A C error number with a message in textmend's style (lower-case).
struct Errno: Error, Equatable, CustomStringConvertible {
    var code: Int32
    init(_ code: Int32) { self.code = code }

    var description: String {
        switch code {
        case ENOENT: "no such file or folder"
        case ENOTDIR: "a path component is a file, not a folder"
        case EISDIR: "is a folder, not a file"
        case EACCES, EPERM: "permission denied"
        case ELOOP: "too many levels of symbolic links"
        case ENAMETOOLONG: "file name too long"
        default:
            String(cString: strerror(code)).lowercased()
        }
    }
}

extension FileSystem {
    /// The canonical absolute path (symbolic links resolved), or nil when it does not exist.
    static func realPath(_ path: String) -> String? {
        guard let resolved = realpath(path, nil) else { return nil }
        defer { free(resolved) }
        return String(cString: resolved)
    }
}
