import Testing
@testable import WirewatchCore

/// Who said what through the standard pipeline (shipped model and lexicons), on an article
/// written for the tests.
@Suite struct QuoteStageTests {
    static let article = """
        Norwegian Ambassador to Canada Ingrid Solberg announced the talks on Monday.

        “We expect a result within weeks,” the diplomat told reporters.

        She said that both sides had agreed to “keep working.”

        Officials who spoke on condition of anonymity said the deal was close.

        A report by the fisheries ministry said catches fell by a fifth.

        It is believed that the quota will rise.
        """

    private func processed() throws -> (Document, (Span) -> String) {
        var document = try Fixtures.document(Self.article)
        document.published = "2024-02-08"
        let result = try Fixtures.plan().run(document)
        let bytes = Array(result.text.utf8)
        return (result, { String(decoding: bytes[$0.start..<$0.end], as: UTF8.self) })
    }

    @Test func anArticleOfHundredsOfQuotesKeepsEveryOneAndItsSpeaker() throws {
        // Speakers, entities, pronouns and dates of speaking are looked up, not scanned for:
        // this article is read in linear time, and every quote still finds its speaker.
        let paragraph = "Ingrid Solberg met the minister. “We expect a result,” she told reporters on Feb. 6. Officials said the talks went on."
        var document = try Fixtures.document(Array(repeating: paragraph, count: 500).joined(separator: "\n\n"))
        document.published = "2024-02-08"
        let result = try Fixtures.plan().run(document)
        let direct = result.quotes.filter { $0.kind == .direct }
        #expect(direct.count == 500)
        #expect(direct.allSatisfy { $0.speaker?.name == "Ingrid Solberg" })
        let solberg = try #require(result.entities.first { $0.name == "Ingrid Solberg" })
        #expect(solberg.quotes.count == 500)
    }

    @Test func theDiplomatIsTheAmbassador() throws {
        let (document, text) = try processed()
        let direct = try #require(document.quotes.first { $0.kind == .direct })
        #expect(text(direct.span) == "“We expect a result within weeks,”")
        #expect(direct.speaker?.name == "Ingrid Solberg")
        #expect(text(try #require(direct.speaker).span) == "the diplomat")
        #expect(direct.sourceKind == .named)
        let solberg = try #require(document.entities.first { $0.name == "Ingrid Solberg" })
        #expect(solberg.roles == ["ambassador"])
        #expect(direct.speaker?.entity == solberg.id)
        #expect(solberg.mentions.contains { $0.kind == .nominal && text($0.span) == "the diplomat" })
        #expect(solberg.mentions.contains { $0.kind == .pronoun && text($0.span) == "She" })
    }

    @Test func reportedSpeechAndItsFragment() throws {
        let (document, text) = try processed()
        let reported = try #require(document.quotes.first { $0.kind == .indirect && text($0.span).hasPrefix("that both sides") })
        #expect(reported.speaker?.name == "Ingrid Solberg")
        let partial = try #require(document.quotes.first { $0.kind == .partial })
        #expect(text(partial.span) == "“keep working.”")
        #expect(partial.speaker?.name == "Ingrid Solberg")
    }

    @Test func sourcesAreNamedAnonymousDocumentsOrNone() throws {
        let (document, text) = try processed()
        func kind(_ prefix: String) -> Quote.SourceKind? { document.quotes.first { text($0.span).hasPrefix(prefix) }?.sourceKind }
        #expect(kind("the deal was close") == .anonymous)
        #expect(kind("catches fell") == .document)
        #expect(kind("that the quota will rise") == .unattributed)
        #expect(document.quotes.first { text($0.span).hasPrefix("that the quota") }?.speaker == nil)
    }

    @Test func entitiesListTheirQuotes() throws {
        let (document, _) = try processed()
        let solberg = try #require(document.entities.first { $0.name == "Ingrid Solberg" })
        let own = document.quotes.indices.filter { document.quotes[$0].speaker?.entity == solberg.id }
        #expect(!own.isEmpty)
        #expect(solberg.quotes == own)
    }

    @Test func withoutEntitiesSpeakersKeepTheirText() throws {
        var document = try TokenizationStage().process(try Fixtures.document("“We need more time,” the minister said."))
        document = try QuoteStage().process(document)
        let quote = try #require(document.quotes.first)
        #expect(quote.speaker?.name == "the minister")
        #expect(quote.speaker?.entity == nil)
        #expect(quote.parts == [quote.span])
    }

    /// Random token soup with quotation marks, cues, commas and parentheses: no crash, and every
    /// span lies in the text with its parts inside it.
    @Test func aCuePhraseRunningPastItsSentence() throws {
        let document = try QuoteStage().process(try TokenizationStage().process(try Fixtures.document("He said so, according\n\nto the minister, it was fine.")))
        #expect(document.quotes.allSatisfy { $0.span.start < $0.span.end })
    }

    @Test func hostileTokenSoupNeverBreaksTheStage() throws {
        let pieces = [
            "“", "”", "\"", "'", "''", "‘", "’", "«", "»", "said", "says", "told", "according", "to", "that", ",", ".", ":", "(", ")",
            "he", "she", "they", "it", "the", "a", "diplomat", "Anna", "Berg", "officials", "who", "on", "condition", "of",
            "anonymity", "adding", "is", "believed", "report", "\n\n", "\n", "—", "Mr.", "reports", "went", "on", "say",
        ]
        // Seeded, so that a failure reproduces; 3,000 soups cover every piece in every position.
        // The rules alone and with the shipped attribution tagger (its additions have their own spans).
        let tagged = QuoteStage(lexicons: Fixtures.lexicons, model: try #require(Fixtures.quotesModel, "data/quotes.model is missing"))
        var generator = SplitMix64(seed: 0x5EED)
        for _ in 0..<3000 {
            let count = Int.random(in: 0..<120, using: &generator)
            var text = ""
            for _ in 0..<count {
                text += pieces.randomElement(using: &generator) ?? ""
                if Bool.random(using: &generator) { text += " " }
            }
            // Texts of white space alone are refused by the parser before any stage sees them.
            guard let parsed = try? Fixtures.document(text) else { continue }
            let tokenised = try TokenizationStage().process(parsed)
            let length = tokenised.text.utf8.count
            for quote in try QuoteStage().process(tokenised).quotes + (try tagged.process(tokenised).quotes) {
                #expect(quote.span.start >= 0 && quote.span.end <= length && quote.span.start < quote.span.end, "\(text)")
                #expect(quote.parts.allSatisfy { $0.start >= quote.span.start && $0.end <= quote.span.end }, "\(text)")
                if let speaker = quote.speaker { #expect(speaker.span.end <= length && speaker.span.start < speaker.span.end, "\(text)") }
            }
        }
    }
}

/// A small seeded generator (SplitMix64) for reproducible token soups.
struct SplitMix64: RandomNumberGenerator {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
