import Foundation

/// Trains a linear-chain conditional random field over hashed features by stochastic gradient
/// descent with L2 regularisation; the result is a `TaggerModel`.
///
/// Each example is a whole token sequence (a document for the attribution tagger, whose spans
/// cross sentences). Marginals come from a scaled forward–backward pass in probability space
/// (no logarithms in the inner loop), under the tag set's BILOU constraints. The L2 penalty is
/// applied lazily through one shared decay factor, so a step touches only the weights of the
/// sequence's features. Deterministic for a seed: the order of examples is shuffled by a
/// seeded xorshift generator and nothing runs in parallel.
public struct CRFTrainer: Sendable {
    /// One training sequence: the feature ids of each token and its gold tags.
    public struct Example: Sendable {
        /// `ids[offsets[t]..<offsets[t + 1]]` are token t's feature ids (bucket indexes).
        public let ids: [UInt32]
        public let offsets: [Int]
        public let gold: [Int]

        public init(ids: [UInt32], offsets: [Int], gold: [Int]) {
            self.ids = ids
            self.offsets = offsets
            self.gold = gold
        }

        public var tokenCount: Int { gold.count }
    }

    public var tagSet: TagSet
    public var buckets: Int
    public var epochs: Int
    public var seed: UInt64
    /// The L2 coefficient: the objective is the log-likelihood minus `l2 · ‖w‖²` per corpus.
    public var l2: Double
    /// The initial learning rate; it falls linearly to a hundredth of it over the training, so
    /// that the last epochs settle instead of jumping between the steps of single documents.
    public var rate: Double

    public init(tagSet: TagSet, buckets: Int, epochs: Int = 30, seed: UInt64 = 1, l2: Double = 1.0, rate: Double = 0.001) {
        self.tagSet = tagSet
        self.buckets = buckets
        self.epochs = epochs
        self.seed = seed
        self.l2 = l2
        self.rate = rate
    }

    /// Trains on `examples`; `report` receives (epoch, mean negative log-likelihood per token).
    public func train(_ examples: [Example], provenance: String, report: (Int, Double) -> Void) -> TaggerModel {
        let tags = tagSet.count
        var state = State(tags: tags, buckets: buckets, tagSet: tagSet)
        let lambda = 2 * l2 / Double(max(1, examples.count))
        var order = SeededOrder(count: examples.count, seed: seed)
        var step = 0.0
        let steps = Double(max(1, epochs) * max(1, examples.count))
        for epoch in 1...max(1, epochs) {
            order.shuffle()
            var loss = 0.0
            var tokens = 0
            for exampleIndex in order.indexes {
                let example = examples[exampleIndex]
                guard !example.gold.isEmpty else { continue }
                let eta = rate * max(0.01, 1 - step / steps)
                step += 1
                // Decay first (the penalty's gradient), then the likelihood step at the same rate.
                state.decay(by: 1 - eta * lambda)
                loss += state.step(example, eta: eta)
                tokens += example.gold.count
            }
            report(epoch, tokens > 0 ? loss / Double(tokens) : 0)
        }
        return state.model(provenance: provenance)
    }

    /// Weights and scratch space of one training run.
    struct State {
        let tags: Int
        let tagSet: TagSet
        /// Stored weights; the real weight is `weights[i] * scale`.
        var weights: [Double]
        var scale = 1.0
        /// `transitions[(previous + 1) * tags + next]`, row 0 for the sequence start.
        var transitions: [Double]
        let allowed: [Bool]
        let canEnd: [Bool]

        init(tags: Int, buckets: Int, tagSet: TagSet) {
            self.tags = tags
            self.tagSet = tagSet
            weights = [Double](repeating: 0, count: buckets * tags)
            transitions = [Double](repeating: 0, count: (tags + 1) * tags)
            allowed = tagSet.transitionMask
            canEnd = (0..<tags).map { tagSet.canEnd($0) }
        }

        mutating func decay(by factor: Double) {
            scale *= factor
            for index in transitions.indices { transitions[index] *= factor }
            if scale < 1e-9 {
                for index in weights.indices { weights[index] *= scale }
                scale = 1
            }
        }

