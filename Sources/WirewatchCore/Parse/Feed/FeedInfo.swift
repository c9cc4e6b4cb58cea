/// The feed an item came from: the record's `source.feed`.
public struct FeedInfo: Sendable, Hashable {
    public var title: String?
    /// The feed's home page (RSS channel `link`, Atom `link rel="alternate"`, JSON Feed `home_page_url`).
    public var url: String?
    /// Language tag, lower-cased (`en-us`).
    public var language: String?

    public init(title: String? = nil, url: String? = nil, language: String? = nil) {
        self.title = title
        self.url = url
        self.language = language
    }
}
