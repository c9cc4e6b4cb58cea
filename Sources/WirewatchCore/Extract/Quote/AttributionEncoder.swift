/// Turns a tokenised article, and what the attribution rules found in it, into the hashed
/// feature ids of the attribution tagger.
///
/// Per token: the word, its shape, prefix and suffix, the words three each side, bigrams,
/// where it sits in its sentence and paragraph, whether it is inside quotation marks, its
/// entity type, the cue-verb class of the words around it (speech, belief, stance), and the
/// rules' own reading — whether the token is content, cue or source of a rule attribution
/// and of which kind, and each word with that reading — with the nearest rule cue and cue word
/// before and after it in the sentence, and whether a "that", "to", colon or comma lies between
/// such a cue and the token; and, when the model has word clusters, the token's coarse and fine
/// cluster. The rules are thus features: the tagger learns where to trust them and finds
/// attributions they miss. Everything is hashed; no strings are built.
struct AttributionEncoder: Sendable {
    /// Number of hash buckets (a power of two).
    let buckets: Int
    /// The model's word clusters (`.none` for a model trained without them).
    var clusters: WordClusters = .none

    typealias Vocabulary = AttributionVocabulary

    /// The rules' reading of a token, one value per (part, position): O, B/I of content, cue, source.
    enum RuleTag: UInt64 { case outside = 0, contentBegin, contentInside, cueBegin, cueInside, sourceBegin, sourceInside, edge }

    /// The cue words' classes (1 speech, 2 belief, 3 stance) by the hash of their lower case,
    /// which the token descriptions already carry: no string is hashed per token.
    static let cueClasses: [UInt64: UInt64] = {
        var classes: [UInt64: UInt64] = [:]
        for (word, strength) in Vocabulary.cueWords {
            switch strength {
            case .speech: classes[FeatureHash.lowercased(word)] = 1
            case .belief: classes[FeatureHash.lowercased(word)] = 2
            case .stance: classes[FeatureHash.lowercased(word)] = 3
            }
        }
        return classes
    }()

    /// The hashes of "that", "to", ":", "," and ";", compared with the tokens' hashes.
    static let clauseWords = (
        FeatureHash.lowercased("that"), FeatureHash.lowercased("to"), FeatureHash.lowercased(":"), FeatureHash.lowercased(","),
        FeatureHash.lowercased(";")
    )

    /// The most features one token has (templates 1–46, some only when their context exists or
    /// the model has clusters).
    static let maximumFeatures = 46

    /// Feature ids of every token: `ids[offsets[t]..<offsets[t + 1]]`.
    struct Encoded {
        var ids: [UInt32]
        var offsets: [Int]
    }

