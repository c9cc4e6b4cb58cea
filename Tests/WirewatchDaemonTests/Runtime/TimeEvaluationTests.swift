import Foundation
import Testing
import WirewatchCore
@testable import WirewatchDaemon

/// `wirewatch eval time` on gold written for the tests, and on TimeBank + AQUAINT where present.
@Suite struct TimeEvaluationTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()

    /// One gold record: `text` with timexes given as (text, type, value) substrings, offsets in code points.
    private func record(_ text: String, dct: String, _ timexes: [(String, String, String)]) throws -> String {
        var items: [[String: Any]] = []
        for (part, type, value) in timexes {
            let range = try #require(text.range(of: part))
            let start = text.unicodeScalars.distance(from: text.unicodeScalars.startIndex, to: range.lowerBound)
            items.append(["start": start, "end": start + part.unicodeScalars.count, "text": part, "type": type, "value": value])
        }
        let object: [String: Any] = ["id": "t", "dct": dct, "text": text, "timexes": items]
        return String(decoding: try JSONSerialization.data(withJSONObject: object), as: UTF8.self)
    }

    private func evaluate(_ lines: [String]) throws -> [String] {
        let folder = TemporaryDirectory("times")
        folder.write("gold.jsonl", lines.joined(separator: "\n") + "\n")
        var report: [String] = []
        let status = TimeEvaluation(plan: try PipelinePlan.standard(), gold: [folder.file("gold.jsonl")], limit: nil).run { report.append($0) }
        #expect(status == 0)
        return report.joined(separator: "\n").split(separator: "\n").map(String.init)
    }

    @Test func perfectPredictionsScoreOne() throws {
        // A leading newline must not shift the offsets: the gold indexes the raw text.
        let text = "\nThe minister arrived yesterday and will stay for two weeks."
        let report = try evaluate([try record(text, dct: "2024-02-08", [("yesterday", "DATE", "2024-02-07"), ("two weeks", "DURATION", "P2W")])])
        #expect(report.contains("documents 1, gold timexes 2, predicted 2"))
        #expect(report.contains("strict   P 1.0000  R 1.0000  F1 1.0000"))
        #expect(report.contains("value    P 1.0000  R 1.0000  F1 1.0000"))
    }

    @Test func aWrongValueCountsForRelaxedButNotForValue() throws {
        // Gold spans "Tuesday" with another value and takes the whole "for two weeks".
        let text = "He left on Tuesday for two weeks."
        let report = try evaluate([try record(text, dct: "2024-02-08", [("Tuesday", "DATE", "2024-02-13"), ("for two weeks", "DURATION", "P2W")])])
        #expect(report.contains("strict   P 0.5000  R 0.5000  F1 0.5000"))
        #expect(report.contains("relaxed  P 1.0000  R 1.0000  F1 1.0000"))
        #expect(report.contains("value    P 0.5000  R 0.5000  F1 0.5000"))
    }

    @Test func anUnreadableFileFails() throws {
        var report: [String] = []
        let status = TimeEvaluation(plan: try PipelinePlan(extract: [], enrich: []), gold: ["/nonexistent/gold.jsonl"], limit: nil).run { report.append($0) }
        #expect(status == 1)
        #expect(report.contains { $0.hasPrefix("cannot read") })
    }

    /// TimeBank + AQUAINT through the shipped pipeline: figures must not fall below what this
    /// version measured (see the README); the value target is higher.
    @Test func timebankAndAquaintFloors() throws {
        let folder = Self.root.deletingLastPathComponent().appendingPathComponent("shared/data/timex")
        let gold = ["timebank-tbaq.jsonl", "aquaint-tbaq.jsonl"].map { folder.appendingPathComponent($0).path }
        guard gold.allSatisfy({ FileManager.default.fileExists(atPath: $0) }) else {
            print("skipped: \(folder.path) has no TimeBank/AQUAINT files")
            return
        }
        let data = Self.root.appendingPathComponent("data").path
        let plan = try PipelinePlan.standard(entities: EntityStage(model: try NERResources.model(data), lexicons: NERResources.lexicons(data)))
        var report: [String] = []
        _ = TimeEvaluation(plan: plan, gold: gold, limit: nil).run { report.append($0) }
        print(report.joined(separator: "\n"))
        func f1(_ prefix: String) throws -> Double {
            let line = try #require(report.first { $0.hasPrefix(prefix) })
            let parts = line.split(separator: " ").map(String.init)
            let index = try #require(parts.lastIndex(of: "F1"))
            return try #require(Double(parts[index + 1]))
        }
        #expect(try f1("relaxed") >= 0.93)
        #expect(try f1("value") >= 0.78)
    }
}
