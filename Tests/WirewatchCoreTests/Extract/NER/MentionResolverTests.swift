import Testing
@testable import WirewatchCore

@Suite struct MentionResolverTests {
    private func mention(_ start: Int, _ text: String, _ type: String, country: String? = nil) -> NameMention {
        NameMention(
            span: Span(start: start, end: start + text.utf8.count), tokens: start..<(start + 1), type: type, confidence: 1,
            country: country)
    }

    @Test func groupsSurnamesAcronymsAndCountrySpellings() {
        let lexicons = Lexicons(files: ["countries.tsv": "#n\tiso\tkind\nUnited States\tUS\tcountry\nUS\tUS\tcountry\nU.S.\tUS\tcountry\n"])
        let texts = ["Anatoly Antonov", "United States", "Ukrainian Armed Forces", "AFU", "Antonov", "US", "U.S.", "United Nations", "UN"]
        let mentions = [
            mention(0, texts[0], "PERSON"), mention(100, texts[1], "GPE", country: "US"), mention(200, texts[2], "ORG"),
            mention(300, texts[3], "ORG"), mention(400, texts[4], "PERSON"), mention(500, texts[5], "GPE", country: "US"),
            mention(600, texts[6], "GPE", country: "US"), mention(700, texts[7], "ORG"), mention(800, texts[8], "ORG"),
        ]
        let entities = MentionResolver(lexicons: lexicons).resolve(mentions, texts: texts, aliases: ["AFU": mentions[2].span])
        #expect(entities.map(\.name) == ["Anatoly Antonov", "United States", "Ukrainian Armed Forces", "United Nations"])
        #expect(entities.map(\.mentions.count) == [2, 3, 2, 2])
        #expect(entities.map(\.id) == ["e1", "e2", "e3", "e4"])
        #expect(entities[1].country == "US")
    }

    @Test func titledSurnamesJoinTheirPersonAndTheNameLeavesTheTitle() {
        let lexicons = Lexicons(files: ["first_names.tsv": "#name\tgender\nHillary\tfemale\nBill\tmale\n"])
        let texts = ["Pence", "Mike Pence", "Governor Pence", "Hillary Clinton", "Mr. Clinton", "Ms. Clinton"]
        let mentions = texts.enumerated().map { mention($0.offset * 100, $0.element, "PERSON") }
        let entities = MentionResolver(lexicons: lexicons).resolve(mentions, texts: texts)
        // The headline's "Pence" came first: it keeps the first id, with the full name.
        #expect(entities.map(\.name) == ["Mike Pence", "Hillary Clinton", "Mr. Clinton"])
        #expect(entities.map { $0.mentions.map(\.span.start) } == [[0, 100, 200], [300, 500], [400]])
    }

    @Test func anEarlySurnameSharedByTwoPeopleStaysApart() {
        let texts = ["Clinton", "Hillary Clinton", "Bill Clinton"]
        let mentions = texts.enumerated().map { mention($0.offset * 100, $0.element, "PERSON") }
        let entities = MentionResolver(lexicons: Lexicons()).resolve(mentions, texts: texts)
        #expect(entities.map(\.name) == ["Clinton", "Hillary Clinton", "Bill Clinton"])
    }

    @Test func manyMentionsGroupAsAFewDo() {
        // Lookups by name part, initials and span keep an article of thousands of names near linear.
        let texts = (0..<1000).flatMap { _ in ["Anna Berg", "Berg", "United Nations", "UN", "Ms. Berg"] }
        let types = ["PERSON", "PERSON", "ORG", "ORG", "PERSON"]
        let mentions = texts.indices.map { mention($0 * 100, texts[$0], types[$0 % 5]) }
        let entities = MentionResolver(lexicons: Lexicons()).resolve(mentions, texts: texts)
        #expect(entities.map(\.name) == ["Anna Berg", "United Nations"])
        #expect(entities.map(\.mentions.count) == [3000, 2000])
    }
}
