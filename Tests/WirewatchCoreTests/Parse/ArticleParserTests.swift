import Foundation
import Testing
import WirewatchCore

@Suite struct ArticleParserTests {
    @Test func plainTextIsOneDocument() throws {
        let documents = try Fixtures.documents("date: 2024-02-08\n\nA plain article.", name: "a.txt")
        #expect(documents.count == 1)
        #expect(documents[0].source.format == .text)
        #expect(documents[0].source.item == nil)
    }

    @Test func plainTextIsCutAtMaxItemBytes() throws {
        let text = "date: 2024-02-08\n\n" + Array(repeating: String(repeating: "A line of text. ", count: 10), count: 20).joined(separator: "\n")
        var documents: [Document] = []
        try ArticleParser(maxItemBytes: 1024).parse(RawInput(name: "a.txt", bytes: Array(text.utf8), received: Fixtures.received)) {
            documents.append($0)
            return true
        }
        #expect(documents.count == 1)
        #expect(documents[0].text.utf8.count <= 1024)
        #expect(documents[0].warnings.contains("article text over max_item_bytes (1024) was cut"))
    }

    @Test func anEmptyInputIsRefused() {
        #expect(Fixtures.refusal([UInt8]())?.reason == "empty file")
    }

    @Test func emitCanStopEarly() throws {
        var seen = 0
        let count = try ArticleParser().parse(
            RawInput(name: "f.xml", bytes: Array(XMLFeedParserTests.rss2.utf8), received: Fixtures.received)
        ) { _ in
            seen += 1
            return false
        }
        #expect(seen == 1)
        #expect(count == 1)
    }

    /// Every feed captured in `../shared/data/feeds/netnewswire` yields records or is refused
    /// with a reason; none crashes or hangs.
    @Test func realFeedsYieldRecordsOrAReason() throws {
        let folder = Fixtures.root.deletingLastPathComponent().appendingPathComponent("shared/data/feeds/netnewswire")
        guard FileManager.default.fileExists(atPath: folder.path) else {
            print("skipped: \(folder.path) is absent")
            return
        }
        var accepted = 0
        var refused: [String: String] = [:]
        for name in try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted() where name != "SOURCE.txt" {
            let bytes = try Array(Data(contentsOf: folder.appendingPathComponent(name)))
            do {
                let documents = try Fixtures.documents(bytes, name: name)
                #expect(!documents.isEmpty, "\(name)")
                #expect(documents.allSatisfy { $0.source.sha256 == SHA256.hex(of: bytes) }, "\(name)")
                accepted += 1
            } catch let failure as StageFailure {
                #expect(!failure.reason.isEmpty)
                refused[name] = failure.reason
            }
        }
        #expect(accepted >= 40)
        #expect(refused.keys.allSatisfy { $0.hasSuffix(".opml") || $0.contains("partial") }, "\(refused)")
    }
}
