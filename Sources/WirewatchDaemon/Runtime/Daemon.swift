#if canImport(Glibc)
import Glibc
#endif
import Dispatch
import Foundation
import Logging
import Synchronization
import WirewatchCore

/// The service: watches the inbox, claims settled files into `processing/` and feeds the engine.
///
/// `run` polls until SIGTERM or SIGINT, then stops taking files, lets what is in flight finish
/// (up to `stop_timeout_ms`) and returns 0; SIGHUP reloads the configuration. `once` processes
/// what is there now, including leftovers of a crash, and returns.
public final class Daemon: EngineObserver {
    private struct State {
        var configuration: Configuration
        var tracker: SettleTracker
        var stopping = false
        var leftovers: [String] = []
        var leftoverHead = 0
        var lastScanError: String?
        var lastStatus = ""
        var gaveUp: Set<String> = []
        /// The last scan left settled files unclaimed for lack of room.
        var backlog = false
        var tickScheduled = false
        var onceMode = false
    }

    private let engine: Engine
    private let folders: Folders
    private let logger: Logger
    private let logSettings: LogSettings
    private let notifier: SystemdNotifier
    private let reload: @Sendable () throws(ConfigurationError) -> Configuration
    private let state: Mutex<State>
    private let control = DispatchQueue(label: "wirewatch.control")
    private let stopped = DispatchSemaphore(value: 0)
    private let sources = DispatchSources()
    /// In `once`, how many times an unwritable outbox is tried before giving up.
    static let onceAttempts = 3

    public init(
        configuration: Configuration, plan: PipelinePlan, logger: Logger, logSettings: LogSettings,
        notifier: SystemdNotifier, reload: @escaping @Sendable () throws(ConfigurationError) -> Configuration
    ) {
        folders = configuration.folders
        engine = Engine(
            folders: folders, plan: plan, settings: Engine.Settings(configuration),
            workers: configuration.effectiveWorkers, maxInFlight: configuration.maxInFlight, logger: logger)
        self.logger = logger
        self.logSettings = logSettings
        self.notifier = notifier
        self.reload = reload
        state = Mutex(State(configuration: configuration, tracker: SettleTracker(settleMs: configuration.settleMs)))
    }

    /// Creates the folders, clears stale temporaries and lists leftovers in `processing/`.
    public func prepare() throws(SystemError) {
        engine.observer = self
        for folder in folders.all {
            try FileOperations.makeDirectory(folder.path, mode: mode_t(folder.mode))
        }
        OutboxWriter(directory: folders.outbox).removeStaleTemporaries()
        var leftovers: [String] = []
        try FileOperations.forEachEntry(in: folders.processing) { name, _ in
            leftovers.append(name)
            return true
        }
        if !leftovers.isEmpty {
            logger.notice("\(leftovers.count) input(s) left in processing/ by an earlier run; processing them again")
        }
        state.withLock { $0.leftovers = leftovers }
    }

    /// Runs the service until SIGTERM or SIGINT. Returns the exit code.
    public func run() -> Int32 {
        do {
            try prepare()
        } catch {
            logger.critical("cannot prepare the folders: \(error)")
            return 1
        }
        installSignalHandlers()
        let interval = state.withLock { $0.configuration.pollIntervalMs }
        let timer = DispatchSource.makeTimerSource(queue: control)
        timer.schedule(deadline: .now(), repeating: .milliseconds(interval), leeway: .milliseconds(max(1, interval / 20)))
        timer.setEventHandler { @Sendable [self] in _ = self.tick(once: false) }
        sources.timer = timer
        timer.resume()
        if let usec = notifier.watchdogMicroseconds {
            // Pinged from the control queue: if scanning hangs, the pings stop and systemd restarts us.
            let watchdog = DispatchSource.makeTimerSource(queue: control)
            watchdog.schedule(deadline: .now(), repeating: .microseconds(Int(usec / 2)))
            watchdog.setEventHandler { @Sendable [notifier] in notifier.notify("WATCHDOG=1") }
            sources.watchdog = watchdog
            watchdog.resume()
        }
        notifier.notify("READY=1\nSTATUS=watching \(folders.inbox)")
        logger.info(
            "wirewatch \(WirewatchVersion.current) watching \(folders.inbox)",
            metadata: ["outbox": "\(folders.outbox)", "poll_ms": "\(interval)"])
        stopped.wait()
        if engine.active > 0 {
            // The stop timeout passed with inputs in flight (they stay in processing/ for the next
            // start): leave without running exit handlers under the threads still working.
            _exit(0)
        }
        return 0
    }

