import Foundation
import Testing
import WirewatchCore

@Suite struct ArticleRecordTests {
    private static let seeds = Fixtures.root.appendingPathComponent("seeds")
    private static let golden = Fixtures.root.appendingPathComponent("Tests/WirewatchCoreTests/Output/Golden")
    private static let schema = Fixtures.root.appendingPathComponent("schema/article.schema.json")

    static var seedNames: [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: seeds.path)) ?? []).filter { !$0.hasPrefix(".") }.sorted()
    }

    /// The records of a seed file (one for an article, one per item for a feed).
    private func records(of name: String, emitTokens: Bool = false) throws -> [[UInt8]] {
        let bytes = try Array(Data(contentsOf: Self.seeds.appendingPathComponent(name)))
        let processor = ArticleProcessor(plan: try Fixtures.plan(), record: ArticleRecord(emitTokens: emitTokens))
        return try processor.records(for: RawInput(name: name, bytes: bytes, received: Fixtures.received))
    }

    @Test func thereAreSeeds() {
        #expect(Self.seedNames.count >= 3)
    }

    /// Pins the record of every file in `seeds/`. Re-record with `RECORD_GOLDEN=1 swift test`.
    @Test(arguments: seedNames)
    func seedRecordsMatchTheirGoldenFiles(name: String) throws {
        let trees = try records(of: name).map { try JSONTree.parse($0) }
        let actual = JSONValue.array(trees.map(JSONValue.fromTree)).serializedString(pretty: true) + "\n"
        let goldenFile = Self.golden.appendingPathComponent(name + ".json")
        if ProcessInfo.processInfo.environment["RECORD_GOLDEN"] == "1" {
            try FileManager.default.createDirectory(at: Self.golden, withIntermediateDirectories: true)
            try actual.write(to: goldenFile, atomically: true, encoding: .utf8)
        }
        let expected = try String(contentsOf: goldenFile, encoding: .utf8)
        #expect(actual == expected, "record of seeds/\(name) changed; if intended, re-record with RECORD_GOLDEN=1")
    }

    @Test(arguments: seedNames)
    func seedRecordsFollowTheSchema(name: String) throws {
        let schema = try JSONTree.parse(Array(Data(contentsOf: Self.schema)))
        let checker = SchemaChecker(root: schema)
        for emitTokens in [false, true] {
            for bytes in try records(of: name, emitTokens: emitTokens) {
                #expect(checker.problems(try JSONTree.parse(bytes)) == [], "\(name), emit_tokens \(emitTokens)")
            }
        }
    }

    @Test func beforeAndAfterModsFollowTheSchema() throws {
        let schema = try JSONTree.parse(Array(Data(contentsOf: Self.schema)))
        let processor = ArticleProcessor(plan: try Fixtures.plan(), record: ArticleRecord(emitTokens: false))
        let text = "The post-1959 politics and pre-2000 prices split families."
        let records = try processor.records(for: RawInput(name: "mods.txt", bytes: Array(text.utf8), received: Fixtures.received))
        for bytes in records {
            #expect(SchemaChecker(root: schema).problems(try JSONTree.parse(bytes)) == [])
            let object = try JSONSerialization.jsonObject(with: Data(bytes)) as? [String: Any]
            let mods = (object?["times"] as? [[String: Any]] ?? []).compactMap { $0["mod"] as? String }
            #expect(mods == ["AFTER", "BEFORE"])
        }
        #expect(records.count == 1)
    }

    @Test func theCheckerCatchesABrokenRecord() throws {
        let schema = try JSONTree.parse(Array(Data(contentsOf: Self.schema)))
        let broken = try JSONTree.parse(Array(#"{"schema":"wirewatch.article/2","sentences":[{"start":-1}]}"#.utf8))
        #expect(SchemaChecker(root: schema).problems(broken).count > 5)
    }

    @Test func spansAreCodePointOffsetsWithTheirText() throws {
        var document = try TokenizationStage().process(try Fixtures.document("Café “Zürich” 😀 opens."))
        document.quotes = [Quote(span: document.tokens[2].span, kind: .direct, speaker: nil, cue: nil)]
        let record = try JSONTree.parse(ArticleRecord(emitTokens: true).encode(document))
        let text = try #require(record["text"]?.string)
        let tokens = try #require(record["tokens"]?.array)
        for token in tokens {
            let start = Int(try #require(token["start"]?.number))
            let end = Int(try #require(token["end"]?.number))
            let scalars = Array(text.unicodeScalars)
            #expect(String(String.UnicodeScalarView(scalars[start..<end])) == token["text"]?.string)
        }
        #expect(record["quotes"]?.array?.first?["text"]?.string == "Zürich")
        #expect(record["quotes"]?.array?.first?["start"]?.number == 6)
        #expect(record["quotes"]?.array?.first?["speaker"] == .null)
    }

    @Test func tokensOnlyWhenAskedFor() throws {
        let document = try TokenizationStage().process(try Fixtures.document("A short text."))
        #expect(try JSONTree.parse(ArticleRecord(emitTokens: false).encode(document))["tokens"] == nil)
        #expect(try JSONTree.parse(ArticleRecord(emitTokens: true).encode(document))["tokens"]?.array?.count == 4)
    }
}

extension JSONValue {
    /// Rebuilds a value from a parsed tree (integers as integers), to pretty-print golden files.
    static func fromTree(_ tree: JSONTree) -> JSONValue {
        switch tree {
        case .null: .null
        case .bool(let value): .bool(value)
        case .number(let value): value == value.rounded() && abs(value) < 1e15 ? .int(Int(value)) : .double(value)
        case .string(let value): .string(value)
        case .array(let values): .array(values.map(fromTree))
        case .object(let members): .object(members.mapValues(fromTree))
        }
    }
}
