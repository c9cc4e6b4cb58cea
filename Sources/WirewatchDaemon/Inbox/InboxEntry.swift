/// One entry of the inbox as seen by a scan (lstat: links are not followed).
public struct InboxEntry: Sendable, Hashable {
    public var name: String
    public var size: Int
    /// Modification time in nanoseconds since the epoch.
    public var modifiedNanos: Int64
    public var inode: UInt64
    /// nil for a regular file; otherwise what the entry is ("a named pipe (FIFO)", …).
    public var refusal: String?

    public init(name: String, size: Int, modifiedNanos: Int64, inode: UInt64, refusal: String?) {
        self.name = name
        self.size = size
        self.modifiedNanos = modifiedNanos
        self.inode = inode
        self.refusal = refusal
    }
}
