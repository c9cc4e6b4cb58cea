import Testing
@testable import WirewatchCore

/// The learned attribution tagger, trained here on articles written for the test in which a
/// verb the rules do not know ("favours") attributes its object to its subject.
@Suite struct AttributionTaggerTests {
    static let training: [(String, String)] = [
        ("Smith", "the new tax plan"), ("Jones", "a ban on imports"), ("Taylor", "higher pay for nurses"),
        ("Wilson", "the rail strike"), ("Evans", "a second referendum"), ("Walker", "lower fuel duty"),
        ("Wright", "the merger"), ("Hughes", "a review of the budget"),
    ]

    /// `text` through tokenisation and entities, the stages before quotes.
    private func prepared(_ text: String) throws -> Document {
        let model = try #require(Fixtures.model, "data/ner.model is missing")
        let plan = try PipelinePlan(extract: [TokenizationStage(), EntityStage(model: model, lexicons: Fixtures.lexicons)], enrich: [])
        return try plan.run(try Fixtures.document(text))
    }

    private func span(of part: String, in text: String) throws -> Span {
        let range = try #require(text.range(of: part))
        let start = text.utf8.distance(from: text.utf8.startIndex, to: range.lowerBound)
        return Span(start: start, end: start + part.utf8.count)
    }

    /// The tagger trained on `training`, with a filter that keeps every rule attribution.
    private func trainedModel() throws -> AttributionModel {
        let stage = QuoteStage(lexicons: Fixtures.lexicons)
        var examples: [CRFTrainer.Example] = []
        for (name, object) in Self.training {
            let text = "Senator \(name) favours \(object). The weather was cold on Monday."
            let gold = QuoteStage.GoldAttribution(
                content: try span(of: object, in: text), cue: try span(of: "favours", in: text), source: try span(of: "Senator \(name)", in: text))
            examples.append(stage.trainingExample(try prepared(text), gold: [gold], buckets: 1 << 12))
        }
        let tagger = CRFTrainer(tagSet: .attribution, buckets: 1 << 12, epochs: 30, seed: 1, l2: 0.1, rate: 0.05).train(examples, provenance: "test") { _, _ in }
        return AttributionModel(filter: AttributionFilter(buckets: 16, threshold: 0, weights: [Float](repeating: 0, count: 16)), tagger: tagger, provenance: "test")
    }

    @Test func findsWhatTheRulesMiss() throws {
        let text = "Senator Brown favours the trade deal. The weather was cold on Monday."
        let bytes = Array(text.utf8)
        func surface(_ span: Span?) -> String? { span.map { String(decoding: bytes[$0.start..<$0.end], as: UTF8.self) } }
        let rulesOnly = try QuoteStage(lexicons: Fixtures.lexicons).process(try prepared(text))
        #expect(rulesOnly.quotes.isEmpty)
        let stage = QuoteStage(lexicons: Fixtures.lexicons, model: try trainedModel())
        #expect(stage.hasModel)
        let found = try stage.process(try prepared(text))
        let quote = try #require(found.quotes.first)
        #expect(found.quotes.count == 1)
        #expect(surface(quote.span) == "the trade deal")
        #expect(quote.kind == .indirect)
        #expect(surface(quote.cue) == "favours")
        #expect(surface(quote.speaker?.span) == "Senator Brown")
    }

    @Test func theRulesKeepWhatTheyFound() throws {
        // The rules read this one; the tagger adds nothing over it and changes none of it.
        let text = "Senator Brown said the trade deal was dead. The weather was cold on Monday."
        let rulesOnly = try QuoteStage(lexicons: Fixtures.lexicons).process(try prepared(text))
        let both = try QuoteStage(lexicons: Fixtures.lexicons, model: try trainedModel()).process(try prepared(text))
        #expect(!rulesOnly.quotes.isEmpty)
        #expect(both.quotes == rulesOnly.quotes)
    }

    @Test func trainingTagsKeepTheOutermostContent() throws {
        let text = "Smith said that Jones believes the plan will fail."
        let document = try prepared(text)
        let outer = QuoteStage.GoldAttribution(
            content: try span(of: "that Jones believes the plan will fail", in: text), cue: try span(of: "said", in: text),
            source: try span(of: "Smith", in: text))
        let inner = QuoteStage.GoldAttribution(
            content: try span(of: "the plan will fail", in: text), cue: try span(of: "believes", in: text),
            source: try span(of: "Jones", in: text))
        let example = QuoteStage(lexicons: Fixtures.lexicons).trainingExample(document, gold: [inner, outer], buckets: 1 << 10)
        let tagSet = TagSet.attribution
        // Smith said that Jones believes the plan will fail .
        #expect(
            example.gold == [
                tagSet.tag(type: 2, .unit), tagSet.tag(type: 1, .unit), tagSet.tag(type: 0, .begin),
                tagSet.tag(type: 0, .inside), tagSet.tag(type: 0, .inside), tagSet.tag(type: 0, .inside),
                tagSet.tag(type: 0, .inside), tagSet.tag(type: 0, .inside), tagSet.tag(type: 0, .last), 0,
            ])
        #expect(example.offsets.count == example.tokenCount + 1)
        for (index, tag) in example.gold.enumerated() { #expect(tagSet.allows(index == 0 ? -1 : example.gold[index - 1], tag)) }
    }

