import Foundation

/// Where an article came from: the record's `source` object.
public struct Source: Sendable, Hashable {
    /// Name of the input file (its name when it was claimed), or `-` for standard input.
    public var file: String
    public var format: InputFormat
    /// Position of the article in its input (a feed item, an annotate line), or nil for a whole file.
    public var item: Int?
    /// Lower-case hex SHA-256 of the input's bytes (for annotate: of the line's text).
    public var sha256: String
    /// The character encoding the bytes were decoded with (`utf-8`, `utf-16le`, `windows-1252`, …).
    public var encoding: String
    /// When Wirewatch received the input.
    public var received: Date
    /// The caller's id, echoed by `annotate`; nil otherwise.
    public var id: String?
    /// The feed an item came from, for feed inputs.
    public var feed: FeedInfo?
    /// What the feed says about the item (id, link, categories, enclosures), for feed inputs.
    public var entry: FeedEntry?

    public init(
        file: String, format: InputFormat, item: Int?, sha256: String, encoding: String,
        received: Date, id: String? = nil
    ) {
        self.file = file
        self.format = format
        self.item = item
        self.sha256 = sha256
        self.encoding = encoding
        self.received = received
        self.id = id
    }
}
