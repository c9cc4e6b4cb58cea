#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import CWirewatchShims
import Foundation

/// The POSIX file operations the daemon's folder life cycle is built from.
///
/// Plain system calls rather than FileManager: the daemon needs `O_NOFOLLOW`, non-blocking
/// opens (a FIFO must never block the reader), rename without replace, and fsync of files and
/// directories, none of which FileManager offers.
public enum FileOperations {
    /// Joins a folder and a name.
    public static func join(_ directory: String, _ name: String) -> String {
        directory.hasSuffix("/") ? directory + name : directory + "/" + name
    }

    /// Creates `path` and missing parents with `mode`; an existing directory is left as it is.
    public static func makeDirectory(_ path: String, mode: mode_t) throws(SystemError) {
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) {
            guard isDirectory.boolValue else { throw SystemError("create folder", path, code: ENOTDIR) }
            return
        }
        let parent = (path as NSString).deletingLastPathComponent
        if !parent.isEmpty && parent != path && parent != "/" {
            try makeDirectory(parent, mode: 0o750)
        }
        if mkdir(path, mode) != 0 && errno != EEXIST { throw SystemError("create folder", path) }
        // mkdir applies the umask; the inbox must really be group-writable.
        if chmod(path, mode) != 0 { throw SystemError("chmod", path) }
    }

    /// Why an input could not be opened.
    public enum OpenFailure: Error, Sendable {
        /// Another process holds the file's lock: it is being processed elsewhere.
        case locked
        /// The file is not something to read; the reason says what it is.
        case refused(String)
        case system(SystemError)
    }

    /// Opens a regular file without following links or blocking, optionally locks it
    /// exclusively, and checks its size against `maxBytes`.
    public static func openInput(_ path: String, maxBytes: Int, lock: Bool = true) throws(OpenFailure) -> InputFile {
        let fd = open(path, O_RDONLY | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC)
        guard fd >= 0 else {
            if errno == ELOOP { throw .refused("a symbolic link (not followed)") }
            throw .system(SystemError("open", path))
        }
        var info = stat()
        guard fstat(fd, &info) == 0 else {
            let error = SystemError("stat", path)
            close(fd)
            throw .system(error)
        }
        guard info.st_mode & S_IFMT == S_IFREG else {
            close(fd)
            throw .refused("not a regular file (\(describe(mode: info.st_mode)))")
        }
        if lock && flock(fd, LOCK_EX | LOCK_NB) != 0 {
            let code = errno
            close(fd)
            if code == EWOULDBLOCK { throw .locked }
            throw .system(SystemError("lock", path, code: code))
        }
        let size = Int(info.st_size)
        guard size <= maxBytes else {
            close(fd)
            throw .refused("file is \(size) bytes, over max_file_bytes (\(maxBytes))")
        }
        let modified = Date(
            timeIntervalSince1970: Double(info.st_mtim.tv_sec) + Double(info.st_mtim.tv_nsec) / 1e9)
        return InputFile(path: path, lock: InputLock(descriptor: fd), size: size, modified: modified)
    }

    /// A human name for a file type.
    public static func describe(mode: mode_t) -> String {
        switch mode & S_IFMT {
        case S_IFREG: "regular file"
        case S_IFDIR: "a directory"
        case S_IFLNK: "a symbolic link (not followed)"
        case S_IFIFO: "a named pipe (FIFO)"
        case S_IFSOCK: "a socket"
        case S_IFCHR: "a character device"
        case S_IFBLK: "a block device"
        default: "an unknown kind of file"
        }
    }

    /// Writes `bytes` to `directory/name` durably: a hidden temporary file, fsync, rename.
    /// The directory itself is not synced here; call `syncDirectory` once after a batch.
    public static func writeDurably(_ bytes: [UInt8], directory: String, name: String, mode: mode_t = 0o640)
        throws(SystemError)
    {
        let temporary = join(directory, ".wirewatch-\(name).tmp")
        let fd = open(temporary, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC | O_NOFOLLOW, mode)
        guard fd >= 0 else { throw SystemError("write", directory) }
        var written = 0
        while written < bytes.count {
            let count = bytes.withUnsafeBytes { write(fd, $0.baseAddress.unsafelyUnwrapped + written, bytes.count - written) }
            if count < 0 {
                if errno == EINTR { continue }
                let error = SystemError("write", directory)
                close(fd)
                unlink(temporary)
                throw error
            }
            written += count
        }
        if fsync(fd) != 0 {
            let error = SystemError("fsync", directory)
            close(fd)
            unlink(temporary)
            throw error
        }
        if close(fd) != 0 {
            let error = SystemError("close", directory)
            unlink(temporary)
            throw error
        }
        if rename(temporary, join(directory, name)) != 0 {
            let error = SystemError("rename", directory)
            unlink(temporary)
            throw error
        }
    }

    /// fsyncs a directory so that renames and unlinks in it survive a crash.
    public static func syncDirectory(_ path: String) throws(SystemError) {
        let fd = open(path, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard fd >= 0 else { throw SystemError("open folder", path) }
        defer { close(fd) }
        if fsync(fd) != 0 && errno != EINVAL { throw SystemError("fsync", path) }
    }

    /// Moves `source` into `directory` under `name`, or under `name` with a numeric suffix when
    /// that name is taken; never replaces a file. Returns the name used.
    @discardableResult
    public static func moveWithoutReplacing(_ source: String, into directory: String, name: String)
        throws(SystemError) -> String
    {
        for attempt in 0..<10_000 {
            let candidate = attempt == 0 ? name : suffixed(name, attempt)
            if ww_rename_noreplace(source, join(directory, candidate)) == 0 { return candidate }
            if errno != EEXIST { throw SystemError("move", source) }
        }
        throw SystemError("move", source, code: EEXIST)
    }

    /// `report.txt` → `report-1.txt`; `report` → `report-1`; `.x` → `.x-1`.
    public static func suffixed(_ name: String, _ number: Int) -> String {
        if let dot = name.lastIndex(of: "."), dot != name.startIndex {
            return "\(name[..<dot])-\(number)\(name[dot...])"
        }
        return "\(name)-\(number)"
    }

    /// Entries of a directory (names only, without `.` and `..`), in directory order,
    /// visited one at a time so a huge folder is never held in memory. Return false to stop.
    public static func forEachEntry(in directory: String, _ visit: (String, UInt8) -> Bool) throws(SystemError) {
        guard let handle = opendir(directory) else { throw SystemError("list", directory) }
        defer { closedir(handle) }
        while let entry = readdir(handle) {
            let (name, type) = withUnsafePointer(to: entry.pointee.d_name) { pointer in
                pointer.withMemoryRebound(to: CChar.self, capacity: Int(NAME_MAX) + 1) {
                    (String(cString: $0), entry.pointee.d_type)
                }
            }
            if name == "." || name == ".." { continue }
            if !visit(name, type) { break }
        }
    }

    /// lstat: size, modification time in nanoseconds, and mode; nil when the entry is gone.
    public static func status(_ path: String) throws(SystemError) -> (size: Int, modifiedNanos: Int64, mode: mode_t, inode: UInt64)? {
        var info = stat()
        guard lstat(path, &info) == 0 else {
            if errno == ENOENT { return nil }
            throw SystemError("stat", path)
        }
        let nanos = Int64(info.st_mtim.tv_sec) * 1_000_000_000 + Int64(info.st_mtim.tv_nsec)
        return (Int(info.st_size), nanos, info.st_mode, UInt64(info.st_ino))
    }

    /// Checks that `path` is a directory this process can create and remove files in.
    public static func checkWritable(_ path: String) throws(SystemError) {
        let probe = join(path, ".wirewatch-probe-\(getpid())")
        let fd = open(probe, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o600)
        guard fd >= 0 else { throw SystemError("write in", path) }
        close(fd)
        unlink(probe)
    }
}