        /// One gradient step on `example`; returns its negative log-likelihood.
        mutating func step(_ example: Example, eta: Double) -> Double {
            let count = example.gold.count
            let tags = self.tags
            // Emission scores, shifted per token by their maximum so that exp() stays in (0, 1].
            var emission = [Double](repeating: 0, count: count * tags)
            var shift = [Double](repeating: 0, count: count)
            weights.withUnsafeBufferPointer { weights in
                for token in 0..<count {
                    for index in example.offsets[token]..<example.offsets[token + 1] {
                        let row = Int(example.ids[index]) * tags
                        for tag in 0..<tags { emission[token * tags + tag] += weights[row + tag] }
                    }
                    var largest = -Double.greatestFiniteMagnitude
                    for tag in 0..<tags {
                        emission[token * tags + tag] *= scale
                        largest = max(largest, emission[token * tags + tag])
                    }
                    shift[token] = largest
                }
            }
            var potential = [Double](repeating: 0, count: count * tags)
            for token in 0..<count {
                for tag in 0..<tags { potential[token * tags + tag] = exp(emission[token * tags + tag] - shift[token]) }
            }
            var transition = [Double](repeating: 0, count: (tags + 1) * tags)
            for index in transition.indices where allowed[index] { transition[index] = exp(min(transitions[index], 50)) }

            // Forward, normalised per token; log Z = Σ (log norm + shift).
            var alpha = [Double](repeating: 0, count: count * tags)
            var logZ = 0.0
            for token in 0..<count {
                var norm = 0.0
                for tag in 0..<tags {
                    var sum = 0.0
                    if token == 0 {
                        sum = transition[tag]
                    } else {
                        for previous in 0..<tags { sum += alpha[(token - 1) * tags + previous] * transition[(previous + 1) * tags + tag] }
                    }
                    if token == count - 1, !canEnd[tag] { sum = 0 }
                    let value = sum * potential[token * tags + tag]
                    alpha[token * tags + tag] = value
                    norm += value
                }
                guard norm > 0, norm.isFinite else { return 0 }
                for tag in 0..<tags { alpha[token * tags + tag] /= norm }
                logZ += log(norm) + shift[token]
            }
            // Backward, with the same kind of per-token normalisation.
            var beta = [Double](repeating: 0, count: count * tags)
            for tag in 0..<tags { beta[(count - 1) * tags + tag] = canEnd[tag] ? 1 : 0 }
            if count > 1 {
                for token in stride(from: count - 2, through: 0, by: -1) {
                    var norm = 0.0
                    for previous in 0..<tags {
                        var sum = 0.0
                        for tag in 0..<tags {
                            sum += transition[(previous + 1) * tags + tag] * potential[(token + 1) * tags + tag] * beta[(token + 1) * tags + tag]
                        }
                        beta[token * tags + previous] = sum
                        norm += sum
                    }
                    guard norm > 0, norm.isFinite else { return 0 }
                    for tag in 0..<tags { beta[token * tags + tag] /= norm }
                }
            }

            // The gold path's score.
            var goldScore = 0.0
            for token in 0..<count {
                let previous = token == 0 ? -1 : example.gold[token - 1]
                goldScore += emission[token * tags + example.gold[token]] + transitions[(previous + 1) * tags + example.gold[token]]
            }

            // Gradient: gold counts minus expected counts, for features and transitions.
            let stepSize = eta / scale
            var marginal = [Double](repeating: 0, count: tags)
            var pair = [Double](repeating: 0, count: (tags + 1) * tags)
            for token in 0..<count {
                var total = 0.0
                for tag in 0..<tags {
                    marginal[tag] = alpha[token * tags + tag] * beta[token * tags + tag]
                    total += marginal[tag]
                }
                guard total > 0 else { continue }
                for tag in 0..<tags { marginal[tag] /= total }
                marginal[example.gold[token]] -= 1
                for index in example.offsets[token]..<example.offsets[token + 1] {
                    let row = Int(example.ids[index]) * tags
                    for tag in 0..<tags where marginal[tag] != 0 { weights[row + tag] -= stepSize * marginal[tag] }
                }
                // Pair marginals P(y[t-1] = p, y[t] = k).
                var pairTotal = 0.0
                for index in pair.indices { pair[index] = 0 }
                if token == 0 {
                    for tag in 0..<tags {
                        pair[tag] = transition[tag] * potential[tag] * beta[tag]
                        pairTotal += pair[tag]
                    }
                } else {
                    for previous in 0..<tags {
                        let from = alpha[(token - 1) * tags + previous]
                        guard from > 0 else { continue }
                        for tag in 0..<tags {
                            let value = from * transition[(previous + 1) * tags + tag] * potential[token * tags + tag] * beta[token * tags + tag]
                            pair[(previous + 1) * tags + tag] = value
                            pairTotal += value
                        }
                    }
                }
                guard pairTotal > 0 else { continue }
                let goldPrevious = token == 0 ? -1 : example.gold[token - 1]
                pair[(goldPrevious + 1) * tags + example.gold[token]] -= pairTotal
                for index in pair.indices where pair[index] != 0 { transitions[index] -= eta * pair[index] / pairTotal }
            }
            return logZ - goldScore
        }

        /// The model: weights quantised to signed bytes, transitions as they are.
        func model(provenance: String) -> TaggerModel {
            var largest = 0.0
            for weight in weights { largest = max(largest, abs(weight * scale)) }
            let step = largest > 0 ? largest / 127 : 1
            let quantised = weights.map { Int8(clamping: Int(($0 * scale / step).rounded())) }
            return TaggerModel(
                tagSet: tagSet, buckets: weights.count / tags, scale: Float(step), weights: quantised,
                transitions: transitions.map { Float($0) }, provenance: provenance)
        }
    }
}
