#if canImport(Glibc)
import Glibc
#endif

/// Monotonic and wall-clock readings in nanoseconds.
public enum MonotonicClock {
    /// Nanoseconds on CLOCK_MONOTONIC (for durations and deadlines).
    public static func now() -> Int64 {
        var spec = timespec()
        clock_gettime(CLOCK_MONOTONIC, &spec)
        return Int64(spec.tv_sec) * 1_000_000_000 + Int64(spec.tv_nsec)
    }

    /// Nanoseconds since the epoch on CLOCK_REALTIME (to compare with file mtimes).
    public static func wallNow() -> Int64 {
        var spec = timespec()
        clock_gettime(CLOCK_REALTIME, &spec)
        return Int64(spec.tv_sec) * 1_000_000_000 + Int64(spec.tv_nsec)
    }
}
