/// The five folders of a file's life, resolved from the configuration.
public struct Folders: Sendable, Hashable {
    public var inbox: String
    public var processing: String
    public var outbox: String
    public var archive: String
    public var failed: String

    public init(inbox: String, processing: String, outbox: String, archive: String, failed: String) {
        self.inbox = inbox
        self.processing = processing
        self.outbox = outbox
        self.archive = archive
        self.failed = failed
    }

    /// Each folder with its configuration key and creation mode.
    public var all: [(key: String, path: String, mode: UInt32)] {
        [
            ("inbox_dir", inbox, 0o770),
            ("processing_dir", processing, 0o750),
            ("outbox_dir", outbox, 0o750),
            ("archive_dir", archive, 0o750),
            ("failed_dir", failed, 0o750),
        ]
    }
}