    /// Processes the inbox as it is now, and `processing/` leftovers, then returns 0, or 1 when
    /// any file failed or could not be written.
    public func once() -> Int32 {
        do {
            try prepare()
        } catch {
            logger.critical("cannot prepare the folders: \(error)")
            return 1
        }
        let pollMs = state.withLock { state in
            state.onceMode = true
            return state.configuration.pollIntervalMs
        }
        while true {
            let waiting = control.sync { tick(once: true) }
            if engine.retryCount > 0 && engine.isBlocked && engine.maxAttempts >= Self.onceAttempts {
                logger.error("giving up after \(Self.onceAttempts) attempts: inputs stay in processing/ for the next run")
                _ = engine.waitIdle(timeoutMs: nil)
                quiesce()
                return 1
            }
            if waiting == 0 && engine.active == 0 && engine.retryCount == 0 && !hasLeftovers {
                break
            }
            // While work is in flight, look again soon: finished inputs make room for more.
            usleep(useconds_t((engine.active > 0 ? 5 : min(pollMs, 50)) * 1000))
        }
        _ = engine.waitIdle(timeoutMs: nil)
        quiesce()
        let counters = engine.counters
        logger.info(
            "done", metadata: ["files": "\(counters.files)", "articles": "\(counters.articles)", "failed": "\(counters.failed)"])
        return counters.failed > 0 ? 1 : 0
    }

    /// When a backlog is waiting and half the room is free, scans at once instead of at the next poll.
    public func inputFinished(active: Int) {
        let schedule = state.withLock { state -> Bool in
            let capacity = max(1, state.configuration.maxInFlight * 2)
            guard state.backlog, !state.tickScheduled, !state.stopping, active <= capacity / 2 else { return false }
            state.tickScheduled = true
            return true
        }
        guard schedule else { return }
        control.async { [self] in
            let once = state.withLock { state -> Bool in
                state.tickScheduled = false
                return state.onceMode
            }
            _ = tick(once: once)
        }
    }

    /// Stops scheduled scans and waits for one in progress, so nothing runs on the control
    /// queue while the process exits.
    private func quiesce() {
        state.withLock { $0.stopping = true }
        sources.timer?.cancel()
        sources.watchdog?.cancel()
        control.sync {}
    }

    private var hasLeftovers: Bool {
        state.withLock { $0.leftoverHead < $0.leftovers.count }
    }

    /// One poll: resubmit due retries and leftovers, then claim settled inbox files.
    /// Returns how many inbox files are still waiting to settle (for `once`).
    private func tick(once: Bool) -> Int {
        let (stopping, configuration) = state.withLock { ($0.stopping, $0.configuration) }
        guard !stopping else { return 0 }
        let capacity = max(1, configuration.maxInFlight * 2)
        for name in engine.takeDueRetries(now: MonotonicClock.now()) {
            engine.submit(name)
        }
        while engine.active < capacity, let name = nextLeftover() {
            engine.submit(name)
        }
        defer { publishStatus() }
        if engine.isBlocked || hasLeftovers { return 0 }
        var room = capacity - engine.active
        guard room > 0 else {
            state.withLock { $0.backlog = true }
            return 1
        }
        var waiting = 0
        var backlog = false
        var claims: [String] = []
        var refusals: [(String, String)] = []
        let now = MonotonicClock.wallNow()
        let scanner = InboxScanner(directory: folders.inbox)
        // Watch a bounded number of files at a time so a huge inbox costs bounded memory.
        let watchLimit = max(256, capacity * 4)
        let giveUpNanos = Int64(configuration.settleMs * 2 + configuration.pollIntervalMs * 2 + 1000) * 1_000_000
        do {
            try state.withLock { state throws(SystemError) in
                state.tracker.beginScan()
                var watched = 0
                try scanner.scan { entry in
                    if let refusal = entry.refusal {
                        refusals.append((entry.name, refusal))
                        return true
                    }
                    watched += 1
                    if state.tracker.observe(entry, now: now) {
                        if room > 0 {
                            claims.append(entry.name)
                            state.tracker.forget(entry.name)
                            room -= 1
                        } else {
                            waiting += 1
                            backlog = true
                        }
                    } else if once, let watchedFor = state.tracker.watchedFor(entry.name, now: now),
                        watchedFor > giveUpNanos
                    {
                        if state.gaveUp.insert(entry.name).inserted {
                            logger.warning(
                                "\(entry.name) is still being written; left in the inbox", metadata: ["file": "\(entry.name)"])
                        }
                    } else {
                        waiting += 1
                    }
                    if watched >= watchLimit {
                        backlog = true
                        return false
                    }
                    return true
                }
                state.tracker.finishScan()
                state.backlog = backlog
                state.lastScanError = nil
            }
        } catch {
            let isNew = state.withLock { state -> Bool in
                defer { state.lastScanError = error.cause }
                return state.lastScanError != error.cause
            }
            if isNew { logger.error("cannot scan the inbox: \(error)") }
            if error.code == ENOENT {
                // The inbox was removed under us: make it again so producers can keep dropping files.
                try? FileOperations.makeDirectory(folders.inbox, mode: 0o770)
            }
            return once ? 0 : 1
        }
        for (name, reason) in refusals {
            engine.refuse(inboxName: name, reason: reason)
        }
        for name in claims {
            claim(name)
        }
        return waiting
    }

