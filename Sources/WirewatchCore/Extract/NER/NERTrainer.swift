/// Trains an `TaggerModel`: an averaged structured perceptron over BILOU tags, Viterbi-decoded.
///
/// Deterministic for a given seed: sentence order is shuffled by a seeded generator, and the
/// epoch whose averaged weights score best on the development sentences is kept.
public struct NERTrainer: Sendable {
    /// One training or development sentence: its features and gold tags.
    public struct Example: @unchecked Sendable {
        let encoded: SentenceEncoder.Encoded
        let gold: [Int]

        /// Number of tokens.
        public var tokenCount: Int { gold.count }
    }

    public var tagSet: TagSet
    public var buckets: Int
    public var epochs: Int
    public var seed: UInt64
    let encoder: SentenceEncoder

    public init(tagSet: TagSet = .conll, buckets: Int = 1 << 19, epochs: Int = 15, seed: UInt64 = 1, lexicons: Lexicons) {
        self.tagSet = tagSet
        self.buckets = buckets
        self.epochs = epochs
        self.seed = seed
        encoder = SentenceEncoder(buckets: buckets, lexicons: lexicons)
    }

    /// Builds the examples of one document: `entities` are (UTF-8 start, end, type index) and
    /// `sentences` UTF-8 ranges. Entities whose edges fall inside a token are skipped; the
    /// count of those is returned.
    public func examples(
        text: String, sentences: [Span], entities: [(start: Int, end: Int, type: Int)]
    ) -> (examples: [Example], misaligned: Int) {
        var copy = text
        return copy.withUTF8 { bytes in
            let tokens = Tokenizer().tokenize(bytes: bytes)
            let context = SentenceEncoder.DocumentContext(bytes, tokens, tokens.ranges(of: sentences))
            var examples: [Example] = []
            var misaligned = 0
            var tokenIndex = 0
            for sentence in sentences {
                while tokenIndex < tokens.count, tokens[tokenIndex].span.start < sentence.start { tokenIndex += 1 }
                let first = tokenIndex
                while tokenIndex < tokens.count, tokens[tokenIndex].span.end <= sentence.end { tokenIndex += 1 }
                guard tokenIndex > first else { continue }
                let slice = tokens[first..<tokenIndex]
                var gold = [Int](repeating: 0, count: slice.count)
                for entity in entities where entity.start >= sentence.start && entity.end <= sentence.end {
                    guard let begin = slice.firstIndex(where: { $0.span.start == entity.start }),
                        let end = slice.firstIndex(where: { $0.span.end == entity.end }), end >= begin
                    else {
                        misaligned += 1
                        continue
                    }
                    let b = begin - first
                    let e = end - first
                    if b == e {
                        gold[b] = tagSet.tag(type: entity.type, .unit)
                    } else {
                        gold[b] = tagSet.tag(type: entity.type, .begin)
                        for i in (b + 1)..<e { gold[i] = tagSet.tag(type: entity.type, .inside) }
                        gold[e] = tagSet.tag(type: entity.type, .last)
                    }
                }
                examples.append(Example(encoded: encoder.encode(bytes, slice, context: context), gold: gold))
            }
            return (examples, misaligned)
        }
    }

