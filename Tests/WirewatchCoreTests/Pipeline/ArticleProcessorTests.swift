import Foundation
import Testing
import WirewatchCore

@Suite struct ArticleProcessorTests {
    @Test func producesARecordPerInput() throws {
        let processor = ArticleProcessor(plan: try PipelinePlan.standard(), record: ArticleRecord())
        let input = RawInput(name: "x.txt", bytes: Array("date: 2024-02-08\n\nThe talks ended. Both sides left.".utf8), received: Fixtures.received)
        let record = try JSONTree.parse(try processor.record(for: input))
        #expect(record["published"]?.string == "2024-02-08")
        #expect(record["sentences"]?.array?.count == 2)
        #expect(record["schema"]?.string == "wirewatch.article/1")
    }

    /// Reads the BBC corpus when `../shared/data` is present: every article parses, gets
    /// sentences, and the deliberately Latin-1 file is decoded as Windows-1252.
    @Test func theBBCCorpusParses() throws {
        let corpus = Fixtures.root.deletingLastPathComponent().appendingPathComponent("shared/data/corpus/bbc")
        guard FileManager.default.fileExists(atPath: corpus.path) else {
            print("skipped: \(corpus.path) is absent")
            return
        }
        let processor = ArticleProcessor(plan: try PipelinePlan.standard(), record: ArticleRecord())
        var count = 0
        for category in ["business", "entertainment", "politics", "sport", "tech"] {
            let folder = corpus.appendingPathComponent(category)
            for name in try FileManager.default.contentsOfDirectory(atPath: folder.path) where name.hasSuffix(".txt") {
                let bytes = try Array(Data(contentsOf: folder.appendingPathComponent(name)))
                let document = try processor.document(for: RawInput(name: name, bytes: bytes, received: Fixtures.received))
                #expect(document.sentences.count >= 2, "\(category)/\(name)")
                #expect(document.language == "en", "\(category)/\(name)")
                if category == "sport" && name == "199.txt" { #expect(document.source.encoding == "windows-1252") }
                count += 1
            }
        }
        #expect(count == 2225)
    }
}
