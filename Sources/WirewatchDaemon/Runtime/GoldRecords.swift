import Foundation
import WirewatchCore

/// Runs the records of annotated JSONL files through the pipeline, for the evaluations whose
/// gold sits in each record beside its `text` (times, quotes).
struct GoldRecords {
    let plan: PipelinePlan
    let paths: [String]
    /// Records taken from each file, at most.
    let limit: Int?
    /// The record field holding the publication date (`dct`, `publication_date`).
    let dateField: String

    /// Calls `body` with each record's JSON object, its processed document and the pipeline's
    /// time on it in nanoseconds. Lines without `text`, and records the pipeline refuses, are
    /// skipped. Returns false, after reporting it, when a file cannot be read.
    func forEach(report: (String) -> Void, _ body: (_ record: [String: Any], _ processed: Document, _ nanos: Int64) -> Void) -> Bool {
        for path in paths {
            guard let data = FileManager.default.contents(atPath: path) else {
                report("cannot read \(path)")
                return false
            }
            var taken = 0
            for line in data.split(separator: 0x0A) where !line.isEmpty {
                if let limit, taken >= limit { break }
                guard let object = (try? JSONSerialization.jsonObject(with: Data(line))) as? [String: Any],
                    let text = object["text"] as? String
                else { continue }
                taken += 1
                let source = Source(file: path, format: .jsonl, item: nil, sha256: "", encoding: "utf-8", received: Date())
                var document = Document(source: source, text: text)
                document.published = object[dateField] as? String
                let started = MonotonicClock.now()
                guard let processed = try? plan.run(document) else { continue }
                body(object, processed, MonotonicClock.now() - started)
            }
        }
        return true
    }
}
