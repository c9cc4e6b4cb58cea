import Testing
import WirewatchCore

@Suite struct SentenceSplitterTests {
    @Test func abbreviationsDoNotEndSentences() {
        #expect(Fixtures.sentences("Gen. Smith met Mr. Jones on Jan. 5 in Washington. They talked.") == [
            "Gen. Smith met Mr. Jones on Jan. 5 in Washington.", "They talked.",
        ])
        #expect(Fixtures.sentences("The U.S. Foreign Ministry agreed. Talks resume.") == [
            "The U.S. Foreign Ministry agreed.", "Talks resume.",
        ])
    }

    @Test func anAbbreviationCanEndASentence() {
        #expect(Fixtures.sentences("He moved to the U.S. The move was sudden.") == [
            "He moved to the U.S.", "The move was sudden.",
        ])
    }

    @Test func quotationMarksAroundSentenceEnds() {
        #expect(Fixtures.sentences("“It didn’t work. Nevertheless, we met,” the diplomat said. He left.") == [
            "“It didn’t work.", "Nevertheless, we met,” the diplomat said.", "He left.",
        ])
        #expect(Fixtures.sentences("She called it “a terrorist act.” Officials agreed.") == [
            "She called it “a terrorist act.”", "Officials agreed.",
        ])
        #expect(Fixtures.sentences("\"Why?\" he asked. \"Because.\"") == ["\"Why?\" he asked.", "\"Because.\""])
        #expect(Fixtures.sentences("He spoke. ''If we lose, they win,'' he said.") == ["He spoke.", "''If we lose, they win,'' he said."])
    }

    @Test func decimalsAndEllipses() {
        #expect(Fixtures.sentences("Growth was 3.5 percent... and falling. Really!") == [
            "Growth was 3.5 percent... and falling.", "Really!",
        ])
    }

    @Test func headlinesDatelinesAndParagraphs() {
        let text = "Ad sales boost profit\n\nLONDON (Reuters) - Profits rose 76% to $1.13bn in the quarter.\nShares fell."
        #expect(Fixtures.sentences(text) == [
            "Ad sales boost profit", "LONDON (Reuters) - Profits rose 76% to $1.13bn in the quarter.", "Shares fell.",
        ])
    }

    @Test func aWrappedLineContinuesItsSentence() {
        #expect(Fixtures.sentences("The council said the plan,\nwhich costs more, would pass\nnext week.") == [
            "The council said the plan,\nwhich costs more, would pass\nnext week."
        ])
    }

    @Test func textWithoutFinalPunctuation() {
        #expect(Fixtures.sentences("One line only") == ["One line only"])
        #expect(Fixtures.sentences("") == [])
    }
}
