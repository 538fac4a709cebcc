#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Reads an input's bytes and decodes them, with errors that name the file and say what
/// is wrong with it.
public enum InputReader {
    /// The raw bytes of an input.
    public static func bytes(of input: Input) throws(InputError) -> [UInt8] {
        switch input.source {
        case .standardInput:
            switch FileSystem.readAll(STDIN_FILENO) {
            case .success(let bytes): return bytes
            case .failure(let error): throw InputError(path: input.path, kind: .unreadable, reason: "cannot read: \(error)")
            }
        case .file(let path):
            return try readFile(path, shownAs: input.path)
        }
    }

    /// The decoded document of an input (`encoding` names a charset, or nil to detect it).
    public static func document(of input: Input, encoding: String? = nil) throws(InputError) -> (document: Document, bytes: [UInt8]) {
        let bytes = try bytes(of: input)
        do {
            return (try Decoder.decode(bytes, encoding: encoding), bytes)
        } catch .binary {
            throw InputError(path: input.path, kind: .binary, reason: "binary file (contains NUL bytes)")
        } catch {
            throw InputError(path: input.path, kind: .decoding, reason: "\(error)")
        }
    }

    private static func readFile(_ path: String, shownAs shown: String) throws(InputError) -> [UInt8] {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else {
            let code = errno
            // A symbolic link that exists but leads nowhere deserves its own words.
            if code == ENOENT, case .success(.symlink) = FileSystem.kind(path) {
                throw InputError(path: shown, kind: .missing, reason: "broken symbolic link (its target does not exist)")
            }
            throw InputError(path: shown, kind: code == ENOENT ? .missing : .unreadable, reason: "\(Errno(code))")
        }
        defer { close(descriptor) }
        var info = stat()
        guard fstat(descriptor, &info) == 0 else {
            throw InputError(path: shown, kind: .unreadable, reason: "\(Errno(errno))")
        }
        if FileSystem.kind(mode: info.st_mode) == .directory {
            throw InputError(path: shown, kind: .isDirectory, reason: "is a folder, not a file")
        }
        switch FileSystem.readAll(descriptor, sizeHint: Int(info.st_size)) {
        case .success(let bytes): return bytes
        case .failure(let error): throw InputError(path: shown, kind: .unreadable, reason: "cannot read: \(error)")
        }
    }
}
