import Synchronization
import WirewatchCore

/// One input in `processing/` on its way through the pipeline.
///
/// Collects the outcome of each of its articles; when the last one is accounted for, the
/// engine finalises the input (archive, `failed/`, or left for a retry).
public final class FileJob: Sendable {
    /// Name in `processing/`.
    public let name: String
    public let path: String
    /// Monotonic nanoseconds when processing started.
    public let started: Int64
    let lock: InputLock

    struct State {
        /// Articles the parser produced; nil while it may still produce more.
        var expected: Int?
        var finished = 0
        var written: [String] = []
        var failure: StageFailure?
        var outboxError: SystemError?
        /// The daemon began stopping before the parser had emitted every article.
        var interrupted = false
    }

    private let state = Mutex(State())

    init(name: String, path: String, started: Int64, lock: InputLock) {
        self.name = name
        self.path = path
        self.started = started
        self.lock = lock
    }

    /// True once an article failed or the outbox refused a write: later articles are skipped.
    var isAbandoned: Bool {
        state.withLock { $0.failure != nil || $0.outboxError != nil }
    }

    /// Sets how many articles the parser produced, and why it stopped early if it did.
    /// Returns true when all of them are already finished.
    func setExpected(_ count: Int, failure: StageFailure?, interrupted: Bool) -> Bool {
        state.withLock { state in
            state.expected = count
            if state.failure == nil, let failure { state.failure = failure }
            state.interrupted = state.interrupted || interrupted
            return state.finished >= count
        }
    }

    /// Records one finished article. Returns true when it was the last.
    func finishArticle(written name: String?, failure: StageFailure?, outboxError: SystemError?) -> Bool {
        state.withLock { state in
            state.finished += 1
            if let name { state.written.append(name) }
            if state.failure == nil, let failure { state.failure = failure }
            if state.outboxError == nil, let outboxError { state.outboxError = outboxError }
            return state.expected.map { state.finished >= $0 } ?? false
        }
    }

    /// The outcome, once every article is finished.
    var outcome: (articles: Int, written: [String], failure: StageFailure?, outboxError: SystemError?, interrupted: Bool) {
        state.withLock { ($0.finished, $0.written, $0.failure, $0.outboxError, $0.interrupted) }
    }
}
