import Foundation
import Testing
import WirewatchCore

/// Hostile XML: each input is refused or bounded, and nothing outside the file is read.
/// (The time and memory bounds are measured by `wirewatch bench --hostile`.)
@Suite struct HostileFeedTests {
    static let billionLaughs = """
        <?xml version="1.0"?>
        <!DOCTYPE rss [
          <!ENTITY lol "lol">
          <!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
          <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
          <!ENTITY lol9 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">
        ]>
        <rss version="2.0"><channel><item><title>&lol9;</title></item></channel></rss>
        """

    @Test func entityExpansionIsRefused() {
        #expect(Fixtures.refusal(Self.billionLaughs)?.reason == "entity declarations are not accepted")
        let quadratic = "<?xml version=\"1.0\"?><!DOCTYPE rss [<!ENTITY a \"" + String(repeating: "x", count: 100_000)
            + "\">]><rss><channel><item><title>" + String(repeating: "&a;", count: 10_000) + "</title></item></channel></rss>"
        #expect(Fixtures.refusal(quadratic)?.reason == "entity declarations are not accepted")
    }

    @Test func externalEntitiesAreNeverRead() {
        let xxe = """
            <?xml version="1.0"?>
            <!DOCTYPE rss [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>
            <rss version="2.0"><channel><item><title>&xxe;</title><description>&xxe;</description></item></channel></rss>
            """
        #expect(Fixtures.refusal(xxe)?.reason == "entity declarations are not accepted")
        let parameter = """
            <?xml version="1.0"?>
            <!DOCTYPE rss [<!ENTITY % p SYSTEM "file:///etc/passwd"> %p;]>
            <rss version="2.0"><channel><item><title>x</title></item></channel></rss>
            """
        #expect(Fixtures.refusal(parameter)?.reason == "entity declarations are not accepted")
    }

    @Test func nothingIsFetchedFromTheNetwork() throws {
        let listener = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        defer { close(listener) }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        address.sin_port = 0
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        _ = withUnsafePointer(to: &address) { $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(listener, $0, length) } }
        listen(listener, 8)
        _ = withUnsafeMutablePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(listener, $0, &length) }
        }
        let port = Int(UInt16(bigEndian: address.sin_port))
        let externalDTD = """
            <?xml version="1.0"?>
            <!DOCTYPE rss SYSTEM "http://127.0.0.1:\(port)/evil.dtd">
            <rss version="2.0"><channel><item><title>Safe &amp; sound</title></item></channel></rss>
            """
        #expect(try Fixtures.documents(externalDTD).first?.title == "Safe & sound")
        let externalEntity = """
            <?xml version="1.0"?>
            <!DOCTYPE rss [<!ENTITY remote SYSTEM "http://127.0.0.1:\(port)/secret">]>
            <rss version="2.0"><channel><item><title>&remote;</title></item></channel></rss>
            """
        #expect(Fixtures.refusal(externalEntity)?.reason == "entity declarations are not accepted")
        let flags = fcntl(listener, F_GETFL)
        _ = fcntl(listener, F_SETFL, flags | O_NONBLOCK)
        let accepted = accept(listener, nil, nil)
        #expect(accepted < 0, "the parser connected to 127.0.0.1:\(port)")
        if accepted >= 0 { close(accepted) }
    }

    @Test func deepNestingIsBounded() {
        let depth = 2_000_000
        var bytes = Array("<rss version=\"2.0\"><channel><item><title>deep</title><description>".utf8)
        bytes.reserveCapacity(depth * 7 + 200)
        for _ in 0..<depth { bytes.append(contentsOf: [0x3C, 0x62, 0x3E]) }  // <b>
        let started = Date()
        let outcome = Fixtures.refusal(bytes)
        #expect(outcome?.reason == "elements nested deeper than 256 levels")
        #expect(Date().timeIntervalSince(started) < 10, "deep nesting is not bounded")
    }
}
