import Testing
@testable import WirewatchCore

/// Relative times inside attributions, anchored on the time of speaking (published Thursday 2024-02-08).
@Suite struct QuoteAnchorStageTests {
    private func times(_ text: String) throws -> [String: String] {
        var document = try TokenizationStage().process(try Fixtures.document(text))
        document.published = "2024-02-08"
        document = try TimeExpressionStage().process(document)
        document = try QuoteStage().process(document)
        document = try QuoteAnchorStage().process(document)
        let bytes = Array(document.text.utf8)
        var result: [String: String] = [:]
        for time in document.times { result[String(decoding: bytes[time.span.start..<time.span.end], as: UTF8.self)] = time.value }
        return result
    }

    @Test func aQuoteCountsFromWhenItWasSpoken() throws {
        let found = try times("“The day before yesterday we met,” the minister told reporters on Monday.")
        #expect(found["Monday"] == "2024-02-05")
        #expect(found["The day before yesterday"] == "2024-02-03")
    }

    @Test func reportedSpeechToo() throws {
        let found = try times("The minister said on Feb. 1 that talks had resumed yesterday.")
        #expect(found["yesterday"] == "2024-01-31")
    }

    @Test func withoutATimeOfSpeakingThePublicationDateStays() throws {
        let found = try times("“The day before yesterday we met,” the minister told reporters.")
        #expect(found["The day before yesterday"] == "2024-02-06")
    }

    @Test func narrativeOutsideQuotesKeepsThePublicationDate() throws {
        let found = try times("“We met,” the minister said on Monday. Talks resumed yesterday.")
        #expect(found["yesterday"] == "2024-02-07")
    }
}
