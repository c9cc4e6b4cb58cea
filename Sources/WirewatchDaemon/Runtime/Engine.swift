import Dispatch
import Foundation
import Logging
import Synchronization
import WirewatchCore

/// Runs inputs claimed into `processing/` through parse → extract → enrich → write.
///
/// Each phase has its own queue: parsing is serial (it reads the files), extraction and
/// enrichment run up to `workers` articles at once on their own pools, and writing is serial
/// (records, fsyncs and moves in one order). At most `max_in_flight` articles are in memory:
/// the parse queue takes a slot before it hands an article on and the writer gives it back.
/// An input leaves `processing/` only after its records are durable; when the outbox cannot be
/// written, it stays there and is retried with backoff.
public final class Engine: Sendable {
    /// Settings that SIGHUP may change while running.
    public struct Settings: Sendable, Hashable {
        public var afterSuccess: AfterSuccess
        public var maxFileBytes: Int
        public var maxItemBytes: Int
        public var emitTokens: Bool
        public var retryBaseMs: Int

        public init(_ configuration: Configuration) {
            afterSuccess = configuration.afterSuccess
            maxFileBytes = configuration.maxFileBytes
            maxItemBytes = configuration.maxItemBytes
            emitTokens = configuration.emitTokens
            retryBaseMs = configuration.pollIntervalMs
        }
    }

    /// Running totals, for logs, `STATUS=` and exit codes.
    public struct Counters: Sendable, Hashable {
        public var files = 0
        public var articles = 0
        public var failed = 0
    }

    private struct Retry {
        var name: String
        var due: Int64
        var attempt: Int
    }

    private struct State {
        var accepting = true
        var active = 0
        var counters = Counters()
        var retries: [Retry] = []
        var attempts: [String: Int] = [:]
        /// The cause of the last write failure, logged once until it changes or clears.
        var blockedBy: String?
    }

    public let folders: Folders
    private let plan: PipelinePlan
    private let logger: Logger
    private let settings: Mutex<Settings>
    private let state = Mutex(State())
    private let outbox: OutboxWriter
    private let disposal: InputDisposal
    private let parseQueue = DispatchQueue(label: "wirewatch.parse")
    private let extractPool: WorkerPool
    private let enrichPool: WorkerPool
    private let writeQueue = DispatchQueue(label: "wirewatch.write")
    private let slots: DispatchSemaphore
    private let group = DispatchGroup()
    /// A weak reference, not a closure: a closure kept in a `Mutex` and read through
    /// `withLock` is re-wrapped in a reabstraction thunk on every access, growing a chain one
    /// link per input (found as a stack overflow when a 100,000-file run released it).
    private struct ObserverReference {
        weak var value: (any EngineObserver)?
    }

    private let observerReference = Mutex(ObserverReference())

    public init(folders: Folders, plan: PipelinePlan, settings: Settings, workers: Int, maxInFlight: Int, logger: Logger) {
        self.folders = folders
        self.plan = plan
        self.logger = logger
        self.settings = Mutex(settings)
        outbox = OutboxWriter(directory: folders.outbox)
        disposal = InputDisposal(folders: folders)
        extractPool = WorkerPool(label: "wirewatch.extract", limit: workers)
        enrichPool = WorkerPool(label: "wirewatch.enrich", limit: workers)
        slots = DispatchSemaphore(value: maxInFlight)
    }

    /// Replaces the reloadable settings.
    public func update(_ newSettings: Settings) {
        settings.withLock { $0 = newSettings }
    }

    /// Inputs claimed and not yet finished.
    public var active: Int { state.withLock { $0.active } }

    public var counters: Counters { state.withLock { $0.counters } }

    /// True while the outbox (or archive, or failed folder) cannot be written.
    public var isBlocked: Bool { state.withLock { $0.blockedBy != nil } }

    /// Number of inputs waiting in `processing/` for a retry.
    public var retryCount: Int { state.withLock { $0.retries.count } }

    /// Stops starting new inputs; those already in the pipeline finish.
    public func stopAccepting() {
        state.withLock { $0.accepting = false }
    }

    /// Waits until no input is in the pipeline, or the timeout passes. Returns true when idle.
    public func waitIdle(timeoutMs: Int?) -> Bool {
        guard let timeoutMs else {
            group.wait()
            return true
        }
        return group.wait(timeout: .now() + .milliseconds(timeoutMs)) == .success
    }

