import Foundation
import Testing
@testable import WirewatchCore

/// Feed fixtures written for these tests, one per format and quirk, with the records expected.
@Suite struct XMLFeedParserTests {
    static let rss2 = #"""
        <?xml version="1.0" encoding="UTF-8"?>
        <rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:atom="http://www.w3.org/2005/Atom" xmlns:media="http://search.yahoo.com/mrss/">
          <channel>
            <title>Harbour &amp; City News</title>
            <link>https://news.example.org/</link>
            <atom:link href="https://news.example.org/feed.xml" rel="self" type="application/rss+xml"/>
            <language>en-GB</language>
            <lastBuildDate>Fri, 09 Feb 2024 08:00:00 +0000</lastBuildDate>
            <item>
              <title>Bridge &lt;em&gt;closes&lt;/em&gt; for repairs</title>
              <link>/2024/02/bridge</link>
              <guid isPermaLink="false">bridge-2024</guid>
              <pubDate>Thu, 08 Feb 2024 10:30:00 GMT</pubDate>
              <dc:creator>Helen Okafor</dc:creator>
              <category>Transport</category>
              <category>City</category>
              <description>&lt;p&gt;Short summary.&lt;/p&gt;</description>
              <content:encoded><![CDATA[<p>The bridge will close for <b>six weeks</b>.</p><p>“Repairs are overdue,” an engineer said.</p>]]></content:encoded>
              <enclosure url="/audio/bridge.mp3" type="audio/mpeg" length="12345"/>
            </item>
            <item>
              <title>Second item</title>
              <guid>https://news.example.org/2024/02/second</guid>
              <author>desk@example.org (News Desk)</author>
              <description>Only a description &amp; no date.</description>
            </item>
          </channel>
        </rss>
        """#

    @Test func rss2() throws {
        let documents = try Fixtures.documents(Self.rss2)
        #expect(documents.count == 2)
        let first = documents[0]
        #expect(first.source.format == .rss)
        #expect(first.source.item == 0)
        #expect(first.source.feed == FeedInfo(title: "Harbour & City News", url: "https://news.example.org/", language: "en-gb"))
        #expect(first.title == "Bridge closes for repairs")
        #expect(first.url == "https://news.example.org/2024/02/bridge")
        #expect(first.source.entry?.id == "bridge-2024")
        #expect(first.published == "2024-02-08T10:30:00Z")
        #expect(first.publishedFrom == "item")
        #expect(first.authors == ["Helen Okafor"])
        #expect(first.source.entry?.categories == ["Transport", "City"])
        #expect(first.source.entry?.enclosures == [
            FeedEntry.Enclosure(url: "https://news.example.org/audio/bridge.mp3", type: "audio/mpeg", length: 12345)
        ])
        #expect(first.text == "The bridge will close for six weeks.\n\n“Repairs are overdue,” an engineer said.")
        #expect(first.language == "en-gb")
        let second = documents[1]
        #expect(second.source.item == 1)
        #expect(second.url == "https://news.example.org/2024/02/second")
        #expect(second.authors == ["News Desk"])
        #expect(second.text == "Only a description & no date.")
        #expect(second.published == "2024-02-09T08:00:00Z")
        #expect(second.publishedFrom == "feed")
        #expect(first.id != second.id)
        #expect(first.source.sha256 == SHA256.hex(of: Self.rss2))
    }

    static let rdf = #"""
        <?xml version="1.0" encoding="utf-8"?>
        <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/" xmlns:dc="http://purl.org/dc/elements/1.1/">
          <channel rdf:about="https://science.example.org/">
            <title>Science Digest</title>
            <link>https://science.example.org/</link>
            <dc:language>en</dc:language>
          </channel>
          <item rdf:about="https://science.example.org/a1">
            <title>Soil study</title>
            <link>https://science.example.org/a1</link>
            <description>Researchers sampled 300 fields.</description>
            <dc:date>2024-01-15T09:00:00+01:00</dc:date>
            <dc:creator>Kaur, M.</dc:creator>
            <dc:subject>Biology</dc:subject>
          </item>
        </rdf:RDF>
        """#

    @Test func rss1RDF() throws {
        let documents = try Fixtures.documents(Self.rdf)
        #expect(documents.count == 1)
        let item = documents[0]
        #expect(item.source.format == .rdf)
        #expect(item.title == "Soil study")
        #expect(item.url == "https://science.example.org/a1")
        #expect(item.published == "2024-01-15T09:00:00+01:00")
        #expect(item.authors == ["Kaur, M."])
        #expect(item.source.entry?.categories == ["Biology"])
        #expect(item.text == "Researchers sampled 300 fields.")
        #expect(item.source.feed?.language == "en")
    }

    static let atom = #"""
        <?xml version="1.0" encoding="utf-8"?>
        <feed xmlns="http://www.w3.org/2005/Atom" xml:lang="en-US" xml:base="https://blog.example.com/">
          <title type="text">Field Notes</title>
          <link rel="alternate" type="text/html" href="https://blog.example.com/"/>
          <link rel="self" href="https://blog.example.com/atom.xml"/>
          <updated>2024-03-01T12:00:00Z</updated>
          <author><name>Ana Lima</name></author>
          <entry>
            <title type="html">Rivers &amp;amp; &lt;i&gt;lakes&lt;/i&gt;</title>
            <link rel="enclosure" type="image/jpeg" href="img/river.jpg" length="2048"/>
            <link rel="alternate" type="text/html" href="posts/rivers"/>
            <id>tag:blog.example.com,2024:rivers</id>
            <published>2024-02-28T08:00:00-03:00</published>
            <updated>2024-02-29T10:00:00-03:00</updated>
            <category term="nature" label="Nature"/>
            <summary>A summary that the content replaces.</summary>
            <content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml"><p>Water levels rose <em>3 metres</em> &amp; more.</p><p>Second paragraph &lt;not a tag&gt;.</p></div></content>
          </entry>
          <entry xml:base="https://other.example.net/section/">
            <title>Plain text title with &lt;angle&gt; brackets</title>
            <link href="page"/>
            <id>urn:uuid:2</id>
            <updated>2024-02-20T08:00:00Z</updated>
            <content type="html">&lt;p&gt;HTML &amp;amp; entities&lt;/p&gt;</content>
          </entry>
          <entry>
            <title>Text content</title>
            <id>urn:uuid:3</id>
            <content type="text">Literal &lt;b&gt; stays.</content>
            <author><name>Guest Writer</name></author>
          </entry>
        </feed>
        """#

    @Test func atom10() throws {
        let documents = try Fixtures.documents(Self.atom, modified: Date(timeIntervalSince1970: 1_700_000_000))
        #expect(documents.count == 3)
        let first = documents[0]
        #expect(first.source.format == .atom)
        #expect(first.source.feed == FeedInfo(title: "Field Notes", url: "https://blog.example.com/", language: "en-us"))
        #expect(first.title == "Rivers & lakes")
        #expect(first.url == "https://blog.example.com/posts/rivers")
        #expect(first.source.entry?.enclosures == [
            FeedEntry.Enclosure(url: "https://blog.example.com/img/river.jpg", type: "image/jpeg", length: 2048)
        ])
        #expect(first.source.entry?.id == "tag:blog.example.com,2024:rivers")
        #expect(first.published == "2024-02-28T08:00:00-03:00")
        #expect(first.source.entry?.updated == "2024-02-29T10:00:00-03:00")
        #expect(first.source.entry?.categories == ["Nature"])
        #expect(first.authors == ["Ana Lima"])
        #expect(first.text == "Water levels rose 3 metres & more.\n\nSecond paragraph <not a tag>.")
        let second = documents[1]
        #expect(second.title == "Plain text title with <angle> brackets")
        #expect(second.url == "https://other.example.net/section/page")
        #expect(second.text == "HTML & entities")
        #expect(second.published == "2024-03-01T12:00:00Z")
        #expect(second.publishedFrom == "feed")
        let third = documents[2]
        #expect(third.text == "Literal <b> stays.")
        #expect(third.authors == ["Guest Writer"])
    }

    static let atom03 = #"""
        <?xml version="1.0" encoding="utf-8"?>
        <feed version="0.3" xmlns="http://purl.org/atom/ns#">
          <title>Old Atom</title>
          <link rel="alternate" type="text/html" href="http://old.example.org/"/>
          <modified>2004-05-01T00:00:00Z</modified>
          <entry>
            <title>Legacy entry</title>
            <link rel="alternate" type="text/html" href="http://old.example.org/1"/>
            <id>tag:old.example.org,2004:1</id>
            <issued>2004-04-30T10:00:00-05:00</issued>
            <modified>2004-04-30T12:00:00-05:00</modified>
            <content type="text/html" mode="escaped">&lt;p&gt;Escaped &lt;b&gt;HTML&lt;/b&gt; body.&lt;/p&gt;</content>
          </entry>
        </feed>
        """#

    @Test func atom03() throws {
        let documents = try Fixtures.documents(Self.atom03)
        #expect(documents.count == 1)
        #expect(documents[0].source.format == .atom)
        #expect(documents[0].published == "2004-04-30T10:00:00-05:00")
        #expect(documents[0].text == "Escaped HTML body.")
        #expect(documents[0].url == "http://old.example.org/1")
        #expect(documents[0].source.feed?.url == "http://old.example.org/")
    }

    @Test func illFormedFeedsAreRecoveredWithAWarning() throws {
        let sloppy = """
            <rss version="2.0"><channel><title>Sloppy</title>
            <item><title>Fish & chips&nbsp;today</title><description>Caf&eacute; opens &mdash; at last</description><pubDate>not a date</pubDate></item>
            <item><title>Unclosed <b>bold</title><description>Text</description></item>
            </channel></rss>
            <junk>after the root</junk>
            """
        let documents = try Fixtures.documents(sloppy, modified: Date(timeIntervalSince1970: 0))
        #expect(documents.count == 2)
        #expect(documents[0].title == "Fish & chips today")
        #expect(documents[0].text == "Café opens — at last")
        #expect(documents[0].published == "1970-01-01T00:00:00.000Z")
        #expect(documents[0].publishedFrom == "mtime")
        #expect(documents[0].warnings.contains { $0.hasPrefix("ill-formed XML recovered") })
        #expect(documents[0].warnings.contains { $0.contains("unparseable item date") })
        #expect(documents[1].warnings.contains { $0.contains("undefined entities") })
    }

    @Test func aTruncatedFeedKeepsItsItems() throws {
        let truncated = "<rss version=\"2.0\"><channel><item><title>Whole</title><description>One.</description></item><item><title>Cut</title><description>Two is cut off in the mid"
        let documents = try Fixtures.documents(truncated)
        #expect(documents.map(\.title) == ["Whole", "Cut"])
        #expect(documents[1].text == "Two is cut off in the mid")
        #expect(documents[1].warnings.contains("the item was cut off by the end of the file"))
    }

    @Test func encodingsAsDeclared() throws {
        func rss(_ encoding: String, title: [UInt8]) -> [UInt8] {
            Array("<?xml version=\"1.0\" encoding=\"\(encoding)\"?><rss version=\"2.0\"><channel><item><title>".utf8) + title
                + Array("</title><description>x</description></item></channel></rss>".utf8)
        }
        // "Café" in ISO-8859-1, "Привет" in windows-1251 and KOI8-R.
        #expect(try Fixtures.documents(rss("ISO-8859-1", title: [0x43, 0x61, 0x66, 0xE9]))[0].title == "Café")
        #expect(try Fixtures.documents(rss("windows-1251", title: [0xCF, 0xF0, 0xE8, 0xE2, 0xE5, 0xF2]))[0].title == "Привет")
        #expect(try Fixtures.documents(rss("KOI8-R", title: [0xF0, 0xD2, 0xC9, 0xD7, 0xC5, 0xD4]))[0].title == "Привет")
        let windows = try Fixtures.documents(rss("windows-1252", title: [0x93, 0x51, 0x94]))[0]
        #expect(windows.title == "“Q”")
        #expect(windows.source.encoding == "windows-1252")
        // UTF-16 with a BOM, and a UTF-8 BOM without a declaration.
        let text = "<?xml version=\"1.0\" encoding=\"UTF-16\"?><rss version=\"2.0\"><channel><item><title>Zürich</title></item></channel></rss>"
        let utf16: [UInt8] = [0xFF, 0xFE] + text.utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
        let decoded = try Fixtures.documents(utf16)[0]
        #expect(decoded.title == "Zürich")
        #expect(decoded.source.encoding == "utf-16le")
        let noBOM = Array(text.utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] })
        #expect(try Fixtures.documents(noBOM)[0].title == "Zürich")
        let utf32: [UInt8] = [0xFF, 0xFE, 0, 0] + text.replacingOccurrences(of: "UTF-16", with: "UTF-32").unicodeScalars.flatMap { scalar in
            (0..<4).map { UInt8((scalar.value >> (8 * $0)) & 0xFF) }
        }
        let wide = try Fixtures.documents(utf32)[0]
        #expect(wide.title == "Zürich")
        #expect(wide.source.encoding == "utf-32le")
        let bom: [UInt8] = [0xEF, 0xBB, 0xBF] + Array("<rss version=\"2.0\"><channel><item><title>BOM ✓</title></item></channel></rss>".utf8)
        #expect(try Fixtures.documents(bom)[0].title == "BOM ✓")
    }

    @Test func misdeclaredEncodingsAreRepaired() throws {
        let utf8AsLatin1 = Array("<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?><rss version=\"2.0\"><channel><item><title>Café “quoted”</title></item></channel></rss>".utf8)
        let repaired = try Fixtures.documents(utf8AsLatin1)[0]
        #expect(repaired.title == "Café “quoted”")
        #expect(repaired.warnings.contains { $0.contains("bytes are UTF-8") })
        let latin1AsUTF8 = Array("<?xml version=\"1.0\" encoding=\"UTF-8\"?><rss version=\"2.0\"><channel><item><title>Caf".utf8) + [0xE9]
            + Array("</title></item></channel></rss>".utf8)
        let latin1 = try Fixtures.documents(latin1AsUTF8)[0]
        #expect(latin1.title == "Café")
        #expect(latin1.source.encoding == "windows-1252")
    }

    @Test func whatIsNotAFeedIsRefusedWithAReason() {
        #expect(Fixtures.refusal("<!DOCTYPE html><html><head><title>x</title></head><body>page</body></html>")?.reason == "an HTML page, not a feed")
        #expect(Fixtures.refusal("<?xml version=\"1.0\"?><opml version=\"2.0\"><body/></opml>")?.reason == "an OPML subscription list, not a feed")
        #expect(Fixtures.refusal("<?xml version=\"1.0\"?><svg xmlns=\"http://www.w3.org/2000/svg\"/>")?.reason.contains("<svg>") == true)
        #expect(Fixtures.refusal("<rss version=\"2.0\"><channel><title>Empty</title></channel></rss>")?.reason == "the feed has no items")
        let garbage = Fixtures.refusal("<?xml version=\"1.0\"?>\n<>< not xml at all >>>>")
        #expect(garbage?.reason.hasPrefix("not well-formed XML") == true)
        #expect(garbage?.reason.contains("line 2") == true)
    }

    @Test func longItemsAreCut() throws {
        let long = String(repeating: "word ", count: 1000)
        let feed = "<rss version=\"2.0\"><channel><item><title>Long</title><description>\(long)</description></item></channel></rss>"
        let document = try Fixtures.documents(Array(feed.utf8), maxItemBytes: 2048)[0]
        #expect(document.text.utf8.count <= 2048)
        #expect(document.warnings.contains { $0.contains("max_item_bytes") })
    }

    @Test func chunkBoundariesDoNotMatter() throws {
        let bytes = Array(Self.atom.utf8)
        let whole = try Fixtures.documents(bytes)
        for size in [1, 7, 64, 1000] {
            var documents: [Document] = []
            try ArticleParser().parse(
                name: "feed.xml", received: Fixtures.received, modified: nil,
                chunks: { body throws(StageFailure) in
                    var offset = 0
                    while offset < bytes.count {
                        let end = min(bytes.count, offset + size)
                        let more = try bytes[offset..<end].withUnsafeBufferPointer { (chunk) throws(StageFailure) -> Bool in
                            try body(chunk)
                        }
                        guard more else { return }
                        offset = end
                    }
                },
                emit: { documents.append($0); return true })
            #expect(documents.map(\.text) == whole.map(\.text), "chunks of \(size)")
            #expect(documents.map(\.title) == whole.map(\.title), "chunks of \(size)")
        }
    }
}
