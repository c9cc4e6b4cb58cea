import Testing
import WirewatchCore

@Suite struct FeedFormatTests {
    @Test func sniffsFromTheContentNotTheName() {
        #expect(FeedFormat.sniff(Array("<?xml version=\"1.0\"?><rss/>".utf8)) == .xml)
        #expect(FeedFormat.sniff(Array("\u{FEFF}  \n<rss version=\"2.0\">".utf8)) == .xml)
        #expect(FeedFormat.sniff(Array("<!-- c --><feed/>".utf8)) == .xml)
        #expect(FeedFormat.sniff([0xFF, 0xFE, 0x3C, 0x00, 0x3F, 0x00]) == .xml)
        #expect(FeedFormat.sniff(Array(" {\"version\": \"https://jsonfeed.org/version/1.1\"}".utf8)) == .json)
        #expect(FeedFormat.sniff(Array("date: 2024-01-01\n\nText".utf8)) == .text)
        #expect(FeedFormat.sniff(Array("< 5 people came".utf8)) == .text)
        #expect(FeedFormat.sniff([UInt8]()) == .text)
    }
}