    /// Names whose retry is due at monotonic time `now`; they are removed from the retry list.
    public func takeDueRetries(now: Int64) -> [String] {
        state.withLock { state in
            let due = state.retries.filter { $0.due <= now }.map(\.name)
            state.retries.removeAll { $0.due <= now }
            return due
        }
    }

    /// The most times any input has been tried and blocked.
    public var maxAttempts: Int {
        state.withLock { $0.attempts.values.max() ?? 0 }
    }

    /// Processes `processing/<name>`.
    public func submit(_ name: String) {
        state.withLock { $0.active += 1 }
        group.enter()
        parseQueue.async { self.parse(name) }
    }

    /// Moves an inbox entry that must not be opened (link, FIFO, device, directory) to `failed/`.
    public func refuse(inboxName name: String, reason: String) {
        state.withLock { $0.active += 1 }
        group.enter()
        writeQueue.async {
            let path = FileOperations.join(self.folders.inbox, name)
            let sidecar = ErrorSidecar(stage: "inbox", reason: reason, time: Date(), file: name)
            do {
                let failedName = try self.disposal.fail(path, name: name, sidecar: sidecar)
                self.state.withLock { $0.counters.failed += 1 }
                self.logger.error(
                    "refused \(name): \(reason)", metadata: ["file": "\(name)", "failed_as": "\(failedName)"])
            } catch {
                self.logger.error("cannot move \(name) to failed/: \(error)", metadata: ["file": "\(name)"])
            }
            self.finished()
        }
    }

    private func finished() {
        let active = state.withLock { state -> Int in
            state.active -= 1
            return state.active
        }
        // The observer runs before the group is left, so waiting for idle also waits for it.
        observerReference.withLock { $0.value }?.inputFinished(active: active)
        group.leave()
    }

    /// Told each time an input is finished, so the daemon can claim more at once instead of
    /// waiting for its next poll. Held weakly.
    public var observer: (any EngineObserver)? {
        get { observerReference.withLock { $0.value } }
        set { observerReference.withLock { $0.value = newValue } }
    }

    // MARK: - Phases

    private func parse(_ name: String) {
        guard state.withLock({ $0.accepting }) else {
            finished()  // left in processing/ for the next start
            return
        }
        let started = MonotonicClock.now()
        let path = FileOperations.join(folders.processing, name)
        let limits = settings.withLock { $0 }
        let opened: InputFile
        do throws(FileOperations.OpenFailure) {
            opened = try FileOperations.openInput(path, maxBytes: limits.maxFileBytes)
        } catch {
            switch error {
            case .locked:
                logger.debug("\(name) is locked by another process; skipped", metadata: ["file": "\(name)"])
                finished()
            case .refused(let reason):
                failWithoutLock(name: name, path: path, failure: StageFailure(stage: "read", reason: reason))
            case .system(let error) where error.code == ENOENT:
                logger.debug("\(name) vanished from processing/", metadata: ["file": "\(name)"])
                finished()
            case .system(let error):
                blocked(name: name, error: error, lock: nil)
            }
            return
        }
        let job = FileJob(name: name, path: path, started: started, lock: opened.lock)
        let parser = ArticleParser(maxItemBytes: limits.maxItemBytes)
        var emitted = 0
        var interrupted = false
        var failure: StageFailure?
        do throws(StageFailure) {
            try opened.parse(
                with: parser, name: name,
                emit: { document in
                    guard !job.isAbandoned else { return false }
                    guard state.withLock({ $0.accepting }) else {
                        interrupted = true
                        return false
                    }
                    // Bounded memory: waits for a free slot, blocking only this serial parse queue.
                    slots.wait()
                    emitted += 1
                    extract(document, job: job)
                    return true
                })
        } catch {
            failure = error
        }
        if job.setExpected(emitted, failure: failure, interrupted: interrupted) {
            writeQueue.async { self.finalize(job) }
        }
    }

    private func extract(_ document: Document, job: FileJob) {
        extractPool.async {
            guard !job.isAbandoned else { return self.write(nil, job: job, failure: nil) }
            do throws(StageFailure) {
                let extracted = try self.plan.runExtract(document)
                self.enrich(extracted, job: job)
            } catch {
                self.write(nil, job: job, failure: error)
            }
        }
    }

