/// Decides when an inbox file is complete: its size and mtime have not changed for `settle`.
///
/// The file's own mtime says when it was last written, so a file that has been quiet for the
/// settle time is taken at first sight; a file still being written changes size or mtime
/// between scans and waits. When the mtime is in the future (clock skew) the time since the
/// tracker first saw the current state counts instead.
public struct SettleTracker: Sendable {
    private struct Seen: Sendable {
        var size: Int
        var modifiedNanos: Int64
        var inode: UInt64
        var since: Int64
        /// When the file was first seen, whatever changed since.
        var firstSeen: Int64
        var generation: UInt64
    }

    /// Settle time in nanoseconds.
    public var settleNanos: Int64
    private var seen: [String: Seen] = [:]
    private var generation: UInt64 = 0

    public init(settleMs: Int) {
        settleNanos = Int64(settleMs) * 1_000_000
    }

    /// Number of files being watched.
    public var count: Int { seen.count }

    /// Starts a scan; entries not observed before `finishScan` are forgotten.
    public mutating func beginScan() {
        generation &+= 1
    }

    /// Records an observation at `now` (wall-clock nanoseconds) and says whether the file is settled.
    public mutating func observe(_ entry: InboxEntry, now: Int64) -> Bool {
        if var previous = seen[entry.name], previous.size == entry.size,
            previous.modifiedNanos == entry.modifiedNanos, previous.inode == entry.inode
        {
            previous.generation = generation
            seen[entry.name] = previous
        } else {
            seen[entry.name] = Seen(
                size: entry.size, modifiedNanos: entry.modifiedNanos, inode: entry.inode, since: now,
                firstSeen: seen[entry.name]?.firstSeen ?? now, generation: generation)
        }
        if settleNanos == 0 { return true }
        let quietSince = entry.modifiedNanos <= now ? entry.modifiedNanos : (seen[entry.name]?.since ?? now)
        return now - quietSince >= settleNanos
    }

    /// Forgets a file (taken, or refused).
    public mutating func forget(_ name: String) {
        seen.removeValue(forKey: name)
    }

    /// Forgets files not seen in the current scan.
    public mutating func finishScan() {
        let current = generation
        seen = seen.filter { $0.value.generation == current }
    }

    /// How long the file has been watched, in nanoseconds, or nil.
    public func watchedFor(_ name: String, now: Int64) -> Int64? {
        seen[name].map { now - $0.firstSeen }
    }
}
