import Foundation

/// A learned check on the rules' reported speech: the probability that an indirect attribution
/// the rules found is one a reader would mark, from a logistic model over hashed features of it.
///
/// The rules find a report wherever a cue verb has a subject, and most are right, but some
/// kinds are mostly wrong: a belief verb nested in another report's content ("said he believes
/// …"), a noun cue with a long clause after it, a content that runs on past a comma. The filter
/// learns which from PolNeAR train (trained with the tagger by `wirewatch train quotes`); an
/// attribution below `threshold` is dropped, and the tagger may then put its own span there.
/// Direct quotes and the rules' quoted fragments are not judged: the rules are right about
/// nineteen in twenty of those.
public struct AttributionFilter: Sendable, Equatable {
    /// Number of hash buckets (a power of two).
    public let buckets: Int
    /// Attributions scoring below this probability are dropped.
    public let threshold: Float
    /// One weight per bucket (log-odds units).
    let weights: [Float]

    public init(buckets: Int, threshold: Float, weights: [Float]) {
        self.buckets = buckets
        self.threshold = threshold
        self.weights = weights
    }

    typealias Attribution = AttributionFinder.Attribution
    typealias Vocabulary = AttributionVocabulary

    /// The probability (0–1) that attribution `index` of `attributions` is right.
    func probability(_ index: Int, of attributions: [Attribution], text: AttributionFinder.Text, entityKinds: [UInt8]) -> Float {
        Self.probability(weights, features(index, of: attributions, text: text, entityKinds: entityKinds))
    }

    /// Logistic function of the summed weights of `features`.
    static func probability(_ weights: [Float], _ features: [Int]) -> Float {
        var sum: Float = 0
        for feature in features { sum += weights[feature] }
        return 1 / (1 + Foundation.exp(-sum))
    }

    /// The indexes of `attributions` to keep: all but the indirect ones scoring below the
    /// threshold (unless `exempt`), and the quoted fragments that only a dropped one held (they
    /// share its cue and speaker; a fragment also inside a kept report stays).
    func kept(_ attributions: [Attribution], text: AttributionFinder.Text, entityKinds: [UInt8], exempt: [Bool] = []) -> [Int] {
        var dropped = [Bool](repeating: false, count: attributions.count)
        for index in attributions.indices where attributions[index].kind == .indirect && !(index < exempt.count && exempt[index]) {
            dropped[index] = probability(index, of: attributions, text: text, entityKinds: entityKinds) < threshold
        }
        guard dropped.contains(true) else { return Array(attributions.indices) }
        func holds(_ host: Int, _ content: Range<Int>) -> Bool {
            attributions[host].kind == .indirect && attributions[host].content.lowerBound <= content.lowerBound
                && content.upperBound <= attributions[host].content.upperBound
        }
        return attributions.indices.filter { index in
            guard !dropped[index] else { return false }
            guard attributions[index].kind == .partial else { return true }
            let content = attributions[index].content
            let hosts = attributions.indices.filter { holds($0, content) }
            return hosts.isEmpty || hosts.contains { !dropped[$0] }
        }
    }

    /// Templates of the features, hashed with their values.
    enum Template: UInt64 {
        case bias = 1, kind, cue, cueLast, cuePosition, gap, cueAtPosition, nested, nestedIn, contained, length
        case first, last, previous, next, speaker, speakerPronoun, speakerEntity, quoted, impersonal, inherits
    }

    /// Bucket indexes of the features of attribution `index` (token indexes throughout).
    ///
    /// The kind; the cue's words and its last word; where the cue sits (before, after, inside
    /// the content) and how many tokens lie between; whether the cue lies in another
    /// attribution's content (a nested report) and that one's kind, or the whole content does;
    /// the content's length class and its first, last, previous and next words; whether there
    /// is a speaker, a pronoun one, or one naming an entity; whether the content holds a
    /// quotation; impersonal and inherited-speaker flags.
    func features(_ index: Int, of attributions: [Attribution], text: AttributionFinder.Text, entityKinds: [UInt8]) -> [Int] {
        let attribution = attributions[index]
        let content = attribution.content
        var features: [Int] = []
        features.reserveCapacity(24)
        func add(_ template: Template, _ value: UInt64) {
            features.append(Int(truncatingIfNeeded: FeatureHash.combine(template.rawValue, value) & UInt64(buckets - 1)))
        }
        func word(_ token: Int) -> UInt64 {
            token >= 0 && token < text.count ? FeatureHash.lowercased(text.words[token]) : 0
        }
        add(.bias, 0)
        let kind: UInt64 = attribution.kind == .direct ? 1 : attribution.kind == .indirect ? 2 : 3
        add(.kind, kind)
        var nestedIn: Attribution?
        if let cue = attribution.cue, !cue.isEmpty {
            var words: UInt64 = 0
            for token in cue { words = FeatureHash.sequence(words, word(token)) }
            add(.cue, words)
            add(.cueLast, word(cue.upperBound - 1))
            let position: UInt64 = cue.upperBound <= content.lowerBound ? 1 : cue.lowerBound >= content.upperBound ? 2 : 3
            add(.cuePosition, position)
            let gap = position == 1 ? content.lowerBound - cue.upperBound : position == 2 ? cue.lowerBound - content.upperBound : 0
            add(.gap, UInt64(min(gap, 6)))
            add(.cueAtPosition, FeatureHash.combine(words, position))
            nestedIn = attributions.indices.first { other in
                other != index && attributions[other].kind != .partial && attributions[other].content.contains(cue.lowerBound)
            }.map { attributions[$0] }
        } else {
            add(.cuePosition, 0)
        }
        add(.nested, nestedIn == nil ? 0 : 1)
        if let nestedIn { add(.nestedIn, nestedIn.kind == .direct ? 1 : nestedIn.kind == .indirect ? 2 : 3) }
        let contained = attributions.indices.contains { other in
            let range = attributions[other].content
            return other != index && attributions[other].kind != .partial && range.lowerBound <= content.lowerBound
                && content.upperBound <= range.upperBound
        }
        add(.contained, contained ? 1 : 0)
        let length = content.count
        add(.length, length < 3 ? 0 : length < 6 ? 1 : length < 12 ? 2 : length < 24 ? 3 : length < 48 ? 4 : 5)
        add(.first, word(content.lowerBound))
        add(.last, word(content.upperBound - 1))
        add(.previous, word(content.lowerBound - 1))
        add(.next, word(content.upperBound))
        if let speaker = attribution.speaker, !speaker.isEmpty {
            add(.speaker, 1)
            add(.speakerPronoun, speaker.count == 1 && Vocabulary.pronouns[text.words[speaker.lowerBound]] != nil ? 1 : 0)
            add(.speakerEntity, speaker.contains { $0 < entityKinds.count && entityKinds[$0] != 0 } ? 1 : 0)
        } else {
            add(.speaker, 0)
        }
        add(.quoted, content.contains { text.quotationOf[$0] >= 0 } ? 1 : 0)
        add(.impersonal, attribution.impersonal ? 1 : 0)
        add(.inherits, attribution.inherits == nil ? 0 : 1)
        return features
    }
}
