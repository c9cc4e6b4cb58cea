/// What a feed says about one item, beyond its text: the record's `source.entry`.
public struct FeedEntry: Sendable, Hashable {
    /// An attached file (RSS `enclosure`, Atom `link rel="enclosure"`, JSON Feed attachment).
    public struct Enclosure: Sendable, Hashable {
        public var url: String
        public var type: String?
        /// Size in bytes, when given.
        public var length: Int?

        public init(url: String, type: String?, length: Int?) {
            self.url = url
            self.type = type
            self.length = length
        }
    }

    /// RSS `guid`, Atom `id`, JSON Feed `id`.
    public var id: String?
    /// The item's link, resolved against `xml:base` and the feed's link.
    public var link: String?
    /// Last update (`YYYY-MM-DD` or RFC 3339), when given and parseable.
    public var updated: String?
    public var categories: [String] = []
    public var enclosures: [Enclosure] = []

    public init(id: String? = nil, link: String? = nil, updated: String? = nil) {
        self.id = id
        self.link = link
        self.updated = updated
    }
}
