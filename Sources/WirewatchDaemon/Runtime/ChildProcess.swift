#if canImport(Glibc)
import Glibc
#endif

/// Runs a program and waits for it, reporting its exit status and peak memory.
public enum ChildProcess {
    public struct Outcome: Sendable {
        public var status: Int32
        /// Peak RSS of the child, in bytes.
        public var peakResidentBytes: Int
        /// Wall time, in nanoseconds.
        public var elapsedNanos: Int64
    }

    /// Starts `arguments[0]` with `arguments` and `environment` (KEY=VALUE), stdout and stderr
    /// sent to /dev/null unless `quiet` is false.
    public static func run(_ arguments: [String], environment: [String], quiet: Bool = true) -> Outcome? {
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        if quiet {
            posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
            posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
        }
        let argv = arguments.map { strdup($0) } + [nil]
        let envp = environment.map { strdup($0) } + [nil]
        defer {
            argv.forEach { free($0) }
            envp.forEach { free($0) }
        }
        var pid: pid_t = 0
        let started = MonotonicClock.now()
        guard posix_spawn(&pid, arguments[0], &actions, nil, argv, envp) == 0 else { return nil }
        var status: Int32 = 0
        var peak = 0
        // Poll the child's own high-water mark while it runs (the last reading is its peak).
        while true {
            let result = waitpid(pid, &status, WNOHANG)
            if result == pid { break }
            if result < 0 && errno != EINTR { return nil }
            peak = max(peak, ResourceUsage.peakResidentBytes(of: String(pid)))
            usleep(20_000)
        }
        let exitStatus = (status & 0x7F) == 0 ? (status >> 8) & 0xFF : 128 + (status & 0x7F)
        return Outcome(status: exitStatus, peakResidentBytes: peak, elapsedNanos: MonotonicClock.now() - started)
    }
}
