/// Writes records into the outbox durably, under deterministic names.
///
/// Each record goes to a hidden temporary file that is fsynced and renamed into place, so a
/// reader never sees a partial record and a rewrite after a crash replaces the file whole.
public struct OutboxWriter: Sendable {
    public let directory: String

    public init(directory: String) {
        self.directory = directory
    }

    /// Writes one record (a line of JSON; a final newline is added).
    public func write(_ record: [UInt8], name: String) throws(SystemError) {
        var bytes = record
        bytes.append(0x0A)
        try FileOperations.writeDurably(bytes, directory: directory, name: name)
    }

    /// Makes the renames of the written records durable.
    public func sync() throws(SystemError) {
        try FileOperations.syncDirectory(directory)
    }

    /// Removes records (of an input that failed after some were written).
    public func remove(_ names: [String]) {
        for name in names {
            _ = FileOperations.join(directory, name).withCString { unlinkPath($0) }
        }
    }

    /// Deletes temporary files left by a crash in the middle of a write.
    public func removeStaleTemporaries() {
        var stale: [String] = []
        try? FileOperations.forEachEntry(in: directory) { name, _ in
            if name.hasPrefix(".wirewatch-") && name.hasSuffix(".tmp") { stale.append(name) }
            return true
        }
        remove(stale)
    }
}
