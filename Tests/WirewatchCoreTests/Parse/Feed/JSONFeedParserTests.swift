import Testing
import WirewatchCore

@Suite struct JSONFeedParserTests {
    static let feed11 = #"""
        {
          "version": "https://jsonfeed.org/version/1.1",
          "title": "Harbour Notes",
          "home_page_url": "https://notes.example.org/",
          "language": "en-GB",
          "authors": [{"name": "Feed Author"}],
          "items": [
            {
              "id": 1,
              "url": "/posts/1",
              "title": "First &amp; foremost",
              "content_html": "<p>Ferries run <b>every 15 minutes</b>.</p>",
              "summary": "Ferries.",
              "date_published": "2024-03-14T08:00:00+00:00",
              "date_modified": "2024-03-14T09:00:00+00:00",
              "tags": ["transport"],
              "attachments": [{"url": "https://notes.example.org/a.mp3", "mime_type": "audio/mpeg", "size_in_bytes": 99}]
            },
            {"id": "2", "content_text": "Plain text body.", "authors": [{"name": "Item Author"}]},
            "not an object"
          ]
        }
        """#

    @Test func jsonFeed11() throws {
        let documents = try Fixtures.documents(Self.feed11, name: "notes.json")
        #expect(documents.count == 2)
        let first = documents[0]
        #expect(first.source.format == .json)
        #expect(first.source.feed == FeedInfo(title: "Harbour Notes", url: "https://notes.example.org/", language: "en-gb"))
        #expect(first.title == "First & foremost")
        #expect(first.text == "Ferries run every 15 minutes.")
        #expect(first.url == "https://notes.example.org/posts/1")
        #expect(first.source.entry?.id == "1")
        #expect(first.published == "2024-03-14T08:00:00Z")
        #expect(first.source.entry?.updated == "2024-03-14T09:00:00Z")
        #expect(first.authors == ["Feed Author"])
        #expect(first.source.entry?.categories == ["transport"])
        #expect(first.source.entry?.enclosures == [FeedEntry.Enclosure(url: "https://notes.example.org/a.mp3", type: "audio/mpeg", length: 99)])
        #expect(first.warnings.contains { $0.contains("not JSON objects") })
        #expect(documents[1].text == "Plain text body.")
        #expect(documents[1].authors == ["Item Author"])
    }

    @Test func jsonFeed10AndRSSInJSON() throws {
        let old = #"{"version": "https://jsonfeed.org/version/1", "title": "Old", "author": {"name": "Solo"}, "items": [{"id": "a", "content_text": "Hi."}]}"#
        #expect(try Fixtures.documents(old, name: "old.json")[0].authors == ["Solo"])
        let rss = #"{"rss": {"version": "2.0", "channel": {"title": "Scripting", "link": "http://s.example.com/", "pubDate": "Mon, 26 Jun 2017 12:00:00 GMT", "item": [{"description": "<p>Good morning.</p>", "link": "http://s.example.com/1", "guid": "http://s.example.com/1"}]}}}"#
        let document = try Fixtures.documents(rss, name: "rss.json")[0]
        #expect(document.text == "Good morning.")
        #expect(document.published == "2017-06-26T12:00:00Z")
        #expect(document.publishedFrom == "feed")
    }

    @Test func refusals() {
        #expect(Fixtures.refusal(Array(#"{"title": "not a feed"}"#.utf8), name: "x.json")?.reason.contains("not a JSON Feed") == true)
        #expect(Fixtures.refusal(Array(#"{"version": "https://jsonfeed.org/version/1.1", "items": [ {"id": "#.utf8), name: "x.json")?.reason.hasPrefix("not valid JSON") == true)
        #expect(Fixtures.refusal(Array(#"{"version": "https://jsonfeed.org/version/1.1", "items": []}"#.utf8), name: "x.json")?.reason == "the feed has no items")
    }
}
