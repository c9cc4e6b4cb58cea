import WirewatchCore

/// Every setting of Wirewatch, with its default.
///
/// Keys are listed, with defaults, in `config/wirewatch.json`. Values come from defaults, then
/// the file, then `WIREWATCH_<KEY>` environment variables, then flags; see `ConfigurationLoader`.
public struct Configuration: Sendable, Hashable {
    public var stateDir: String = "/var/lib/wirewatch"
    /// nil: `<state_dir>/inbox`. Likewise for the other folders.
    public var inboxDir: String? = nil
    public var processingDir: String? = nil
    public var outboxDir: String? = nil
    public var archiveDir: String? = nil
    public var failedDir: String? = nil
    /// Models and lexicons; nil: found next to the executable or the repository.
    public var dataDir: String? = nil
    /// How often the inbox is scanned, in milliseconds.
    public var pollIntervalMs: Int = 500
    /// How long a file's size and mtime must stay unchanged before it is taken, in milliseconds.
    public var settleMs: Int = 1000
    /// Largest input accepted, in bytes.
    public var maxFileBytes: Int = 67_108_864
    /// Largest text taken from one feed item, in UTF-8 bytes; longer items are cut, with a warning.
    public var maxItemBytes: Int = 4_194_304
    /// Articles extracted at once; nil: the number of cores.
    public var workers: Int? = nil
    /// Articles in memory at once, across all stages.
    public var maxInFlight: Int = 32
    public var afterSuccess: AfterSuccess = .archive
    public var logFormat: LogFormat = .auto
    /// `debug`, `info`, `warning` or `error`.
    public var logLevel: String = "info"
    /// Whether records carry every token.
    public var emitTokens: Bool = false
    /// How long a stopping daemon waits for articles in flight, in milliseconds.
    public var stopTimeoutMs: Int = 20000
    /// How all-numeric dates such as `1/2/2024` are read.
    public var dateOrder: DateOrder = .monthFirst

    public init() {}

    /// The folders, with defaults under `state_dir`.
    public var folders: Folders {
        func folder(_ value: String?, _ name: String) -> String {
            value ?? FileOperations.join(stateDir, name)
        }
        return Folders(
            inbox: folder(inboxDir, "inbox"),
            processing: folder(processingDir, "processing"),
            outbox: folder(outboxDir, "outbox"),
            archive: folder(archiveDir, "archive"),
            failed: folder(failedDir, "failed"))
    }

    /// `workers`, or the number of active cores.
    public var effectiveWorkers: Int {
        workers ?? max(1, ProcessInfoCores.active)
    }
}
