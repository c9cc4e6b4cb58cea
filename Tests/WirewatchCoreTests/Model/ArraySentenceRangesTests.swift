import Testing
import WirewatchCore

@Suite struct ArraySentenceRangesTests {
    @Test func tokenRangesOfSentences() {
        let text = "One two. Three four five. Six"
        let tokens = Tokenizer().tokenize(text)
        let sentences = SentenceSplitter().split(text, tokens: tokens)
        #expect(tokens.ranges(of: sentences) == [0..<3, 3..<7, 7..<8])
        #expect(tokens.ranges(of: []) == [])
    }
}
