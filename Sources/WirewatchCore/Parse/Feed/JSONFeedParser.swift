import Foundation

/// Reads JSON Feed 1.0 and 1.1, and RSS 2.0 written as JSON (`{"rss": {"channel": …}}`).
public enum JSONFeedParser {
    public struct Result: Sendable {
        public var feed: FeedInfo
        public var feedDate: String?
        public var items: [FeedItem]
        public var warnings: [String]
    }

    /// Parses a whole JSON document. Throws when it is not JSON, or not a feed.
    public static func parse(_ bytes: [UInt8], maxItemBytes: Int) throws(StageFailure) -> Result {
        let object: Any
        do {
            object = try JSONSerialization.jsonObject(with: Data(bytes))
        } catch {
            throw StageFailure(stage: "parse", reason: "not valid JSON (\(describe(error)))")
        }
        guard let root = object as? [String: Any] else {
            throw StageFailure(stage: "parse", reason: "JSON that is not an object, so not a JSON Feed")
        }
        if let version = root["version"] as? String, version.contains("jsonfeed.org") {
            return try jsonFeed(root, maxItemBytes: maxItemBytes)
        }
        if let rss = root["rss"] as? [String: Any], let channel = rss["channel"] as? [String: Any] {
            return try rssInJSON(channel, maxItemBytes: maxItemBytes)
        }
        throw StageFailure(stage: "parse", reason: "JSON that is not a JSON Feed (no jsonfeed.org \"version\")")
    }

    private static func jsonFeed(_ root: [String: Any], maxItemBytes: Int) throws(StageFailure) -> Result {
        var feed = FeedInfo()
        feed.title = (root["title"] as? String).map(plainText)
        feed.url = root["home_page_url"] as? String
        feed.language = (root["language"] as? String)?.lowercased()
        let feedAuthors = authors(root)
        guard let rawItems = root["items"] as? [Any] else {
            throw StageFailure(stage: "parse", reason: "a JSON Feed without an \"items\" array")
        }
        var items: [FeedItem] = []
        var skipped = 0
        for case let raw as [String: Any] in rawItems {
            var item = FeedItem()
            item.title = (raw["title"] as? String).map(plainText).flatMap { $0.isEmpty ? nil : $0 }
            if let html = raw["content_html"] as? String {
                item.content = capped(html, maxItemBytes, &item) { HTMLText.text(fromHTML: $0) }
            } else if let text = raw["content_text"] as? String {
                item.content = capped(text, maxItemBytes, &item) { HTMLText.text(fromPlain: $0) }
            }
            item.summary = (raw["summary"] as? String).map(plainText).flatMap { $0.isEmpty ? nil : $0 }
            item.publishedText = raw["date_published"] as? String
            item.updatedText = raw["date_modified"] as? String
            item.authors = authors(raw)
            if item.authors.isEmpty { item.authors = feedAuthors }
            item.entry.id = stringValue(raw["id"])
            let link = (raw["url"] as? String) ?? (raw["external_url"] as? String)
            item.entry.link = link.map { resolve($0, against: feed.url) }
            item.entry.categories = (raw["tags"] as? [Any])?.compactMap { $0 as? String } ?? []
            for case let attachment as [String: Any] in raw["attachments"] as? [Any] ?? [] {
                guard let url = attachment["url"] as? String else { continue }
                item.entry.enclosures.append(
                    FeedEntry.Enclosure(
                        url: resolve(url, against: feed.url), type: attachment["mime_type"] as? String,
                        length: (attachment["size_in_bytes"] as? NSNumber)?.intValue))
            }
            items.append(item)
        }
        skipped = rawItems.count - items.count
        guard !items.isEmpty else { throw StageFailure(stage: "parse", reason: "the feed has no items") }
        return Result(
            feed: feed, feedDate: nil, items: items,
            warnings: skipped > 0 ? ["\(skipped) item(s) that are not JSON objects skipped"] : [])
    }

