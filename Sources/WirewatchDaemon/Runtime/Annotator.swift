import Dispatch
import Foundation
import Synchronization
import WirewatchCore

/// Batch mode: one JSON object per input line in, one article record per line out.
///
/// Input lines are `{"id", "text", "published"?: "YYYY-MM-DD", "title"?}`. Lines are read in
/// batches of `batchSize`, processed on `workers` threads and written in input order, so memory
/// stays constant however long the stream is. A line that cannot be used yields
/// `{"error", "line", "id"?}` in its place, and the run ends with status 1.
public struct Annotator: Sendable {
    public let processor: ArticleProcessor
    public let workers: Int
    public let batchSize: Int
    /// Name written as `source.file` (the input file, or `-`).
    public let sourceName: String

    /// Largest `text` taken from one line, in UTF-8 bytes (`max_item_bytes`); longer ones are
    /// cut with a warning, as the daemon cuts an article. Nil takes it all.
    public let maxTextBytes: Int?

    public init(processor: ArticleProcessor, workers: Int, batchSize: Int, sourceName: String, maxTextBytes: Int? = nil) {
        self.processor = processor
        self.workers = max(1, workers)
        self.batchSize = max(1, batchSize)
        self.sourceName = sourceName
        self.maxTextBytes = maxTextBytes
    }

    /// Reads lines from `input` and writes records to `output`. Returns (records, errors).
    public func run(input: LineReader, output: (inout [UInt8]) -> Void) -> (records: Int, errors: Int) {
        var records = 0
        var errors = 0
        var lineNumber = 0
        var batch: [(Int, [UInt8])] = []
        batch.reserveCapacity(batchSize)
        func flush() {
            let results = Mutex([[UInt8]?](repeating: nil, count: batch.count))
            let lines = batch
            let chunk = max(1, (lines.count + workers - 1) / workers)
            DispatchQueue.concurrentPerform(iterations: (lines.count + chunk - 1) / chunk) { part in
                for index in (part * chunk)..<min(lines.count, (part + 1) * chunk) {
                    let line = annotate(lines[index].1, lineNumber: lines[index].0)
                    results.withLock { $0[index] = line }
                }
            }
            var buffer: [UInt8] = []
            for result in results.withLock({ $0 }) {
                guard let result else { continue }
                if result.starts(with: Array("{\"error\"".utf8)) { errors += 1 } else { records += 1 }
                buffer.append(contentsOf: result)
                buffer.append(0x0A)
            }
            output(&buffer)
            batch.removeAll(keepingCapacity: true)
        }
        while let line = input.next() {
            lineNumber += 1
            if line.allSatisfy({ $0 == 0x20 || $0 == 0x09 || $0 == 0x0D }) { continue }
            batch.append((lineNumber, line))
            if batch.count == batchSize { flush() }
        }
        if !batch.isEmpty { flush() }
        return (records, errors)
    }

    /// The output line for one input line.
    func annotate(_ line: [UInt8], lineNumber: Int) -> [UInt8] {
        var id: String?
        func failure(_ message: String) -> [UInt8] {
            var fields: [String: JSONValue] = ["error": .string(message), "line": .int(lineNumber)]
            if let id { fields["id"] = .string(id) }
            return JSONValue.object(fields).serialized()
        }
        guard let object = (try? JSONSerialization.jsonObject(with: Data(line))) as? [String: Any] else {
            return failure("not a JSON object")
        }
        switch object["id"] {
        case let text as String: id = text
        case let number as NSNumber: id = number.stringValue
        case nil, is NSNull: return failure("missing \"id\"")
        default: return failure("\"id\" must be a string or a number")
        }
        guard let text = object["text"] as? String else { return failure("missing \"text\" (a string)") }
        let published = object["published"] as? String
        if object["published"] != nil && !(object["published"] is NSNull) && published == nil {
            return failure("\"published\" must be a string")
        }
        let title = object["title"] as? String
        do throws(StageFailure) {
            let document = try PlainTextParser(maxTextBytes: maxTextBytes).document(
                text: text, id: id, item: lineNumber - 1, file: sourceName, published: published, title: title,
                received: Date())
            return try processor.record(for: document)
        } catch {
            return failure(error.description)
        }
    }
}
