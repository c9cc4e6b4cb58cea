import Testing
import WirewatchCore

@Suite struct TokenizerTests {
    @Test func abbreviationsInitialsAndTitles() {
        #expect(Fixtures.tokens("Mr. Smith met Lt. Col. J. R. Doe in the U.S. on Jan. 5.") == [
            "Mr.", "Smith", "met", "Lt.", "Col.", "J.", "R.", "Doe", "in", "the", "U.S.", "on", "Jan.", "5", ".",
        ])
        #expect(Fixtures.tokens("at 10 a.m. local time, e.g. today") == ["at", "10", "a.m.", "local", "time", ",", "e.g.", "today"])
    }

    @Test func numbersTimesAndSeparators() {
        #expect(Fixtures.tokens("It cost $1,200.50, up 12.5% at 10:30.") == [
            "It", "cost", "$", "1,200.50", ",", "up", "12.5", "%", "at", "10:30", ".",
        ])
        #expect(Fixtures.tokens("in 1990, 2,000 people") == ["in", "1990", ",", "2,000", "people"])
        #expect(Fixtures.tokens("the 1990s and 24/7 coverage") == ["the", "1990s", "and", "24/7", "coverage"])
    }

    @Test func designatorsAndHyphenatedWords() {
        #expect(Fixtures.tokens("An Il-76, a MIM-104A and F-16s; a well-known anti-aircraft system.") == [
            "An", "Il-76", ",", "a", "MIM-104A", "and", "F-16s", ";", "a", "well-known", "anti-aircraft", "system", ".",
        ])
    }

    @Test func possessivesAndContractions() {
        #expect(Fixtures.tokens("Putin’s plan didn’t work; it's the parents' view. I’ll go.") == [
            "Putin", "’s", "plan", "did", "n’t", "work", ";", "it", "'s", "the", "parents", "'", "view", ".", "I", "’ll",
            "go", ".",
        ])
        #expect(Fixtures.tokens("O’Brien and rock’n’roll in the ’90s") == ["O’Brien", "and", "rock’n’roll", "in", "the", "’90s"])
        #expect(Fixtures.tokens("We can't, won't") == ["We", "ca", "n't", ",", "wo", "n't"])
    }

    @Test func quotesBracketsAndEllipses() {
        #expect(Fixtures.tokens("“Wait…” he said (quietly)... «Non»") == [
            "“", "Wait", "…", "”", "he", "said", "(", "quietly", ")", "...", "«", "Non", "»",
        ])
        #expect(Fixtures.tokens("a -- b — c") == ["a", "--", "b", "—", "c"])
    }

    @Test func urlsAndEmails() {
        #expect(Fixtures.tokens("See https://example.org/a?b=1 (or www.example.com/x). Mail press@example.org.") == [
            "See", "https://example.org/a?b=1", "(", "or", "www.example.com/x", ")", ".", "Mail", "press@example.org", ".",
        ])
        let kinds = Tokenizer().tokenize("https://example.org/x press@example.org 42 word !").map(\.kind)
        #expect(kinds == [.url, .email, .number, .word, .punctuation])
    }

    @Test func runOnSentencesAreSplitAtTheStop() {
        #expect(Fixtures.tokens("It ended.The next began.") == ["It", "ended", ".", "The", "next", "began", "."])
        #expect(Fixtures.tokens("Visit Amazon.com today") == ["Visit", "Amazon.com", "today"])
    }

    @Test func spansAreByteOffsetsIntoTheText() {
        let text = "Café — “ok”"
        let tokens = Tokenizer().tokenize(text)
        #expect(tokens.map(\.span) == [
            Span(start: 0, end: 5), Span(start: 6, end: 9), Span(start: 10, end: 13), Span(start: 13, end: 15),
            Span(start: 15, end: 18),
        ])
    }

    @Test func nonLatinScriptsAndSpaces() {
        #expect(Fixtures.tokens("Москва\u{00A0}и Київ 北京") == ["Москва", "и", "Київ", "北京"])
    }
}