    private static func rssInJSON(_ channel: [String: Any], maxItemBytes: Int) throws(StageFailure) -> Result {
        var feed = FeedInfo()
        feed.title = (channel["title"] as? String).map(plainText)
        feed.url = channel["link"] as? String
        feed.language = (channel["language"] as? String)?.lowercased()
        let feedDate = (channel["pubDate"] as? String) ?? (channel["lastBuildDate"] as? String)
        let rawItems: [Any]
        if let list = channel["item"] as? [Any] {
            rawItems = list
        } else if let single = channel["item"] as? [String: Any] {
            rawItems = [single]
        } else {
            throw StageFailure(stage: "parse", reason: "RSS in JSON without items")
        }
        var items: [FeedItem] = []
        for case let raw as [String: Any] in rawItems {
            var item = FeedItem()
            item.title = (raw["title"] as? String).map { HTMLText.text(fromHTML: $0) }.flatMap { $0.isEmpty ? nil : $0 }
            if let description = raw["description"] as? String {
                item.summary = capped(description, maxItemBytes, &item) { HTMLText.text(fromHTML: $0) }
            }
            item.publishedText = raw["pubDate"] as? String
            item.entry.link = (raw["link"] as? String).map { resolve($0, against: feed.url) }
            if let guid = raw["guid"] as? [String: Any] {
                item.entry.id = stringValue(guid["value"] ?? guid["#value"])
            } else {
                item.entry.id = stringValue(raw["guid"])
            }
            if item.entry.link == nil, let id = item.entry.id, id.hasPrefix("http") { item.entry.link = id }
            if let author = raw["author"] as? String { item.authors = [XMLFeedMachine.authorName(author)] }
            items.append(item)
        }
        guard !items.isEmpty else { throw StageFailure(stage: "parse", reason: "the feed has no items") }
        return Result(feed: feed, feedDate: feedDate, items: items, warnings: [])
    }

    private static func authors(_ object: [String: Any]) -> [String] {
        var names: [String] = []
        for case let author as [String: Any] in object["authors"] as? [Any] ?? [] {
            if let name = author["name"] as? String, !name.isEmpty { names.append(name) }
        }
        if names.isEmpty, let author = object["author"] as? [String: Any], let name = author["name"] as? String, !name.isEmpty {
            names.append(name)
        }
        return names
    }

    /// Titles and summaries are plain text by the specification, but feeds often carry HTML
    /// references in them (`&amp;`); those are decoded, while `<` stays literal.
    private static func plainText(_ text: String) -> String {
        HTMLText.text(fromPlain: Array(text.utf8), decodeReferences: true)
    }

    private static func capped(
        _ text: String, _ limit: Int, _ item: inout FeedItem, _ convert: ([UInt8]) -> String
    ) -> String? {
        var bytes = Array(text.utf8)
        if bytes.count > limit {
            bytes.removeLast(bytes.count - limit)
            while let last = bytes.last, last & 0xC0 == 0x80 { bytes.removeLast() }
            if let last = bytes.last, last >= 0xC0 { bytes.removeLast() }
            item.warnings.append("item text over max_item_bytes (\(limit)) was cut")
        }
        let converted = convert(bytes)
        return converted.isEmpty ? nil : converted
    }

    private static func stringValue(_ value: Any?) -> String? {
        switch value {
        case let text as String: text
        case let number as NSNumber: number.stringValue
        default: nil
        }
    }

    static func resolve(_ href: String, against base: String?) -> String {
        guard let base, URL(string: href)?.scheme == nil, let baseURL = URL(string: base),
            let resolved = URL(string: href, relativeTo: baseURL)
        else { return href }
        return resolved.absoluteString
    }

    private static func describe(_ error: any Error) -> String {
        let message = (error as NSError).userInfo[NSDebugDescriptionErrorKey] as? String
        return message ?? "\(error)"
    }
}
