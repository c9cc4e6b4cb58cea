/// Metadata read from the header lines at the top of a plain-text article.
public struct ArticleHeaders: Sendable, Hashable {
    /// `YYYY-MM-DD` or an RFC 3339 date-time.
    public var date: String?
    public var title: String?
    public var source: String?
    public var url: String?
    public var authors: [String] = []
    public var language: String?

    public init() {}

    /// True when no header was found.
    public var isEmpty: Bool {
        date == nil && title == nil && source == nil && url == nil && authors.isEmpty && language == nil
    }
}
