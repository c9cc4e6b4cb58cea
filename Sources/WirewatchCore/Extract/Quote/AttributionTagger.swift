/// The learned half of attribution finding: a CRF over the article's tokens that tags content,
/// cue and source (PolNeAR's labels), reading the rules' attributions as features, and adds
/// the attributions the rules missed.
///
/// The rules stay in charge of what they found and the filter kept (their boundaries and
/// speakers are better where both fire); the tagger contributes only content spans that overlap
/// no kept rule attribution and have a tagged cue near them that is no kept attribution's cue,
/// each with that cue and, near it, the nearest tagged source — or, when no source is tagged,
/// the noun phrase the rules would take as the cue's subject; and long content spans with no
/// tagged cue.
struct AttributionTagger: Sendable {
    let model: TaggerModel
    let encoder: AttributionEncoder
    private let finder = AttributionFinder()

    /// The tokens a tagged content needs to be kept without a tagged cue. On a held-out tenth of
    /// PolNeAR train, keeping such contents of at least 10, 15, 20 or 30 tokens moved
    /// all-attribution overlap F1 by +0.003, +0.003, +0.003 and −0.000 (the shorter ones are
    /// right less often than F1 needs).
    static let minimumCuelessTokens = 20

    /// `clusters` are those the tagger was trained with.
    init(model: TaggerModel, clusters: WordClusters = .none) {
        self.model = model
        encoder = AttributionEncoder(buckets: model.buckets, clusters: clusters)
    }

    /// The tagger's content (0), cue (1) and source (2) spans, as token ranges, in text order.
    func spans(
        _ bytes: UnsafeBufferPointer<UInt8>, tokens: [Token], text: AttributionFinder.Text,
        attributions: [AttributionFinder.Attribution], entityKinds: [UInt8]
    ) -> [(type: Int, range: Range<Int>)] {
        let encoded = encoder.encode(bytes, tokens: tokens, text: text, attributions: attributions, entityKinds: entityKinds)
        let tags = model.decode(ids: encoded.ids, offsets: encoded.offsets, count: tokens.count).tags
        var result: [(type: Int, range: Range<Int>)] = []
        var start = -1
        for (index, tag) in tags.enumerated() {
            guard let (type, position) = model.tagSet.decompose(tag) else {
                start = -1
                continue
            }
            switch position {
            case .unit: result.append((type, index..<(index + 1)))
            case .begin: start = index
            case .inside: break
            case .last: if start >= 0 { result.append((type, start..<(index + 1))) }
            }
        }
        return result
    }

    /// Attributions for the tagged content spans that overlap none of `kept`, reading all the
    /// rules' `attributions` as features (`kept` is what the filter left of them).
    func additions(
        _ bytes: UnsafeBufferPointer<UInt8>, tokens: [Token], text: AttributionFinder.Text,
        attributions: [AttributionFinder.Attribution], kept: [AttributionFinder.Attribution], entityKinds: [UInt8]
    ) -> [AttributionFinder.Attribution] {
        let tagged = spans(bytes, tokens: tokens, text: text, attributions: attributions, entityKinds: entityKinds)
        // Tagged spans come in text order and do not overlap, so the cues and sources near a
        // content are a binary search away; kept contents and cues are marked per token. Each
        // content then costs its own length and its reach, not the article's attributions.
        let cues = tagged.filter { $0.type == 1 }.map(\.range)
        let sources = tagged.filter { $0.type == 2 }.map(\.range)
        var taken = [Bool](repeating: false, count: tokens.count)
        var keptCue = [Bool](repeating: false, count: tokens.count)
        for attribution in kept {
            // The whole content, from the first part to the last (a split quote's gap included).
            for token in attribution.content where token < taken.count { taken[token] = true }
            if let cue = attribution.cue { for token in cue where token < keptCue.count { keptCue[token] = true } }
        }
        var result: [AttributionFinder.Attribution] = []
        for (type, content) in tagged where type == 0 {
            guard !content.contains(where: { taken[$0] }) else { continue }
            let first = text.sentence(of: content.lowerBound)
            let last = text.sentence(of: content.upperBound - 1)
            let reach = first.lowerBound..<max(first.upperBound, last.upperBound)
            // Every attribution has a cue; a short tagged content without one is mostly a stray
            // span (about one in four right on PolNeAR), so it is left out. A long one is mostly
            // an attribution whose cue the tagger did not mark, and is kept with no cue, and the
            // nearest tagged source, if any, as its speaker.
            guard let cue = nearest(cues, startingIn: reach, to: content) else {
                if content.count >= Self.minimumCuelessTokens {
                    let speaker = nearest(sources, startingIn: reach, to: content)
                    result.append(AttributionFinder.Attribution(kind: .indirect, parts: [content], cue: nil, speaker: speaker, inherits: nil))
                }
                continue
            }
            // One cue introduces one attribution: a tagged content whose cue is a kept one's is
            // mostly that attribution's source or a piece of it ("according to figures
            // published by …"; 14 of 20 wrong on a held-out tenth of PolNeAR train).
            guard !cue.contains(where: { keptCue[$0] }) else { continue }
            let sentence = text.sentence(of: cue.lowerBound)
            var speaker = nearest(sources, startingIn: sentence, to: cue)
            if speaker == nil {
                // "…, said X" after the content; otherwise the subject before the cue.
                let after = content.upperBound <= cue.lowerBound ? finder.speakerAfter(cue.upperBound, text) : nil
                speaker = [after, finder.speakerBefore(cue.lowerBound, lowerBound: sentence.lowerBound, text)]
                    .compactMap { $0 }.first { !$0.overlaps(content) && sentence.contains($0.lowerBound) }
            }
            var kind = Quote.Kind.indirect
            // A tagged span that is exactly one quotation, marks included, is a direct quote.
            let opening = text.quotationOf[content.lowerBound]
            if opening >= 0, opening == text.quotationOf[content.upperBound - 1],
                text.quotations[opening].open == content.lowerBound, text.quotations[opening].close == content.upperBound - 1
            {
                kind = .direct
            }
            result.append(AttributionFinder.Attribution(kind: kind, parts: [content], cue: cue, speaker: speaker, inherits: nil))
        }
        return result
    }

    /// Of `ranges` (in text order, none overlapping `target`: tagged spans do not overlap), the
    /// one starting inside `reach` closest to `target` by the gap between them, the earlier on a
    /// tie: the last one before the target or the first after it, found by binary search.
    func nearest(_ ranges: [Range<Int>], startingIn reach: Range<Int>, to target: Range<Int>) -> Range<Int>? {
        let next = ranges.partitionPoint { $0.lowerBound < target.lowerBound }
        let before = next > 0 && reach.contains(ranges[next - 1].lowerBound) && !ranges[next - 1].overlaps(target) ? ranges[next - 1] : nil
        let after = next < ranges.count && reach.contains(ranges[next].lowerBound) && !ranges[next].overlaps(target) ? ranges[next] : nil
        guard let before else { return after }
        guard let after else { return before }
        return after.lowerBound - target.upperBound < target.lowerBound - before.upperBound ? after : before
    }
}
