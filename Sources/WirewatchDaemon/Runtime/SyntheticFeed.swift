/// Generates RSS 2.0 feeds of a given size for benchmarks: items with escaped-HTML
/// descriptions and CDATA `content:encoded`, as real feeds carry them.
struct SyntheticFeed {
    private static let words = [
        "the", "council", "said", "on", "Monday", "that", "a", "new", "bridge", "would", "open", "in", "spring",
        "officials", "reported", "markets", "rose", "after", "talks", "between", "ministers", "ended", "with",
        "agreement", "police", "investigation", "continues", "into", "the", "fire", "which", "destroyed", "three",
        "warehouses", "near", "port", "residents", "were", "told", "to", "stay", "indoors", "while", "crews",
        "worked", "through", "night", "according", "statement", "released", "by", "ministry", "of", "health",
    ]

    private var seed: UInt64 = 0x2545_F491_4F6C_DD1D

    private mutating func next() -> Int {
        seed ^= seed << 13
        seed ^= seed >> 7
        seed ^= seed << 17
        return Int(truncatingIfNeeded: seed >> 1)
    }

    private mutating func sentence(_ count: Int) -> String {
        var words: [String] = []
        words.reserveCapacity(count)
        for _ in 0..<count { words.append(Self.words[next() % Self.words.count]) }
        return words.joined(separator: " ")
    }

    /// One `<item>` of about `bytes` bytes.
    mutating func item(_ index: Int, bytes: Int) -> String {
        // About 430 bytes of item markup and 350 per paragraph.
        let paragraphs = max(1, (bytes - 430) / 350)
        var content = ""
        for _ in 0..<paragraphs { content += "<p>\(sentence(40)). “\(sentence(12)),” officials said.</p>\n" }
        return """
            <item><title>Report \(index): \(sentence(6))</title><link>https://example.org/news/\(index)</link>\
            <guid isPermaLink="false">item-\(index)</guid><pubDate>Mon, 0\(index % 9 + 1) Jan 2024 10:00:00 GMT</pubDate>\
            <dc:creator>Desk \(index % 17)</dc:creator><category>News</category>\
            <description>&lt;p&gt;\(sentence(30)) &amp;amp; more.&lt;/p&gt;</description>\
            <content:encoded><![CDATA[\(content)]]></content:encoded></item>

            """
    }

    static let head = """
        <?xml version="1.0" encoding="UTF-8"?>
        <rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:content="http://purl.org/rss/1.0/modules/content/">
        <channel><title>Synthetic</title><link>https://example.org/</link><language>en</language>

        """
    static let tail = "</channel></rss>\n"

    /// Appends items to `output` (via `write`) until about `totalBytes` have been written.
    /// Returns the number of items.
    mutating func generate(totalBytes: Int, itemBytes: Int, write: (String) -> Void) -> Int {
        var written = 0
        var index = 0
        write(Self.head)
        while written < totalBytes {
            let item = item(index, bytes: itemBytes)
            write(item)
            written += item.utf8.count
            index += 1
        }
        write(Self.tail)
        return index
    }
}