    /// Trains on `training`, choosing the epoch by entity F1 on `development`.
    /// `report` receives (epoch, training errors, development F1) after each epoch.
    public func train(
        _ training: [Example], development: [Example], report: (Int, Int, Double) -> Void
    ) -> (model: TaggerModel, epoch: Int, f1: Double) {
        let tags = tagSet.count
        var weights = [Float](repeating: 0, count: buckets * tags)
        var totals = [Double](repeating: 0, count: buckets * tags)
        var transitions = [Float](repeating: 0, count: (tags + 1) * tags)
        var transitionTotals = [Double](repeating: 0, count: (tags + 1) * tags)
        var counter: Double = 1
        var order = SeededOrder(count: training.count, seed: seed)
        var best: (model: TaggerModel, epoch: Int, f1: Double)?
        for epoch in 1...max(1, epochs) {
            order.shuffle()
            var errors = 0
            for exampleIndex in order.indexes {
                let example = training[exampleIndex]
                let predicted = decode(example.encoded, weights: weights, transitions: transitions)
                if predicted != example.gold {
                    errors += 1
                    for token in 0..<example.gold.count where predicted[token] != example.gold[token] {
                        for index in example.encoded.offsets[token]..<example.encoded.offsets[token + 1] {
                            let row = Int(example.encoded.ids[index]) * tags
                            weights[row + example.gold[token]] += 1
                            totals[row + example.gold[token]] += counter
                            weights[row + predicted[token]] -= 1
                            totals[row + predicted[token]] -= counter
                        }
                    }
                    for token in 0..<example.gold.count {
                        let goldPrevious = token == 0 ? -1 : example.gold[token - 1]
                        let predictedPrevious = token == 0 ? -1 : predicted[token - 1]
                        if goldPrevious != predictedPrevious || example.gold[token] != predicted[token] {
                            let goldIndex = (goldPrevious + 1) * tags + example.gold[token]
                            let predictedIndex = (predictedPrevious + 1) * tags + predicted[token]
                            transitions[goldIndex] += 1
                            transitionTotals[goldIndex] += counter
                            transitions[predictedIndex] -= 1
                            transitionTotals[predictedIndex] -= counter
                        }
                    }
                }
                counter += 1
            }
            let model = averaged(weights, totals, transitions, transitionTotals, counter, epoch: epoch)
            let f1 = Self.f1(model: model, examples: development)
            report(epoch, errors, f1)
            if best == nil || f1 > best?.f1 ?? 0 { best = (model, epoch, f1) }
        }
        guard let best else { return (averaged(weights, totals, transitions, transitionTotals, counter, epoch: 0), 0, 0) }
        return best
    }

    private func averaged(
        _ weights: [Float], _ totals: [Double], _ transitions: [Float], _ transitionTotals: [Double], _ counter: Double,
        epoch: Int
    ) -> TaggerModel {
        var averagedWeights = [Float](repeating: 0, count: weights.count)
        var largest: Float = 0
        for index in 0..<weights.count {
            let value = Float(Double(weights[index]) - totals[index] / counter)
            averagedWeights[index] = value
            largest = max(largest, abs(value))
        }
        let scale = largest > 0 ? largest / 127 : 1
        let quantised = averagedWeights.map { Int8(clamping: Int(($0 / scale).rounded())) }
        let averagedTransitions = (0..<transitions.count).map { Float(Double(transitions[$0]) - transitionTotals[$0] / counter) }
        return TaggerModel(
            tagSet: tagSet, buckets: buckets, scale: scale, weights: quantised, transitions: averagedTransitions,
            provenance: "averaged perceptron, \(buckets) buckets, epoch \(epoch), seed \(seed)")
    }

    private func decode(_ encoded: SentenceEncoder.Encoded, weights: [Float], transitions: [Float]) -> [Int] {
        let tags = tagSet.count
        let count = encoded.info.count
        var emission = [Float](repeating: 0, count: count * tags)
        for token in 0..<count {
            for index in encoded.offsets[token]..<encoded.offsets[token + 1] {
                let row = Int(encoded.ids[index]) * tags
                for tag in 0..<tags { emission[token * tags + tag] += weights[row + tag] }
            }
        }
        return TaggerModel.viterbi(emission: emission, count: count, transitions: transitions, tagSet: tagSet).tags
    }

    /// Exact-span entity F1 of `model` on `examples`.
    public static func f1(model: TaggerModel, examples: [Example]) -> Double {
        var correct = 0
        var predictedCount = 0
        var goldCount = 0
        for example in examples {
            let predicted = Set(spans(model.decode(example.encoded).tags, model.tagSet))
            let gold = Set(spans(example.gold, model.tagSet))
            correct += predicted.intersection(gold).count
            predictedCount += predicted.count
            goldCount += gold.count
        }
        let precision = predictedCount > 0 ? Double(correct) / Double(predictedCount) : 0
        let recall = goldCount > 0 ? Double(correct) / Double(goldCount) : 0
        return precision + recall > 0 ? 2 * precision * recall / (precision + recall) : 0
    }

    /// Entity spans (first token, last token, type) of a BILOU tag sequence.
    static func spans(_ tags: [Int], _ tagSet: TagSet) -> [[Int]] {
        var result: [[Int]] = []
        var start = -1
        for (index, tag) in tags.enumerated() {
            guard let (type, position) = tagSet.decompose(tag) else {
                start = -1
                continue
            }
            switch position {
            case .unit: result.append([index, index, type])
            case .begin: start = index
            case .inside: break
            case .last: if start >= 0 { result.append([start, index, type]) }
            }
        }
        return result
    }
}
