#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Lists the inbox: which entries may be taken, and which must be refused.
public struct InboxScanner: Sendable {
    /// Name endings of files that are still being written by common tools.
    public static let temporarySuffixes = [".tmp", ".part", ".partial", ".crdownload", ".swp", "~"]

    public let directory: String

    public init(directory: String) {
        self.directory = directory
    }

    /// True for names Wirewatch never takes: hidden (`.name`) and temporary ones.
    public static func isIgnored(_ name: String) -> Bool {
        name.hasPrefix(".") || temporarySuffixes.contains { name.hasSuffix($0) }
    }

    /// Visits entries that are not ignored, lstat'ed, in directory order, until `visit`
    /// returns false. Entries that vanish between listing and lstat are skipped.
    public func scan(_ visit: (InboxEntry) -> Bool) throws(SystemError) {
        var statusError: SystemError?
        try FileOperations.forEachEntry(in: directory) { name, _ in
            guard !Self.isIgnored(name) else { return true }
            let path = FileOperations.join(directory, name)
            let status: (size: Int, modifiedNanos: Int64, mode: mode_t, inode: UInt64)?
            do throws(SystemError) {
                status = try FileOperations.status(path)
            } catch {
                statusError = error
                return false
            }
            guard let status else { return true }
            let isRegular = status.mode & S_IFMT == S_IFREG
            let entry = InboxEntry(
                name: name, size: status.size, modifiedNanos: status.modifiedNanos, inode: status.inode,
                refusal: isRegular ? nil : FileOperations.describe(mode: status.mode))
            return visit(entry)
        }
        if let statusError { throw statusError }
    }
}
