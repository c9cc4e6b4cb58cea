import Foundation
import Testing
import WirewatchCore
@testable import WirewatchDaemon

/// `wirewatch eval quotes` on gold written for the tests, and on PolNeAR dev where it is present.
@Suite struct QuoteEvaluationTests {
    /// One gold record: `text` with attributions given as (content, speaker, cue, direct) substrings.
    private func record(_ text: String, _ quotes: [(String, String?, String?, Bool)]) throws -> String {
        func offsets(_ part: String) throws -> (Int, Int) { try EvaluationHarness.offsets(of: part, in: text) }
        var items: [[String: Any]] = []
        for (content, speaker, cue, direct) in quotes {
            let (start, end) = try offsets(content)
            var item: [String: Any] = ["start": start, "end": end, "text": content, "direct_heuristic": direct, "has_source": speaker != nil]
            if let speaker {
                let (s, e) = try offsets(speaker)
                item["speaker_start"] = s
                item["speaker_end"] = e
            }
            if let cue {
                let (s, e) = try offsets(cue)
                item["cue_start"] = s
                item["cue_end"] = e
            }
            items.append(item)
        }
        let object: [String: Any] = ["id": "t", "publication_date": "2024-02-08", "text": text, "quotes": items]
        return String(decoding: try JSONSerialization.data(withJSONObject: object), as: UTF8.self)
    }

    private func evaluate(_ lines: [String]) throws -> [String] {
        let plan = try PipelinePlan.standard()
        return EvaluationHarness.report(lines) { gold, report in QuoteEvaluation(plan: plan, gold: [gold], limit: nil).run(report: report) }
    }

    @Test func perfectPredictionsScoreOne() throws {
        let text = "“We need more time,” the minister told reporters. The agency said that the bridge would reopen in March."
        let report = try evaluate([
            try record(text, [
                ("“We need more time,”", "the minister", "told", true),
                ("that the bridge would reopen in March", "The agency", "said", false),
            ])
        ])
        #expect(report.contains("all attributions: gold 2, predicted 2"))
        #expect(report.contains("  content exact    P 1.0000  R 1.0000  F1 1.0000"))
        #expect(report.contains("  speaker accuracy 1.0000 (of 2 matched)"))
        #expect(report.contains("direct quotes: gold 1, predicted 1"))
        #expect(report.contains { $0.hasPrefix("cue              P 1.0000  R 1.0000") })
    }

    @Test func overlapCountsWhereExactDoesNotAndWrongSpeakersCount() throws {
        let text = "The agency said that the bridge would reopen in March after repairs."
        // Gold stops before "after repairs" and names another speaker span.
        let report = try evaluate([
            try record(text, [("that the bridge would reopen in March", "repairs", "said", false)])
        ])
        #expect(report.contains("  content exact    P 0.0000  R 0.0000  F1 0.0000"))
        #expect(report.contains("  content overlap  P 1.0000  R 1.0000  F1 1.0000"))
        #expect(report.contains("  speaker accuracy 0.0000 (of 1 matched)"))
    }

    @Test func missedAndInventedAttributionsLowerRecallAndPrecision() throws {
        let report = try evaluate([
            try record("The bridge was closed. Nobody knows why.", [("The bridge was closed", nil, nil, false)]),
        ])
        #expect(report.contains("all attributions: gold 1, predicted 0"))
        #expect(report.contains("  content overlap  P 0.0000  R 0.0000  F1 0.0000"))
    }

    /// PolNeAR dev through the shipped model: figures must not fall below what this version
    /// measured (see the README); the targets are higher.
    @Test func polnearDevelopmentFloors() throws {
        guard let gold = EvaluationHarness.sharedData("quotes/polnear/dev.jsonl") else { return }
        var report: [String] = []
        _ = QuoteEvaluation(plan: try EvaluationHarness.shippedPlan(), gold: [gold], limit: nil).run { report.append($0) }
        let lines = EvaluationHarness.split(report)
        print(lines.joined(separator: "\n"))
        func figure(_ heading: String, _ prefix: String, _ field: String) throws -> Double {
            try EvaluationHarness.figure(lines, after: heading, line: prefix, field: field)
        }
        #expect(try figure("direct quotes", "  content overlap", "F1") >= 0.90)
        #expect(try figure("direct quotes", "  speaker accuracy", "accuracy") >= 0.90)
        #expect(try figure("all attributions", "  content overlap", "F1") >= 0.69)
        #expect(try figure("all attributions", "  speaker accuracy", "accuracy") >= 0.84)
    }
}
