import Testing
@testable import WirewatchCore

/// The filter on the rules' reported speech: which attributions it judges, what it drops with
/// them, its features, and the training labels it learns from.
@Suite struct AttributionFilterTests {
    /// One report with a quoted fragment, and one direct quote.
    static let text = "Smith said the plan would fail, calling it “a costly disaster”. Jones said: “It works well.”"

    private func tokenised(_ text: String) throws -> Document {
        try TokenizationStage().process(try Fixtures.document(text))
    }

    /// A model whose filter gives every attribution probability 0.5 (all weights zero), and
    /// whose tagger tags nothing (all weights and transitions zero: `O` wins every tie).
    private func model(threshold: Float) -> AttributionModel {
        let tags = TagSet.attribution.count
        let tagger = TaggerModel(
            tagSet: .attribution, buckets: 16, scale: 1, weights: [Int8](repeating: 0, count: 16 * tags),
            transitions: [Float](repeating: 0, count: (tags + 1) * tags), provenance: "test")
        return AttributionModel(
            filter: AttributionFilter(buckets: 16, threshold: threshold, weights: [Float](repeating: 0, count: 16)), tagger: tagger,
            provenance: "test")
    }

    @Test func dropsReportsBelowItsThresholdWithTheirFragments() throws {
        let rules = try QuoteStage().process(try tokenised(Self.text)).quotes
        #expect(Set(rules.map(\.kind)) == [.indirect, .partial, .direct])
        // At 0.5 against a threshold of 0.4 everything stays, as the rules found it.
        #expect(try QuoteStage(model: model(threshold: 0.4)).process(try tokenised(Self.text)).quotes == rules)
        // Against 0.6 the report and its quoted fragment go; the direct quote is not judged.
        let filtered = try QuoteStage(model: model(threshold: 0.6)).process(try tokenised(Self.text)).quotes
        #expect(filtered == rules.filter { $0.kind == .direct })
    }

    @Test func aSourceMarkedAnonymousIsKept() throws {
        let text = "Two officials, speaking on condition of anonymity, said the talks had stalled. Smith said the plan would fail."
        let filtered = try QuoteStage(model: model(threshold: 0.6)).process(try tokenised(text)).quotes
        let bytes = Array(text.utf8)
        // The filter drops every report but the one whose source is marked anonymous.
        #expect(filtered.count == 1)
        #expect(filtered.first.map { String(decoding: bytes[$0.span.start..<$0.span.end], as: UTF8.self) } == "the talks had stalled")
        #expect(filtered.first?.sourceKind == .anonymous)
    }

    @Test func aFragmentStaysWithAKeptReport() throws {
        // "agreed to “…”" nests in "said that …": dropping the nested report (its cue word's
        // weight is very low) leaves the fragment with the outer one.
        let text = "She said that both sides had agreed to “keep working on it”."
        let rules = try QuoteStage().process(try tokenised(text)).quotes
        #expect(rules.filter { $0.kind == .indirect }.count == 2)
        let document = try tokenised(text)
        let examples = QuoteStage().filterExamples(document, gold: [], buckets: 1 << 12)
        let agreed = try #require(examples.last?.features)
        let said = try #require(examples.first?.features)
        var weights = [Float](repeating: 0, count: 1 << 12)
        for feature in Set(agreed).subtracting(said) { weights[feature] = -10 }
        let tags = TagSet.attribution.count
        let model = AttributionModel(
            filter: AttributionFilter(buckets: 1 << 12, threshold: 0.4, weights: weights),
            tagger: TaggerModel(
                tagSet: .attribution, buckets: 16, scale: 1, weights: [Int8](repeating: 0, count: 16 * tags),
                transitions: [Float](repeating: 0, count: (tags + 1) * tags), provenance: "test"),
            provenance: "test")
        let filtered = try QuoteStage(model: model).process(document).quotes
        #expect(filtered.filter { $0.kind == .indirect }.count == 1)
        #expect(filtered.contains { $0.kind == .partial })
    }

    @Test func weightsDecide() throws {
        // The weight of the feature "the cue word is 'said'" decides: high keeps, low drops.
        let document = try tokenised("Smith said the plan would fail.")
        let examples = QuoteStage().filterExamples(document, gold: [], buckets: 64)
        let features = try #require(examples.first?.features)
        #expect(examples.count == 1)
        #expect(features.allSatisfy { (0..<64).contains($0) })
        // Template values differ, so most features fall in distinct buckets.
        #expect(Set(features).count >= features.count - 4)
        var weights = [Float](repeating: 0, count: 64)
        for feature in features { weights[feature] = 1 }
        #expect(AttributionFilter.probability(weights, features) > 0.99)
        for feature in features { weights[feature] = -1 }
        #expect(AttributionFilter.probability(weights, features) < 0.01)
    }

    @Test func featuresTellANestedBeliefFromItsHost() throws {
        let document = try tokenised("Smith said he believes the plan would fail.")
        let examples = QuoteStage().filterExamples(document, gold: [], buckets: 1 << 14)
        // The report and the belief nested in it: their cue, nesting and length features differ.
        #expect(examples.count == 2)
        #expect(examples.count == 2 && Set(examples[0].features) != Set(examples[1].features))
    }

    @Test func labelsFollowTheEvaluationsMatching() throws {
        let text = "Smith said the plan would fail. Brown claimed victory in the race on Monday."
        let document = try tokenised(text)
        func span(_ part: String) throws -> Span {
            let range = try #require(text.range(of: part))
            let start = text.utf8.distance(from: text.utf8.startIndex, to: range.lowerBound)
            return Span(start: start, end: start + part.utf8.count)
        }
        // Gold marks Smith's report; Brown's "claimed victory …" the rules read as reported speech is not in it.
        let gold = QuoteStage.GoldAttribution(content: try span("the plan would fail"), cue: try span("said"), source: try span("Smith"))
        let examples = QuoteStage().filterExamples(document, gold: [gold], buckets: 1 << 10)
        #expect(examples.map(\.right) == [true, false])
        // A gold span sharing under half of the longer span's tokens does not match.
        let short = QuoteStage.GoldAttribution(content: try span("plan"), cue: nil, source: nil)
        #expect(QuoteStage().filterExamples(document, gold: [short], buckets: 1 << 10).map(\.right) == [false, false])
    }
}