    /// Encodes `text` (the finder's view of the article) with the rule `attributions` and
    /// `entityKinds` (per token: 0 none, else a small entity-type code).
    func encode(
        _ bytes: UnsafeBufferPointer<UInt8>, tokens: [Token], text: AttributionFinder.Text,
        attributions: [AttributionFinder.Attribution], entityKinds: [UInt8]
    ) -> Encoded {
        let count = tokens.count
        var ruleTag = [RuleTag](repeating: .outside, count: count)
        var ruleKind = [UInt64](repeating: 0, count: count)
        for attribution in attributions {
            let kind: UInt64 = attribution.kind == .direct ? 1 : attribution.kind == .indirect ? 2 : 3
            for part in attribution.parts where !part.isEmpty {
                for token in part where ruleTag[token] == .outside || attribution.kind != .partial {
                    ruleTag[token] = token == part.lowerBound ? .contentBegin : .contentInside
                    ruleKind[token] = kind
                }
            }
            if let cue = attribution.cue {
                for token in cue {
                    ruleTag[token] = token == cue.lowerBound ? .cueBegin : .cueInside
                    ruleKind[token] = kind
                }
            }
            if let speaker = attribution.speaker {
                for token in speaker where ruleTag[token] == .outside {
                    ruleTag[token] = token == speaker.lowerBound ? .sourceBegin : .sourceInside
                    ruleKind[token] = kind
                }
            }
        }
        // Hashes kept as plain arrays (the entity tagger's token descriptions carry more, and an
        // array each that would be retained and released at every read in the loop below).
        var lower = [UInt64](repeating: 0, count: count)
        var shape = [UInt64](repeating: 0, count: count)
        var lexical = [UInt64](repeating: 0, count: count)
        // Statics read once: each read of a global is a call that checks its initialisation.
        let cueClasses = Self.cueClasses
        let boundary = SentenceEncoder.boundary
        let boundaryEnd = SentenceEncoder.boundaryEnd
        for index in 0..<count {
            let span = tokens[index].span
            lower[index] = FeatureHash.bytes(bytes, span.start, span.end, lower: true)
            shape[index] = SentenceEncoder.shape(bytes, span.start, span.end).hash
            lexical[index] = cueClasses[lower[index]] ?? 0
        }
        // Sentence bounds, and the nearest rule cue and cue word at or before / after each token.
        var sentenceStart = [Int](repeating: 0, count: count)
        var sentenceEnd = [Int](repeating: 0, count: count)
        for index in 0..<count {
            let sentence = text.sentence(of: index)
            sentenceStart[index] = sentence.lowerBound
            sentenceEnd[index] = sentence.upperBound
        }
        // The last "that", "to" or colon, and the last comma or semicolon, at or before each token:
        // whether one lies between a cue and a token says if the token is in the cue's clause.
        var lastOpener = [Int](repeating: -1, count: count)
        var lastComma = [Int](repeating: -1, count: count)
        let (that, to, colon, comma, semicolon) = Self.clauseWords
        for index in 0..<count {
            let word = lower[index]
            lastOpener[index] = word == that || word == to || word == colon ? index : index > 0 ? lastOpener[index - 1] : -1
            lastComma[index] = word == comma || word == semicolon ? index : index > 0 ? lastComma[index - 1] : -1
        }
        var cueBefore = [Int](repeating: -1, count: count)
        var cueAfter = [Int](repeating: -1, count: count)
        var wordBefore = [Int](repeating: -1, count: count)
        var wordAfter = [Int](repeating: -1, count: count)
        var lastCue = -1
        var lastWord = -1
        for index in 0..<count {
            if lastCue >= 0, lastCue < sentenceStart[index] { lastCue = -1 }
            if lastWord >= 0, lastWord < sentenceStart[index] { lastWord = -1 }
            if ruleTag[index] == .cueBegin { lastCue = index }
            cueBefore[index] = lastCue
            wordBefore[index] = lastWord
            if lexical[index] != 0 { lastWord = index }
        }
        var nextCue = -1
        var nextWord = -1
        for index in stride(from: count - 1, through: 0, by: -1) {
            if nextCue >= 0, nextCue >= sentenceEnd[index] { nextCue = -1 }
            if nextWord >= 0, nextWord >= sentenceEnd[index] { nextWord = -1 }
            cueAfter[index] = nextCue
            wordAfter[index] = nextWord
            if ruleTag[index] == .cueBegin { nextCue = index }
            if lexical[index] != 0 { nextWord = index }
        }

        // Written straight into storage sized for the most features a token can have.
        var ids = [UInt32](repeating: 0, count: count * Self.maximumFeatures)
        var written = 0
        var offsets = [Int](repeating: 0, count: count + 1)
        let mask = UInt64(buckets - 1)
        let clusters = clusters
        let hasClusters = !clusters.isEmpty
        ids.withUnsafeMutableBufferPointer { output in
            @inline(__always) func add(_ template: UInt64, _ value: UInt64) {
                let hash = FeatureHash.combine(template &* 0x9E37_79B9_7F4A_7C15 &+ 0x5151, value)
                output[written] = UInt32(truncatingIfNeeded: (hash ^ (hash >> 29)) & mask)
                written += 1
            }
            @inline(__always) func word(_ index: Int) -> UInt64 {
                index < 0 ? boundary : index >= count ? boundaryEnd : lower[index]
            }
            @inline(__always) func rule(_ index: Int) -> UInt64 { index < 0 || index >= count ? RuleTag.edge.rawValue : ruleTag[index].rawValue }
            @inline(__always) func lexicon(_ index: Int) -> UInt64 { index < 0 || index >= count ? 4 : lexical[index] }
            @inline(__always) func entity(_ index: Int) -> UInt64 { index < 0 || index >= count ? 15 : UInt64(entityKinds[index]) }
            for index in 0..<count {
                let span = tokens[index].span
                add(1, 0)
                add(2, lower[index])
                add(3, shape[index])
                let length = span.end - span.start
                add(4, length > 3 ? FeatureHash.bytes(bytes, span.end - 3, span.end, lower: true) : lower[index])
                add(5, length > 2 ? FeatureHash.bytes(bytes, span.start, span.start + 2, lower: true) : lower[index])
                add(6, ruleTag[index].rawValue)
                add(7, ruleKind[index] << 3 | ruleTag[index].rawValue)
                add(8, text.quotationOf[index] >= 0 ? 1 : 0)
                add(9, lexical[index])
                add(10, UInt64(entityKinds[index]))
                add(11, word(index - 3))
                add(12, word(index - 2))
                add(13, word(index - 1))
                add(14, word(index + 1))
                add(15, word(index + 2))
                add(16, word(index + 3))
                add(17, rule(index - 2))
                add(18, rule(index - 1))
                add(19, rule(index + 1))
                add(20, rule(index + 2))
                add(21, lexicon(index - 2))
                add(22, lexicon(index - 1))
                add(23, lexicon(index + 1))
                add(24, lexicon(index + 2))
                add(25, index > 0 ? shape[index - 1] : boundary)
                add(26, index + 1 < count ? shape[index + 1] : boundaryEnd)
                add(27, entity(index - 1))
                add(28, entity(index + 1))
                add(29, FeatureHash.combine(word(index - 1), lower[index]))
                add(30, FeatureHash.combine(lower[index], word(index + 1)))
                add(31, UInt64(min(index - sentenceStart[index], 4)))
                add(32, UInt64(min(sentenceEnd[index] - 1 - index, 4)))
                add(33, text.paragraphStart[index] ? 1 : 0)
                let after = cueAfter[index]
                let before = cueBefore[index]
                add(34, after >= 0 ? 1 : 0)
                add(35, before >= 0 ? 1 : 0)
                if after >= 0 { add(36, lower[after]) }
                if before >= 0 {
                    add(37, lower[before])
                    add(38, UInt64(min(index - before, 6)))
                    add(42, UInt64(lastOpener[index] > before ? 1 : 0) | UInt64(lastComma[index] > before ? 2 : 0))
                }
                if wordAfter[index] >= 0 {
                    let other = wordAfter[index]
                    add(39, lexical[other] << 3 | UInt64(min(other - index, 6)))
                }
                if wordBefore[index] >= 0 {
                    let other = wordBefore[index]
                    add(40, lexical[other] << 3 | UInt64(min(index - other, 6)))
                    add(41, lower[other])
                    add(43, lexical[other] << 2 | UInt64(lastOpener[index] > other ? 1 : 0) | UInt64(lastComma[index] > other ? 2 : 0))
                }
                add(44, FeatureHash.combine(lower[index], ruleTag[index].rawValue))
                if hasClusters {
                    // Unknown words share the value 0: rare words are a class of their own.
                    let (coarse, fine) = clusters.classes(lower[index])
                    add(45, fine)
                    add(46, coarse)
                }
                offsets[index + 1] = written
            }
        }
        ids.removeSubrange(written...)
        return Encoded(ids: ids, offsets: offsets)
    }
}
