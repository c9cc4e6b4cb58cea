import Foundation
import Testing
import WirewatchCore
@testable import WirewatchDaemon

/// `wirewatch eval time` on gold written for the tests, and on TimeBank + AQUAINT where present.
@Suite struct TimeEvaluationTests {
    /// One gold record: `text` with timexes given as (text, type, value) substrings, offsets in code points.
    private func record(_ text: String, dct: String, _ timexes: [(String, String, String)]) throws -> String {
        var items: [[String: Any]] = []
        for (part, type, value) in timexes {
            let (start, end) = try EvaluationHarness.offsets(of: part, in: text)
            items.append(["start": start, "end": end, "text": part, "type": type, "value": value])
        }
        let object: [String: Any] = ["id": "t", "dct": dct, "text": text, "timexes": items]
        return String(decoding: try JSONSerialization.data(withJSONObject: object), as: UTF8.self)
    }

    private func evaluate(_ lines: [String]) throws -> [String] {
        let plan = try PipelinePlan.standard()
        return EvaluationHarness.report(lines) { gold, report in TimeEvaluation(plan: plan, gold: [gold], limit: nil).run(report: report) }
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
        guard let timebank = EvaluationHarness.sharedData("timex/timebank-tbaq.jsonl"), let aquaint = EvaluationHarness.sharedData("timex/aquaint-tbaq.jsonl")
        else { return }
        var report: [String] = []
        _ = TimeEvaluation(plan: try EvaluationHarness.shippedPlan(), gold: [timebank, aquaint], limit: nil).run { report.append($0) }
        let lines = EvaluationHarness.split(report)
        print(lines.joined(separator: "\n"))
        #expect(try EvaluationHarness.figure(lines, line: "relaxed", field: "F1") >= 0.93)
        #expect(try EvaluationHarness.figure(lines, line: "value", field: "F1") >= 0.78)
    }
}