    @Test func addsNothingOnAKeptAttributionsCue() throws {
        // Trained, wrongly on purpose, to take what follows "according to" as the content: the
        // tagger then tags "figures from the bank" as a content with the cue of the rules'
        // attribution "Sales fell in April", which one cue cannot introduce twice.
        let stage = QuoteStage(lexicons: Fixtures.lexicons)
        var examples: [CRFTrainer.Example] = []
        for (what, whom) in [
            ("Prices rose in March", "the ministry"), ("Exports grew last year", "the chamber"), ("Costs jumped in May", "the agency"),
            ("Rents fell in June", "the council"), ("Output slipped in July", "the institute"), ("Sales rose in August", "the union"),
        ] {
            let text = "\(what), according to figures from \(whom). The weather was cold on Monday."
            let gold = QuoteStage.GoldAttribution(
                content: try span(of: "figures from \(whom)", in: text), cue: try span(of: "according to", in: text), source: nil)
            examples.append(stage.trainingExample(try prepared(text), gold: [gold], buckets: 1 << 12))
        }
        let tagger = CRFTrainer(tagSet: .attribution, buckets: 1 << 12, epochs: 30, seed: 1, l2: 0.1, rate: 0.05).train(examples, provenance: "test") { _, _ in }
        let model = AttributionModel(
            filter: AttributionFilter(buckets: 16, threshold: 0, weights: [Float](repeating: 0, count: 16)), tagger: tagger, provenance: "test")

        let text = "Sales fell in April, according to figures from the bank. The weather was cold on Monday."
        let document = try prepared(text)
        var copy = document.text
        let tagged = copy.withUTF8 { bytes in
            let (reading, _, _) = stage.reading(bytes, document)
            let found = stage.finder.find(reading)
            return AttributionTagger(model: tagger).spans(
                bytes, tokens: document.tokens, text: reading, attributions: found,
                entityKinds: [UInt8](repeating: 0, count: document.tokens.count))
        }
        // Tokens: Sales fell in April , according to figures from the bank . …
        #expect(tagged.contains { $0.type == 0 && $0.range == 7..<11 })
        #expect(tagged.contains { $0.type == 1 && $0.range == 5..<7 })

        let bytes = Array(text.utf8)
        let quotes = try QuoteStage(lexicons: Fixtures.lexicons, model: model).process(document).quotes
        let contents = quotes.map { String(decoding: bytes[$0.span.start..<$0.span.end], as: UTF8.self) }
        #expect(contents == ["Sales fell in April"])
    }

    @Test func keepsALongContentWithoutACueButNotAShortOne() throws {
        // Trained on contents marked with no cue or source: the tagger learns to tag what follows
        // "favours" as content and never tags a cue, so only the length decides.
        let stage = QuoteStage(lexicons: Fixtures.lexicons)
        let tail = "and a long list of other reforms that the committee will study in detail over the coming months"
        var examples: [CRFTrainer.Example] = []
        for (index, (name, object)) in Self.training.enumerated() {
            let content = index % 2 == 0 ? "\(object) \(tail)" : object
            let text = "Senator \(name) favours \(content). The weather was cold on Monday."
            let gold = QuoteStage.GoldAttribution(content: try span(of: content, in: text), cue: nil, source: nil)
            examples.append(stage.trainingExample(try prepared(text), gold: [gold], buckets: 1 << 12))
        }
        let tagger = CRFTrainer(tagSet: .attribution, buckets: 1 << 12, epochs: 30, seed: 1, l2: 0.1, rate: 0.05).train(examples, provenance: "test") { _, _ in }
        let model = AttributionModel(
            filter: AttributionFilter(buckets: 16, threshold: 0, weights: [Float](repeating: 0, count: 16)), tagger: tagger, provenance: "test")
        let tagged = QuoteStage(lexicons: Fixtures.lexicons, model: model)

        let long = "the trade deal \(tail)"
        let text = "Senator Brown favours \(long). The weather was cold on Monday."
        let bytes = Array(text.utf8)
        let quotes = try tagged.process(try prepared(text)).quotes
        #expect(quotes.map { String(decoding: bytes[$0.span.start..<$0.span.end], as: UTF8.self) } == [long])
        #expect(quotes.first?.cue == nil)
        #expect(quotes.first?.kind == .indirect)
        #expect(long.split(separator: " ").count >= AttributionTagger.minimumCuelessTokens)

        // The same sentence with a short content: tagged too, but not kept without a cue.
        #expect(try tagged.process(try prepared("Senator Brown favours the trade deal. The weather was cold on Monday.")).quotes.isEmpty)
    }

    @Test func theNearestSpanIsTheLastBeforeOrTheFirstAfterInReach() throws {
        let tagger = AttributionTagger(model: try trainedModel().tagger)
        let ranges = [0..<2, 5..<6, 20..<22, 30..<31]
        // Content 10..<15: 5..<6 is 4 tokens before it, 20..<22 5 tokens after.
        #expect(tagger.nearest(ranges, startingIn: 0..<40, to: 10..<15) == 5..<6)
        #expect(tagger.nearest(ranges, startingIn: 8..<40, to: 10..<15) == 20..<22)
        #expect(tagger.nearest(ranges, startingIn: 8..<20, to: 10..<15) == nil)
        // A tie goes to the earlier.
        #expect(tagger.nearest(ranges, startingIn: 0..<40, to: 10..<16) == 5..<6)
        #expect(tagger.nearest(ranges, startingIn: 0..<40, to: 23..<25) == 20..<22)
        #expect(tagger.nearest([], startingIn: 0..<40, to: 23..<25) == nil)
    }
}
