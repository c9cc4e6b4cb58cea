import Foundation
import WirewatchCore

extension InputFile {
    /// Parses this file with `parser`, reading it in chunks (twice for XML: hash, then parse).
    /// Returns the number of documents emitted.
    @discardableResult
    public func parse(
        with parser: ArticleParser, name: String, received: Date = Date(), emit: (Document) -> Bool
    ) throws(StageFailure) -> Int {
        try parser.parse(
            name: name, received: received, modified: modified,
            chunks: { body throws(StageFailure) in try forEachChunk(body) }, emit: emit)
    }
}
