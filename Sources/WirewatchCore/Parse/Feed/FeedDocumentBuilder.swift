import Foundation

/// Turns a parsed feed item into a `Document`: text from the content, else the summary, else
/// the title; the publication date from the item, else the feed, else the file's mtime.
public struct FeedDocumentBuilder: Sendable {
    public var name: String
    public var sha256: String
    public var encoding: String
    public var format: InputFormat
    public var received: Date
    public var modified: Date?

    public init(name: String, sha256: String, encoding: String, format: InputFormat, received: Date, modified: Date?) {
        self.name = name
        self.sha256 = sha256
        self.encoding = encoding
        self.format = format
        self.received = received
        self.modified = modified
    }

    /// The document of the item at `position` (0-based) in the feed.
    public func document(_ item: FeedItem, position: Int, feed: FeedInfo, feedDate: String?, warnings: [String]) -> Document {
        var source = Source(
            file: name, format: format, item: position, sha256: sha256, encoding: encoding, received: received)
        source.feed = feed
        var entry = item.entry
        entry.updated = item.updatedText.flatMap(FeedDate.parse)
        source.entry = entry
        let body = item.content ?? item.summary ?? item.title ?? ""
        let (normalized, _) = TextNormalizer.normalize(body)
        var document = Document(source: source, text: normalized)
        document.title = item.title
        document.url = entry.link
        document.authors = item.authors
        document.language = feed.language
        document.warnings = warnings + item.warnings
        if body.isEmpty { document.warnings.append("the item has no text, summary or title") }
        if let raw = item.publishedText, !raw.trimmingSpaces.isEmpty {
            if let value = FeedDate.parse(raw) {
                document.published = value
                document.publishedFrom = "item"
            } else {
                document.warnings.append("unparseable item date \"\(raw.trimmingSpaces)\" ignored")
            }
        }
        if document.published == nil, let raw = feedDate, let value = FeedDate.parse(raw) {
            document.published = value
            document.publishedFrom = "feed"
        }
        if document.published == nil, let modified {
            document.published = CivilDate.rfc3339(modified)
            document.publishedFrom = "mtime"
        }
        return document
    }
}
