extension QuoteStage {
    /// A gold attribution, in UTF-8 byte spans of the document's text.
    public struct GoldAttribution: Sendable, Hashable {
        public var content: Span
        public var cue: Span?
        public var source: Span?

        public init(content: Span, cue: Span?, source: Span?) {
            self.content = content
            self.cue = cue
            self.source = source
        }
    }

    /// The attribution tagger's training sequence for `document`, which has been through the
    /// stages before this one (tokens, sentences, entities): the features the tagger sees at
    /// run time, and gold BILOU tags of `TagSet.attribution`.
    ///
    /// Content wins over cue and source where they overlap, and of nested contents ("X said
    /// that Y believes Z") the outermost is kept, so that every token has one tag. `clusters` are
    /// the word clusters the model will carry.
    public func trainingExample(
        _ document: Document, gold: [GoldAttribution], buckets: Int, clusters: WordClusters = .none
    ) -> CRFTrainer.Example {
        var text = document.text
        return text.withUTF8 { bytes in
            let tokens = document.tokens
            let (reading, _, entityAt) = reading(bytes, document)
            let attributions = finder.find(reading)
            let encoded = AttributionEncoder(buckets: buckets, clusters: clusters).encode(
                bytes, tokens: tokens, text: reading, attributions: attributions,
                entityKinds: Self.entityKinds(entityAt, document.entities))
            let tagSet = TagSet.attribution
            var tags = [Int](repeating: 0, count: tokens.count)
            func range(_ span: Span) -> Range<Int> { Self.tokenRange(of: span, in: tokens) }
            func mark(_ range: Range<Int>, type: Int) {
                guard !range.isEmpty else { return }
                if range.count == 1 {
                    tags[range.lowerBound] = tagSet.tag(type: type, .unit)
                    return
                }
                tags[range.lowerBound] = tagSet.tag(type: type, .begin)
                for token in (range.lowerBound + 1)..<(range.upperBound - 1) { tags[token] = tagSet.tag(type: type, .inside) }
                tags[range.upperBound - 1] = tagSet.tag(type: type, .last)
            }
            // The outermost contents: longest first, each kept if it overlaps none kept before.
            var inContent = [Bool](repeating: false, count: tokens.count)
            var kept: [Range<Int>] = []
            for content in gold.map({ range($0.content) }).sorted(by: { $0.count > $1.count })
            where !content.isEmpty && !content.contains(where: { inContent[$0] }) {
                for token in content { inContent[token] = true }
                kept.append(content)
            }
            // Cues and sources where no content lies (one that runs into a content is cut to its
            // part before it), then the contents.
            for attribution in gold {
                for (span, type) in [(attribution.cue, 1), (attribution.source, 2)] {
                    guard let span else { continue }
                    let whole = range(span)
                    guard let first = whole.first(where: { !inContent[$0] }) else { continue }
                    var end = first
                    while end < whole.upperBound, !inContent[end] { end += 1 }
                    // Overlapping cues or sources (rare) keep the first, so the tags stay BILOU.
                    if (first..<end).allSatisfy({ tags[$0] == 0 }) { mark(first..<end, type: type) }
                }
            }
            for content in kept { mark(content, type: 0) }
            return CRFTrainer.Example(ids: encoded.ids, offsets: encoded.offsets, gold: tags)
        }
    }

    /// The filter's training examples for `document` (through the stages before this one): one
    /// per indirect attribution of the rules, right when a gold attribution matches it as
    /// `wirewatch eval quotes` matches them (one to one, best overlap first, the shared tokens at
    /// least half of each span's tokens; direct quotes take part in the matching).
    public func filterExamples(_ document: Document, gold: [GoldAttribution], buckets: Int) -> [AttributionFilterTrainer.Example] {
        var text = document.text
        return text.withUTF8 { bytes in
            let tokens = document.tokens
            let (reading, _, entityAt) = reading(bytes, document)
            let attributions = finder.find(reading)
            let kinds = Self.entityKinds(entityAt, document.entities)
            func range(_ span: Span) -> Range<Int> { Self.tokenRange(of: span, in: tokens) }
            let scored = attributions.indices.filter { attributions[$0].kind != .partial }
            let matches = Self.overlapMatches(gold: gold.map { range($0.content) }, predicted: scored.map { attributions[$0].content })
            let right = Set(matches.map { scored[$0.predicted] })
            let filter = AttributionFilter(buckets: buckets, threshold: 0, weights: [])
            return attributions.indices.filter { attributions[$0].kind == .indirect }.map { index in
                AttributionFilterTrainer.Example(
                    features: filter.features(index, of: attributions, text: reading, entityKinds: kinds), right: right.contains(index))
            }
        }
    }

    /// The tokens that start inside `span` (UTF-8 offsets), as a token range.
    static func tokenRange(of span: Span, in tokens: [Token]) -> Range<Int> {
        let first = tokens.partitionPoint { $0.span.start < span.start }
        let end = tokens.partitionPoint { $0.span.start < span.end }
        return first..<max(first, end)
    }

    /// Pairs gold and predicted content spans (token ranges) as `wirewatch eval quotes` scores
    /// them: one to one, best overlap first, a pair only when the shared tokens are at least half
    /// of the longer span's. Ties go to the earlier gold, then the earlier prediction, so the
    /// pairs do not depend on sort stability.
    public static func overlapMatches(gold: [Range<Int>], predicted: [Range<Int>]) -> [(gold: Int, predicted: Int)] {
        var pairs: [(shared: Double, gold: Int, predicted: Int)] = []
        for (goldIndex, expected) in gold.enumerated() {
            for (predictedIndex, content) in predicted.enumerated() {
                let shared = expected.clamped(to: content).count
                let longer = max(expected.count, content.count)
                guard shared > 0, 2 * shared >= longer else { continue }
                pairs.append((Double(shared) / Double(longer), goldIndex, predictedIndex))
            }
        }
        pairs.sort { ($0.shared, -$0.gold, -$0.predicted) > ($1.shared, -$1.gold, -$1.predicted) }
        var goldUsed = Set<Int>()
        var predictedUsed = Set<Int>()
        var matches: [(gold: Int, predicted: Int)] = []
        for pair in pairs where !goldUsed.contains(pair.gold) && !predictedUsed.contains(pair.predicted) {
            goldUsed.insert(pair.gold)
            predictedUsed.insert(pair.predicted)
            matches.append((pair.gold, pair.predicted))
        }
        return matches
    }
}
