import Foundation

/// Turns any input — a plain-text article, an RSS/RDF/Atom feed, a JSON Feed — into documents.
///
/// The input is read through `chunks`, a function that hands over the input's bytes in order
/// from the start and may be called more than once: the daemon reads a file in 64 KiB pieces, a
/// test or `annotate` hands over an array. XML feeds are read twice — once to hash the bytes
/// (record ids depend on the whole input's SHA-256), once to parse them — and their items are
/// emitted as they are parsed, so a feed of any size costs bounded memory. Plain text and JSON
/// are read whole (the caller bounds their size).
public struct ArticleParser: Sendable {
    /// Largest text taken from one feed item or plain-text article, in UTF-8 bytes.
    public var maxItemBytes: Int

    public init(maxItemBytes: Int = 4 * 1024 * 1024) {
        self.maxItemBytes = maxItemBytes
    }

    /// A function that calls `body` with each chunk of the input, in order; `body` returns false to stop.
    public typealias Chunks = ((UnsafeBufferPointer<UInt8>) throws(StageFailure) -> Bool) throws(StageFailure) -> Void

    /// Parses an input, calling `emit` with each document in order; `emit` returns false to stop
    /// early. Returns the number of documents emitted.
    @discardableResult
    public func parse(
        name: String, received: Date, modified: Date?, chunks: Chunks, emit: (Document) -> Bool
    ) throws(StageFailure) -> Int {
        var head: [UInt8] = []
        try chunks { chunk throws(StageFailure) in
            head.append(contentsOf: chunk.prefix(4096 - head.count))
            return head.count < 4096
        }
        guard !head.isEmpty else { throw StageFailure(stage: TextDecoder.stage, reason: "empty file") }
        switch FeedFormat.sniff(head) {
        case .text:
            let bytes = try Self.readAll(chunks)
            let document = try PlainTextParser(maxTextBytes: maxItemBytes).parse(RawInput(name: name, bytes: bytes, received: received, modified: modified))
            _ = emit(document)
            return 1
        case .json:
            let bytes = try Self.readAll(chunks)
            let result = try JSONFeedParser.parse(bytes, maxItemBytes: maxItemBytes)
            let builder = FeedDocumentBuilder(
                name: name, sha256: SHA256.hex(of: bytes), encoding: "utf-8", format: .json, received: received,
                modified: modified)
            var count = 0
            for (position, item) in result.items.enumerated() {
                count += 1
                let document = builder.document(
                    item, position: position, feed: result.feed, feedDate: result.feedDate, warnings: result.warnings)
                if !emit(document) { break }
            }
            return count
        case .xml:
            return try parseXML(name: name, received: received, modified: modified, chunks: chunks, emit: emit)
        }
    }

    /// Parses bytes held in memory.
    @discardableResult
    public func parse(_ input: RawInput, emit: (Document) -> Bool) throws(StageFailure) -> Int {
        try parse(
            name: input.name, received: input.received, modified: input.modified,
            chunks: { body throws(StageFailure) in
                var offset = 0
                try input.bytes.withUnsafeBufferPointer { (all: UnsafeBufferPointer<UInt8>) throws(StageFailure) in
                    repeat {
                        let end = min(all.count, offset + 65536)
                        guard try body(UnsafeBufferPointer(rebasing: all[offset..<end])) else { return }
                        offset = end
                    } while offset < all.count
                }
            }, emit: emit)
    }

    private func parseXML(
        name: String, received: Date, modified: Date?, chunks: Chunks, emit: (Document) -> Bool
    ) throws(StageFailure) -> Int {
        var hasher = SHA256()
        try chunks { chunk throws(StageFailure) in
            hasher.update(chunk)
            return true
        }
        let sha256 = hasher.finalizeHex()
        // The parser keeps its item callback only while this function runs.
        return try withoutActuallyEscaping(emit) { (emit) throws(StageFailure) -> Int in
            var count = 0
            var stopped = false
            let parser = XMLFeedParser(maxItemBytes: maxItemBytes) { item, emission in
                guard !stopped else { return }
                let builder = FeedDocumentBuilder(
                    name: name, sha256: sha256, encoding: emission.encoding, format: emission.format,
                    received: received, modified: modified)
                let document = builder.document(
                    item, position: count, feed: emission.feed, feedDate: emission.feedDate, warnings: emission.warnings)
                count += 1
                if !emit(document) { stopped = true }
            }
            try chunks { chunk throws(StageFailure) in
                try parser.push(chunk)
                return !stopped
            }
            if !stopped { _ = try parser.finish() }
            return count
        }
    }

    private static func readAll(_ chunks: Chunks) throws(StageFailure) -> [UInt8] {
        var bytes: [UInt8] = []
        try chunks { chunk throws(StageFailure) in
            bytes.append(contentsOf: chunk)
            return true
        }
        return bytes
    }
}
