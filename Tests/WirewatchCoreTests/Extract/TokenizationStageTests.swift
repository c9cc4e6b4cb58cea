import Testing
import WirewatchCore

@Suite struct TokenizationStageTests {
    @Test func addsTokensAndSentencesWithoutTouchingTheText() throws {
        let document = try Fixtures.document("First sentence here. Second one!")
        let result = try TokenizationStage().process(document)
        #expect(result.text == document.text)
        #expect(result.tokens.count == 7)
        #expect(result.sentences == [Span(start: 0, end: 20), Span(start: 21, end: 32)])
        #expect(TokenizationStage().requires == [.text])
        #expect(TokenizationStage().provides == [.tokens, .sentences])
    }
}
