import Dispatch

/// The daemon's timers and signal sources, kept alive for its lifetime.
///
/// Dispatch sources are not `Sendable`. These are created before `run` resumes them and are
/// afterwards touched only on the daemon's serial control queue (their handlers run there),
/// which is what makes the unchecked conformance sound.
final class DispatchSources: @unchecked Sendable {
    var timer: (any DispatchSourceTimer)?
    var watchdog: (any DispatchSourceTimer)?
    var signals: [any DispatchSourceSignal] = []
}
