#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Writes files so that a reader sees either the old text or the new one, never a mix:
/// the bytes go to a temporary file in the same folder, which is flushed to disk and then
/// renamed over the original, keeping its permissions.
public enum AtomicWriter {
    /// The UTF-8 byte-order mark.
    static let bom: [UInt8] = [0xEF, 0xBB, 0xBF]

    /// Writes `utf8` to `path` (a BOM first when `bom`), creating missing folders when
    /// `createFolders`. A symbolic link is written through, so the link itself survives.
    /// With `backupSuffix`, an existing file is first kept as `path` + suffix (a hard link
    /// to the old file where the file system allows, else a copy), replacing an older backup.
    /// `durable` flushes the file and its folder to disk (needed when an original is
    /// replaced; a kill is survived either way, since the rename is atomic).
    public static func write(_ utf8: [UInt8], to path: String, bom: Bool = false, createFolders: Bool = false,
                             backupSuffix: String? = nil, durable: Bool = true) throws(InputError) {
        var target = path
        if case .success(.symlink) = FileSystem.kind(path), let real = FileSystem.realPath(path) { target = real }
        let folder = FileSystem.directoryName(target)
        if createFolders { try makeFolders(folder, shownAs: path) }

        var original = stat()
        let exists = stat(target, &original) == 0
        if exists && FileSystem.kind(mode: original.st_mode) == .directory {
            throw InputError(path: path, kind: .isDirectory, reason: "cannot write: is a folder, not a file")
        }

        var template = Array(FileSystem.join(folder, ".\(FileSystem.baseName(target)).textmend-XXXXXX").utf8CString)
        let descriptor = template.withUnsafeMutableBufferPointer { mkstemp($0.baseAddress!) }
        guard descriptor >= 0 else { throw failure(path, Errno(errno)) }
        let temporary = String(decoding: template.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
        var closed = false
        func abandon(_ error: Errno) -> InputError {
            if !closed { close(descriptor) }
            unlink(temporary)
            return failure(path, error)
        }

        if bom, !writeAll(descriptor, Self.bom) { throw abandon(Errno(errno)) }
        if !writeAll(descriptor, utf8) { throw abandon(Errno(errno)) }
        // Keep the original's permissions and, when allowed, its owner; a new file gets
        // the usual 0666 less the umask.
        let mode = exists ? original.st_mode & 0o7777 : 0o666 & ~currentUmask()
        if fchmod(descriptor, mode) != 0 { throw abandon(Errno(errno)) }
        if exists { _ = fchown(descriptor, original.st_uid, original.st_gid) }
        if durable && fsync(descriptor) != 0 { throw abandon(Errno(errno)) }
        closed = true
        if close(descriptor) != 0 { throw abandon(Errno(errno)) }
        if exists, let backupSuffix, !backupSuffix.isEmpty {
            do { try keepBackup(of: target, as: target + backupSuffix, shownAs: path) } catch {
                unlink(temporary)
                throw error
            }
        }
        if rename(temporary, target) != 0 { throw abandon(Errno(errno)) }
        if durable { syncFolder(folder) }
    }

    /// Puts the current `target` at `backup` atomically: a hard link (or a copy) under a
    /// temporary name, renamed into place.
    private static func keepBackup(of target: String, as backup: String, shownAs shown: String) throws(InputError) {
        let folder = FileSystem.directoryName(backup)
        var template = Array(FileSystem.join(folder, ".\(FileSystem.baseName(backup)).textmend-XXXXXX").utf8CString)
        let descriptor = template.withUnsafeMutableBufferPointer { mkstemp($0.baseAddress!) }
        guard descriptor >= 0 else { throw backupFailure(shown, Errno(errno)) }
        close(descriptor)
        let temporary = String(decoding: template.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
        unlink(temporary)
        if link(target, temporary) != 0 {
            // No hard links here (some file systems): copy the bytes instead.
            let source = open(target, O_RDONLY | O_CLOEXEC)
            guard source >= 0 else { throw backupFailure(shown, Errno(errno)) }
            let bytes = FileSystem.readAll(source)
            close(source)
            guard case .success(let old) = bytes else { throw backupFailure(shown, Errno(EIO)) }
            do { try write(old, to: temporary) } catch { throw backupFailure(shown, Errno(EIO)) }
        }
        if rename(temporary, backup) != 0 {
            let error = Errno(errno)
            unlink(temporary)
            throw backupFailure(shown, error)
        }
    }

    private static func backupFailure(_ path: String, _ error: Errno) -> InputError {
        InputError(path: path, kind: .unwritable, reason: "not rewritten: cannot keep a backup: \(error)")
    }

    /// Creates a folder and its missing parents.
    public static func makeFolders(_ path: String, shownAs shown: String) throws(InputError) {
        if case .success(.directory) = FileSystem.resolvedKind(path) { return }
        let parent = FileSystem.directoryName(path)
        if parent != path && parent != "." && parent != "/" { try makeFolders(parent, shownAs: shown) }
        if mkdir(path, 0o777) != 0 && errno != EEXIST {
            throw InputError(path: shown, kind: .unwritable, reason: "cannot create folder \(path): \(Errno(errno))")
        }
        guard case .success(.directory) = FileSystem.resolvedKind(path) else {
            throw InputError(path: shown, kind: .unwritable, reason: "cannot create folder \(path): a file is in the way")
        }
    }

    private static func failure(_ path: String, _ error: Errno) -> InputError {
        InputError(path: path, kind: .unwritable, reason: "cannot write: \(error)")
    }

    private static func writeAll(_ descriptor: Int32, _ bytes: [UInt8]) -> Bool {
        bytes.withUnsafeBytes { buffer in
            var written = 0
            while written < buffer.count {
                let count = systemWrite(descriptor, buffer.baseAddress! + written, buffer.count - written)
                if count < 0 {
                    if errno == EINTR { continue }
                    return false
                }
                written += count
            }
            return true
        }
    }

    /// Makes the rename itself durable; failure here only weakens crash safety.
    private static func syncFolder(_ folder: String) {
        let descriptor = open(folder, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard descriptor >= 0 else { return }
        _ = fsync(descriptor)
        close(descriptor)
    }

    private static let systemWrite: @Sendable (Int32, UnsafeRawPointer?, Int) -> Int = { Glibc.write($0, $1, $2) }

    private static func currentUmask() -> mode_t {
        let mask = umask(0o022)
        umask(mask)
        return mask
    }
}
