import Foundation

/// Peak resident memory of a process, from `/proc/<pid>/status` (`VmHWM`).
///
/// `VmHWM` belongs to the process's own address space, so unlike `ru_maxrss` it does not
/// carry over the parent's peak into a freshly spawned child.
public enum ResourceUsage {
    /// Peak RSS of this process, in bytes (0 when unavailable).
    public static func peakResidentBytes() -> Int {
        peakResidentBytes(of: "self")
    }

    /// Peak RSS of process `pid` (or `self`), in bytes (0 when unavailable).
    public static func peakResidentBytes(of pid: String) -> Int {
        guard let status = try? String(contentsOfFile: "/proc/\(pid)/status", encoding: .utf8) else { return 0 }
        for line in status.split(separator: "\n") where line.hasPrefix("VmHWM:") {
            let digits = line.split(separator: " ").dropFirst().first { $0.allSatisfy(\.isNumber) }
            return (digits.flatMap { Int($0) } ?? 0) * 1024
        }
        return 0
    }
}