    private func nextLeftover() -> String? {
        state.withLock { state in
            guard state.leftoverHead < state.leftovers.count else { return nil }
            defer { state.leftoverHead += 1 }
            return state.leftovers[state.leftoverHead]
        }
    }

    /// Claims an inbox file by renaming it into `processing/`; losing the race to another
    /// daemon (the file is gone) is normal and silent.
    private func claim(_ name: String) {
        let source = FileOperations.join(folders.inbox, name)
        do {
            let claimed = try FileOperations.moveWithoutReplacing(source, into: folders.processing, name: name)
            engine.submit(claimed)
        } catch {
            if error.code == ENOENT { return }
            logger.error("cannot claim \(name): \(error)", metadata: ["file": "\(name)"])
        }
    }

    private func publishStatus() {
        let counters = engine.counters
        let status =
            "STATUS=\(counters.files) files, \(counters.articles) articles, \(counters.failed) failed, \(engine.active) in progress"
            + (engine.isBlocked ? ", outbox blocked" : "")
        let changed = state.withLock { state -> Bool in
            defer { state.lastStatus = status }
            return state.lastStatus != status
        }
        if changed { notifier.notify(status) }
    }

    /// True while records cannot be written and inputs wait in `processing/` for a retry.
    public var isBlocked: Bool { engine.isBlocked }

    /// Stops a daemon started with `run`, as SIGTERM would.
    public func stop() {
        control.async { self.beginStop(signal: SIGTERM) }
    }

    // MARK: - Signals

    private func installSignalHandlers() {
        for number in [SIGTERM, SIGINT, SIGHUP] {
            signal(number, SIG_IGN)
            let source = DispatchSource.makeSignalSource(signal: number, queue: control)
            source.setEventHandler { @Sendable [self] in
                if number == SIGHUP {
                    self.reloadConfiguration()
                } else {
                    self.beginStop(signal: number)
                }
            }
            source.resume()
            sources.signals.append(source)
        }
    }

    private func beginStop(signal number: Int32) {
        let (alreadyStopping, timeoutMs) = state.withLock { state -> (Bool, Int) in
            defer { state.stopping = true }
            return (state.stopping, state.configuration.stopTimeoutMs)
        }
        guard !alreadyStopping else { return }
        sources.timer?.cancel()
        logger.info("stopping (signal \(number)): finishing \(engine.active) input(s) in flight")
        notifier.notify("STOPPING=1")
        engine.stopAccepting()
        DispatchQueue.global().async { @Sendable [self] in
            if !self.engine.waitIdle(timeoutMs: timeoutMs) {
                self.logger.warning("stop timeout reached; unfinished inputs stay in processing/ for the next start")
            }
            self.quiesce()
            let counters = self.engine.counters
            self.logger.info(
                "stopped", metadata: ["files": "\(counters.files)", "articles": "\(counters.articles)", "failed": "\(counters.failed)"])
            self.stopped.signal()
        }
    }

    private func reloadConfiguration() {
        let fresh: Configuration
        do {
            fresh = try reload()
        } catch {
            logger.error("reload failed, keeping the running configuration: \(error)")
            return
        }
        notifier.notify("RELOADING=1")
        let old = state.withLock { $0.configuration }
        var ignored: [String] = []
        if fresh.folders != old.folders { ignored.append("folders") }
        if fresh.effectiveWorkers != old.effectiveWorkers { ignored.append("workers") }
        if fresh.maxInFlight != old.maxInFlight { ignored.append("max_in_flight") }
        if fresh.dataDir != old.dataDir { ignored.append("data_dir") }
        engine.update(Engine.Settings(fresh))
        logSettings.update(format: fresh.logFormat, level: LogSettings.level(fresh.logLevel))
        state.withLock { state in
            state.configuration = fresh
            state.tracker.settleNanos = Int64(fresh.settleMs) * 1_000_000
        }
        if fresh.pollIntervalMs != old.pollIntervalMs {
            sources.timer?.schedule(
                deadline: .now(), repeating: .milliseconds(fresh.pollIntervalMs),
                leeway: .milliseconds(max(1, fresh.pollIntervalMs / 20)))
        }
        logger.info("configuration reloaded")
        if !ignored.isEmpty {
            logger.warning("changes to \(ignored.joined(separator: ", ")) take effect at the next restart")
        }
        notifier.notify("READY=1")
    }
}
