import Foundation
import Testing
import WirewatchCore
@testable import WirewatchDaemon

/// `wirewatch train quotes` end to end: PolNeAR-style gold written for the test, a model
/// written into a data folder, and the pipeline reading it back.
@Suite struct QuoteTrainingTests {
    /// A data folder holding the shipped entity model and lexicons (copied: links are not followed).
    private func dataFolder() throws -> TemporaryDirectory {
        let folder = TemporaryDirectory("quote-training")
        let shipped = EvaluationHarness.root.appendingPathComponent("data")
        try FileManager.default.copyItem(atPath: shipped.appendingPathComponent("ner.model").path, toPath: folder.file("ner.model"))
        try FileManager.default.copyItem(atPath: shipped.appendingPathComponent("lexicons").path, toPath: folder.file("lexicons"))
        return folder
    }

    /// A gold record in which "favours" (a verb the rules do not know) attributes its object.
    private func record(_ name: String, _ object: String) throws -> String {
        let text = "Senator \(name) favours \(object). The weather was cold on Monday."
        let content = try EvaluationHarness.offsets(of: object, in: text)
        let cue = try EvaluationHarness.offsets(of: "favours", in: text)
        let speaker = try EvaluationHarness.offsets(of: "Senator \(name)", in: text)
        let quote: [String: Any] = [
            "start": content.start, "end": content.end, "text": object, "cue_start": cue.start, "cue_end": cue.end,
            "cue": "favours", "speaker_start": speaker.start, "speaker_end": speaker.end, "speaker": "Senator \(name)",
        ]
        let object: [String: Any] = ["id": name, "publication_date": "2016-05-01", "text": text, "quotes": [quote]]
        return String(decoding: try JSONSerialization.data(withJSONObject: object), as: UTF8.self)
    }

    @Test func trainsAModelThePipelineUses() throws {
        let data = try dataFolder()
        let pairs = [
            ("Smith", "the new tax plan"), ("Jones", "a ban on imports"), ("Taylor", "higher pay for nurses"),
            ("Wilson", "the rail strike"), ("Evans", "a second referendum"), ("Walker", "lower fuel duty"),
        ]
        data.write("gold.jsonl", try pairs.map { try record($0.0, $0.1) }.joined(separator: "\n") + "\n")
        var options = QuoteTraining.Options(train: [data.file("gold.jsonl")])
        options.epochs = 30
        options.buckets = 1 << 12
        options.rate = 0.05
        options.l2 = 0.1
        var report: [String] = []
        let status = QuoteTraining(options: options, dataDirectory: data.path).run { report.append($0) }
        #expect(status == 0)
        #expect(report.contains { $0.hasPrefix("train: 6 documents, ") && $0.hasSuffix(" tokens, 6 attributions") })
        #expect(report.filter { $0.hasPrefix("epoch ") }.count == 30)
        #expect(report.contains { $0.hasPrefix("filter: ") && $0.hasSuffix(" indirect attributions of the rules, 0 of them right") })
        let model = try #require(try ModelResources.quotesModel(data.path))
        #expect(model.tagger.buckets == 1 << 12)
        #expect(model.filter.threshold == 0.5)

        let plan = try PipelinePlan.standard(
            entities: EntityStage(model: try ModelResources.model(data.path), lexicons: ModelResources.lexicons(data.path)), quotes: model)
        let source = Source(file: "t", format: .jsonl, item: nil, sha256: "", encoding: "utf-8", received: Date())
        let document = try plan.run(Document(source: source, text: "Senator Brown favours the trade deal. The weather was cold on Monday."))
        let quote = try #require(document.quotes.first)
        #expect(quote.cue.map { Array(document.text.utf8)[$0.start..<$0.end] } == Array("favours".utf8)[...])
    }

    @Test func embedsTheWordClustersItTrainedWith() throws {
        let data = try dataFolder()
        data.write("gold.jsonl", try [("Smith", "the new tax plan"), ("Jones", "a ban on imports")].map { try record($0.0, $0.1) }.joined(separator: "\n") + "\n")
        data.write("clusters.tsv", "# word\tcoarse\tfine\nfavours\t1\t2\nsupports\t1\t2\nsenator\t3\t4\n")
        var options = QuoteTraining.Options(train: [data.file("gold.jsonl")])
        options.epochs = 2
        options.buckets = 1 << 10
        options.clusters = data.file("clusters.tsv")
        var report: [String] = []
        #expect(QuoteTraining(options: options, dataDirectory: data.path).run { report.append($0) } == 0)
        #expect(report.contains("clusters: 3 entries from \(data.file("clusters.tsv"))"))
        let model = try #require(try ModelResources.quotesModel(data.path))
        #expect(model.clusters == (try WordClusters(tsv: "favours\t1\t2\nsupports\t1\t2\nsenator\t3\t4\n")))
        #expect(model.tagger.provenance.hasSuffix("word clusters from clusters.tsv"))

        // A missing or malformed clusters file stops the training before anything is written.
        let other = try dataFolder()
        other.write("gold.jsonl", try record("Smith", "the new tax plan") + "\n")
        other.write("bad.tsv", "favours\tone\t2\n")
        for (path, message) in [(other.file("missing.tsv"), "cannot read word clusters"), (other.file("bad.tsv"), "line 1")] {
            var bad = QuoteTraining.Options(train: [other.file("gold.jsonl")])
            bad.clusters = path
            var lines: [String] = []
            #expect(QuoteTraining(options: bad, dataDirectory: other.path).run { lines.append($0) } == 1)
            #expect(lines.contains { $0.contains(message) })
            #expect(!FileManager.default.fileExists(atPath: other.file("quotes.model")))
        }
    }

    @Test func refusesBadSettings() {
        var options = QuoteTraining.Options(train: [])
        options.buckets = 1000
        #expect(QuoteTraining(options: options, dataDirectory: "/nonexistent").run { _ in } == 2)
        var threshold = QuoteTraining.Options(train: [])
        threshold.filterThreshold = 1.5
        var report: [String] = []
        #expect(QuoteTraining(options: threshold, dataDirectory: "/nonexistent").run { report.append($0) } == 2)
        #expect(report == ["the filter threshold is a probability, from 0 to 1"])
    }

    @Test func reportsAnUnreadableFile() throws {
        let data = try dataFolder()
        var report: [String] = []
        let status = QuoteTraining(options: QuoteTraining.Options(train: [data.file("missing.jsonl")]), dataDirectory: data.path).run {
            report.append($0)
        }
        #expect(status == 1)
        #expect(report.contains { $0.contains("cannot read") })
    }
}
