import Foundation
import WirewatchCore

/// `wirewatch eval time GOLD.jsonl…`: TempEval-3 measures of the time expressions.
///
/// Each record's `text` runs through the pipeline with its `dct` as the publication date.
/// Strict extraction needs the same span, relaxed any overlap; type and value accuracy are over
/// the relaxed matches; value F1 counts a match only when the value agrees too.
public struct TimeEvaluation: Sendable {
    public let plan: PipelinePlan
    public let gold: [String]
    public let limit: Int?

    public init(plan: PipelinePlan, gold: [String], limit: Int?) {
        self.plan = plan
        self.gold = gold
        self.limit = limit
    }

    public func run(report: (String) -> Void) -> Int32 {
        var predictedCount = 0
        var goldCount = 0
        var strict = 0
        var relaxed = 0
        var typeCorrect = 0
        var valueCorrect = 0
        var bytes = 0
        var nanos: Int64 = 0
        var documents = 0
        let records = GoldRecords(plan: plan, paths: gold, limit: limit, dateField: "dct")
        let read = records.forEach(report: report) { object, processed, elapsed in
            documents += 1
            nanos += elapsed
            bytes += processed.text.utf8.count
            let offsets = ScalarOffsets(processed.text)
            let mine = processed.times.map { time -> (Int, Int, String, String) in
                let (start, end) = offsets.scalars(time.span)
                return (start, end, time.type.rawValue, time.value)
            }
            var theirs: [(Int, Int, String, String)] = []
            for case let timex as [String: Any] in object["timexes"] as? [Any] ?? [] {
                guard let start = timex["start"] as? Int, let end = timex["end"] as? Int else { continue }
                theirs.append((start, end, timex["type"] as? String ?? "", timex["value"] as? String ?? ""))
            }
            predictedCount += mine.count
            goldCount += theirs.count
            var used = Set<Int>()
            for expected in theirs {
                guard let index = mine.indices.first(where: { !used.contains($0) && mine[$0].0 < expected.1 && expected.0 < mine[$0].1 })
                else { continue }
                used.insert(index)
                relaxed += 1
                if mine[index].0 == expected.0 && mine[index].1 == expected.1 { strict += 1 }
                if mine[index].2 == expected.2 { typeCorrect += 1 }
                if mine[index].3 == expected.3 { valueCorrect += 1 }
            }
        }
        guard read else { return 1 }
        func f1(_ correct: Int) -> (Double, Double, Double) {
            let precision = predictedCount > 0 ? Double(correct) / Double(predictedCount) : 0
            let recall = goldCount > 0 ? Double(correct) / Double(goldCount) : 0
            return (precision, recall, precision + recall > 0 ? 2 * precision * recall / (precision + recall) : 0)
        }
        let (sp, sr, sf) = f1(strict)
        let (rp, rr, rf) = f1(relaxed)
        let (vp, vr, vf) = f1(valueCorrect)
        report("documents \(documents), gold timexes \(goldCount), predicted \(predictedCount)")
        report(String(format: "strict   P %.4f  R %.4f  F1 %.4f", sp, sr, sf))
        report(String(format: "relaxed  P %.4f  R %.4f  F1 %.4f", rp, rr, rf))
        report(String(format: "type accuracy %.4f  value accuracy %.4f (of %d relaxed matches)",
            relaxed > 0 ? Double(typeCorrect) / Double(relaxed) : 0, relaxed > 0 ? Double(valueCorrect) / Double(relaxed) : 0, relaxed))
        report(String(format: "value    P %.4f  R %.4f  F1 %.4f", vp, vr, vf))
        report(String(format: "pipeline MB/s: %.1f (one core, all stages)", Double(bytes) / 1e6 / max(Double(nanos) / 1e9, 1e-9)))
        return 0
    }
}
