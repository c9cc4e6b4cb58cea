import Foundation
import Testing
import WirewatchCore
@testable import WirewatchDaemon

/// What the evaluation tests share: gold written on the fly, the report an evaluation prints
/// over it, the shipped pipeline, and the figures read back from a report.
enum EvaluationHarness {
    /// The repository's root folder; `../shared` sits beside it.
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()

    /// `path` under `../shared/data`, or nil (with the reason printed) when it is absent.
    static func sharedData(_ path: String) -> String? {
        let full = root.deletingLastPathComponent().appendingPathComponent("shared/data/" + path).path
        guard FileManager.default.fileExists(atPath: full) else {
            print("skipped: \(full) is absent")
            return nil
        }
        return full
    }

    /// Code point offsets of the first `part` in `text`, as the gold files count them.
    static func offsets(of part: String, in text: String) throws -> (start: Int, end: Int) {
        let range = try #require(text.range(of: part))
        let start = text.unicodeScalars.distance(from: text.unicodeScalars.startIndex, to: range.lowerBound)
        return (start, start + part.unicodeScalars.count)
    }

    /// The report lines of `evaluate` run over `lines` written as one gold file; the run must succeed.
    static func report(_ lines: [String], _ evaluate: (_ gold: String, _ report: (String) -> Void) -> Int32) -> [String] {
        let folder = TemporaryDirectory("evaluation")
        folder.write("gold.jsonl", lines.joined(separator: "\n") + "\n")
        var report: [String] = []
        let status = evaluate(folder.file("gold.jsonl")) { report.append($0) }
        #expect(status == 0)
        return split(report)
    }

    /// Report text as lines.
    static func split(_ report: [String]) -> [String] {
        report.joined(separator: "\n").split(separator: "\n").map(String.init)
    }

    /// The shipped pipeline with the entity and attribution models from `data/`.
    static func shippedPlan() throws -> PipelinePlan {
        let data = root.appendingPathComponent("data").path
        return try PipelinePlan.standard(
            entities: EntityStage(model: try ModelResources.model(data), lexicons: ModelResources.lexicons(data)),
            quotes: try #require(try ModelResources.quotesModel(data), "data/quotes.model is missing"))
    }

    /// The number after `field` on the first line starting with `prefix`, after the line starting with `heading` if given.
    static func figure(_ lines: [String], after heading: String? = nil, line prefix: String, field: String) throws -> Double {
        let start = try heading.map { heading in try #require(lines.firstIndex { $0.hasPrefix(heading) }) } ?? 0
        let line = try #require(lines[start...].first { $0.hasPrefix(prefix) })
        let parts = line.split(separator: " ").map(String.init)
        let index = try #require(parts.lastIndex(of: field))
        return try #require(Double(parts[index + 1]))
    }
}
