import Foundation
import Testing
import WirewatchCore
@testable import WirewatchDaemon

@Suite struct AnnotatorTests {
    private func annotate(_ input: String, batchSize: Int = 2, maxTextBytes: Int? = nil) throws -> (lines: [[String: Any]], totals: (records: Int, errors: Int)) {
        let folder = TemporaryDirectory("annotate")
        folder.write("in.jsonl", input)
        let fd = open(folder.file("in.jsonl"), O_RDONLY)
        defer { close(fd) }
        let annotator = Annotator(
            processor: ArticleProcessor(plan: try PipelinePlan.standard(), record: ArticleRecord()), workers: 2,
            batchSize: batchSize, sourceName: "in.jsonl", maxTextBytes: maxTextBytes)
        var output: [UInt8] = []
        let totals = annotator.run(input: LineReader(descriptor: fd)) { output.append(contentsOf: $0) }
        let lines = String(decoding: output, as: UTF8.self).split(separator: "\n").map {
            (try? JSONSerialization.jsonObject(with: Data($0.utf8))) as? [String: Any] ?? [:]
        }
        return (lines, totals)
    }

    @Test func aTextOverMaxItemBytesIsCutWithAWarning() throws {
        let text = Array(repeating: "A sentence of some length goes here.", count: 60).joined(separator: "\\n")
        let (lines, totals) = try annotate(#"{"id": "long", "text": "\#(text)"}"# + "\n", maxTextBytes: 1024)
        #expect(totals.records == 1 && totals.errors == 0)
        #expect(((lines.first?["text"] as? String)?.utf8.count ?? .max) <= 1024)
        #expect((lines.first?["warnings"] as? [String])?.contains("article text over max_item_bytes (1024) was cut") == true)
    }

    @Test func oneRecordPerLineInOrderWithIdsEchoed() throws {
        var input = ""
        for index in 0..<7 {
            input += #"{"id": "doc-\#(index)", "text": "Article number \#(index). It has two sentences.", "published": "2024-02-08", "title": "T\#(index)"}"# + "\n"
        }
        let (lines, totals) = try annotate(input, batchSize: 3)
        #expect(totals.records == 7 && totals.errors == 0)
        #expect(lines.count == 7)
        for (index, line) in lines.enumerated() {
            let source = line["source"] as? [String: Any]
            #expect(source?["id"] as? String == "doc-\(index)")
            #expect(source?["format"] as? String == "jsonl")
            #expect(line["published"] as? String == "2024-02-08")
            #expect(line["title"] as? String == "T\(index)")
            #expect((line["sentences"] as? [Any])?.count == 2)
        }
    }

    @Test func badLinesBecomeErrorLinesInPlace() throws {
        let input = """
            {"id": 1, "text": "Fine text here."}
            not json
            {"id": "x"}
            {"id": "y", "text": "Text.", "published": "someday"}

            {"id": "z", "text": "Last one."}
            """
        let (lines, totals) = try annotate(input)
        #expect(totals.records == 2 && totals.errors == 3)
        #expect(lines.count == 5)
        #expect((lines[0]["source"] as? [String: Any])?["id"] as? String == "1")
        #expect(lines[1]["error"] as? String == "not a JSON object")
        #expect(lines[1]["line"] as? Int == 2)
        #expect((lines[2]["error"] as? String)?.contains("text") == true)
        #expect(lines[3]["id"] as? String == "y")
        #expect((lines[4]["source"] as? [String: Any])?["id"] as? String == "z")
    }
}