    private func enrich(_ document: Document, job: FileJob) {
        enrichPool.async {
            guard !job.isAbandoned else { return self.write(nil, job: job, failure: nil) }
            do throws(StageFailure) {
                let enriched = try self.plan.runEnrich(document)
                let emitTokens = self.settings.withLock { $0.emitTokens }
                let record = ArticleRecord(emitTokens: emitTokens).encode(enriched)
                let name = RecordIdentity.outboxName(
                    inputName: job.name, item: enriched.source.item, id: enriched.id)
                self.write((name, record), job: job, failure: nil)
            } catch {
                self.write(nil, job: job, failure: error)
            }
        }
    }

    private func write(_ record: (name: String, bytes: [UInt8])?, job: FileJob, failure: StageFailure?) {
        writeQueue.async {
            defer { self.slots.signal() }
            var written: String?
            var outboxError: SystemError?
            if let record, !job.isAbandoned {
                do throws(SystemError) {
                    try self.outbox.write(record.bytes, name: record.name)
                    written = record.name
                } catch {
                    outboxError = error
                }
            }
            if job.finishArticle(written: written, failure: failure, outboxError: outboxError) {
                self.finalize(job)
            }
        }
    }

    // MARK: - Finalisation (on the write queue)

    private func finalize(_ job: FileJob) {
        let outcome = job.outcome
        if outcome.interrupted && outcome.failure == nil && outcome.outboxError == nil {
            // Stopping: the rest of the input was not read. It stays in processing/ and is
            // processed again, whole, at the next start.
            job.lock.release()
            finished()
            return
        }
        if let error = outcome.outboxError {
            blocked(name: job.name, error: error, lock: job.lock)
            return
        }
        if let failure = outcome.failure {
            outbox.remove(outcome.written)
            try? outbox.sync()
            failInput(name: job.name, path: job.path, failure: failure, lock: job.lock)
            return
        }
        let afterSuccess = settings.withLock { $0.afterSuccess }
        do {
            try outbox.sync()
            try disposal.complete(job.path, name: job.name, afterSuccess: afterSuccess)
        } catch {
            blocked(name: job.name, error: error, lock: job.lock)
            return
        }
        job.lock.release()
        let milliseconds = (MonotonicClock.now() - job.started) / 1_000_000
        let recovered = state.withLock { state -> String? in
            state.counters.files += 1
            state.counters.articles += outcome.articles
            state.attempts.removeValue(forKey: job.name)
            defer { state.blockedBy = nil }
            return state.blockedBy
        }
        if let recovered {
            logger.notice("writing works again (was: \(recovered)); resuming", metadata: [:])
        }
        logger.info(
            "processed \(job.name)",
            metadata: ["file": "\(job.name)", "articles": "\(outcome.articles)", "ms": "\(milliseconds)"])
        finished()
    }

    private func failWithoutLock(name: String, path: String, failure: StageFailure) {
        writeQueue.async { self.failInput(name: name, path: path, failure: failure, lock: nil) }
    }

    private func failInput(name: String, path: String, failure: StageFailure, lock: InputLock?) {
        let sidecar = ErrorSidecar(stage: failure.stage, reason: failure.reason, time: Date(), file: name)
        do {
            let failedName = try disposal.fail(path, name: name, sidecar: sidecar)
            lock?.release()
            state.withLock {
                $0.counters.failed += 1
                $0.attempts.removeValue(forKey: name)
            }
            logger.error(
                "failed \(name) at \(failure.stage): \(failure.reason)",
                metadata: ["file": "\(name)", "stage": "\(failure.stage)", "failed_as": "\(failedName)"])
            finished()
        } catch {
            blocked(name: name, error: error, lock: lock)
        }
    }

    /// The input stays in `processing/` and is retried with backoff; the cause is logged once.
    private func blocked(name: String, error: SystemError, lock: InputLock?) {
        lock?.release()
        let baseMs = settings.withLock { $0.retryBaseMs }
        let (isNewCause, attempt) = state.withLock { state -> (Bool, Int) in
            let attempt = state.attempts[name] ?? 0
            state.attempts[name] = attempt + 1
            let delay = Int64(Backoff(baseMs: baseMs).delayMs(attempt: attempt)) * 1_000_000
            state.retries.append(Retry(name: name, due: MonotonicClock.now() + delay, attempt: attempt))
            let isNew = state.blockedBy != error.cause
            state.blockedBy = error.cause
            return (isNew, attempt)
        }
        if isNewCause {
            logger.error(
                "cannot write: \(error); \(name) stays in processing/ and will be retried",
                metadata: ["file": "\(name)", "attempt": "\(attempt + 1)"])
        }
        finished()
    }
}
