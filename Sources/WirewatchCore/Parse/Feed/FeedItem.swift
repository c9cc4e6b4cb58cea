/// One item of a feed as parsed, before it becomes a `Document`.
public struct FeedItem: Sendable {
    /// Plain text of the item's title.
    public var title: String?
    /// Plain text of the full content (`content:encoded`, Atom `content`, `content_html`).
    public var content: String?
    /// Plain text of the summary (`description`, Atom `summary`, JSON Feed `summary`).
    public var summary: String?
    /// Publication date as written.
    public var publishedText: String?
    /// Update date as written.
    public var updatedText: String?
    public var authors: [String] = []
    public var entry = FeedEntry()
    /// Notes about this item (truncation, unparseable dates).
    public var warnings: [String] = []

    public init() {}
}
