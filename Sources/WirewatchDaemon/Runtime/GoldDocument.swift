import Foundation
import WirewatchCore

/// One record of an annotated JSONL corpus (`../shared/data/ner/*/*.jsonl`): text, entity
/// spans and optional sentence spans, with code point offsets turned into UTF-8 offsets.
public struct GoldDocument: Sendable {
    public struct Entity: Sendable, Hashable {
        /// UTF-8 offsets into `text`.
        public var span: Span
        /// The coarse type: PER, ORG, LOC or MISC.
        public var coarse: String
    }

    public var id: String
    public var text: String
    public var entities: [Entity]
    /// UTF-8 ranges of the sentences; the whole text when the corpus gives none.
    public var sentences: [Span]
    /// Code point offsets of the entities as given (for evaluation on records).
    public var scalarEntities: [(start: Int, end: Int, coarse: String)]

    /// Reads every line of a JSONL file. Lines that are not records are skipped and counted.
    public static func read(_ path: String) throws(SystemError) -> (documents: [GoldDocument], skipped: Int) {
        guard let data = FileManager.default.contents(atPath: path) else { throw SystemError("read", path, code: ENOENT) }
        var documents: [GoldDocument] = []
        var skipped = 0
        for line in data.split(separator: 0x0A) where !line.isEmpty {
            guard let object = (try? JSONSerialization.jsonObject(with: Data(line))) as? [String: Any],
                let text = object["text"] as? String
            else {
                skipped += 1
                continue
            }
            let byteOffset = Self.byteOffsets(text)
            func bytes(_ scalar: Int) -> Int { byteOffset[min(max(scalar, 0), byteOffset.count - 1)] }
            var entities: [Entity] = []
            var scalarEntities: [(Int, Int, String)] = []
            for case let entity as [String: Any] in object["entities"] as? [Any] ?? [] {
                guard let start = entity["start"] as? Int, let end = entity["end"] as? Int,
                    let coarse = (entity["coarse"] as? String) ?? (entity["type"] as? String),
                    ["PER", "ORG", "LOC", "MISC"].contains(coarse)
                else { continue }
                entities.append(Entity(span: Span(start: bytes(start), end: bytes(end)), coarse: coarse))
                scalarEntities.append((start, end, coarse))
            }
            var sentences: [Span] = []
            for case let pair as [Any] in object["sentences"] as? [Any] ?? [] {
                guard pair.count == 2, let start = pair[0] as? Int, let end = pair[1] as? Int else { continue }
                sentences.append(Span(start: bytes(start), end: bytes(end)))
            }
            if sentences.isEmpty { sentences = [Span(start: 0, end: text.utf8.count)] }
            documents.append(
                GoldDocument(
                    id: object["id"] as? String ?? "\(documents.count)", text: text, entities: entities,
                    sentences: sentences, scalarEntities: scalarEntities))
        }
        return (documents, skipped)
    }

    /// UTF-8 offset of every code point offset (one past the end included).
    static func byteOffsets(_ text: String) -> [Int] {
        var offsets: [Int] = []
        offsets.reserveCapacity(text.utf8.count + 1)
        var position = 0
        for scalar in text.unicodeScalars {
            offsets.append(position)
            position += UTF8.width(scalar)
        }
        offsets.append(position)
        return offsets
    }
}
