import Foundation
import Testing
import WirewatchCore

/// Paths and helpers shared by the core tests.
enum Fixtures {
    /// The package root, found from this file's path.
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()

    /// A fixed reception time so records are reproducible.
    static let received = Date(timeIntervalSince1970: 1_700_000_000)

    /// A document of `text` as if read from a file called `name`.
    static func document(_ text: String, name: String = "test.txt") throws -> Document {
        try PlainTextParser().parse(RawInput(name: name, bytes: Array(text.utf8), received: received))
    }

    /// The token texts of `text`.
    static func tokens(_ text: String) -> [String] {
        let utf8 = Array(text.utf8)
        return Tokenizer().tokenize(text).map { String(decoding: utf8[$0.span.start..<$0.span.end], as: UTF8.self) }
    }

    /// The sentence texts of `text`.
    static func sentences(_ text: String) -> [String] {
        let utf8 = Array(text.utf8)
        let tokens = Tokenizer().tokenize(text)
        return SentenceSplitter().split(text, tokens: tokens).map {
            String(decoding: utf8[$0.start..<$0.end], as: UTF8.self)
        }
    }
}

extension Fixtures {
    /// The documents of an input given as bytes, parsed as the daemon parses files.
    static func documents(_ bytes: [UInt8], name: String = "feed.xml", maxItemBytes: Int = 4 * 1024 * 1024, modified: Date? = nil)
        throws -> [Document]
    {
        var documents: [Document] = []
        try ArticleParser(maxItemBytes: maxItemBytes).parse(
            RawInput(name: name, bytes: bytes, received: received, modified: modified)
        ) { document in
            documents.append(document)
            return true
        }
        return documents
    }

    static func documents(_ text: String, name: String = "feed.xml", modified: Date? = nil) throws -> [Document] {
        try documents(Array(text.utf8), name: name, modified: modified)
    }

    /// The failure an input is refused with, or nil when it is accepted.
    static func refusal(_ bytes: [UInt8], name: String = "feed.xml") -> StageFailure? {
        do {
            _ = try documents(bytes, name: name)
            return nil
        } catch let failure as StageFailure {
            return failure
        } catch {
            return StageFailure(stage: "?", reason: "\(error)")
        }
    }

    static func refusal(_ text: String) -> StageFailure? { refusal(Array(text.utf8)) }
}

extension Fixtures {
    /// The lexicons shipped in `data/lexicons/`.
    static let lexicons: Lexicons = {
        var files: [String: String] = [:]
        for name in Lexicons.fileNames {
            if let data = FileManager.default.contents(atPath: root.appendingPathComponent("data/lexicons/\(name)").path) {
                files[name] = String(decoding: data, as: UTF8.self)
            }
        }
        return Lexicons(files: files)
    }()

    /// The model shipped in `data/ner.model`.
    static let model: TaggerModel? = {
        guard let data = FileManager.default.contents(atPath: root.appendingPathComponent("data/ner.model").path) else { return nil }
        return try? TaggerModel(bytes: Array(data))
    }()

    /// The attribution model shipped in `data/quotes.model`.
    static let quotesModel: AttributionModel? = {
        guard let data = FileManager.default.contents(atPath: root.appendingPathComponent("data/quotes.model").path) else { return nil }
        return try? AttributionModel(bytes: Array(data))
    }()

    /// The pipeline the daemon runs: with the shipped models and lexicons.
    static func plan() throws -> PipelinePlan {
        let model = try #require(Self.model, "data/ner.model is missing")
        let quotes = try #require(Self.quotesModel, "data/quotes.model is missing")
        return try PipelinePlan.standard(entities: EntityStage(model: model, lexicons: lexicons), quotes: quotes)
    }
}
