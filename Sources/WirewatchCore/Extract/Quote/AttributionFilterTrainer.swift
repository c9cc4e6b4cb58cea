import Foundation

/// Trains the `AttributionFilter`: logistic regression over hashed features by stochastic
/// gradient descent with L2 regularisation.
///
/// The objective per corpus is the summed log loss plus `l2 · ‖w‖² / 2`, as in scikit-learn's
/// `LogisticRegression(C = 1 / l2)`, on which the design was tried first. The penalty is applied
/// lazily through one shared decay factor, so a step touches only the example's features; the
/// learning rate falls linearly to a hundredth of `rate`. Deterministic for a seed.
public struct AttributionFilterTrainer: Sendable {
    /// One attribution: its feature bucket indexes and whether a gold attribution matches it.
    public struct Example: Sendable, Hashable {
        public let features: [Int]
        public let right: Bool

        public init(features: [Int], right: Bool) {
            self.features = features
            self.right = right
        }
    }

    public var buckets: Int
    public var epochs: Int
    public var seed: UInt64
    public var l2: Double
    public var rate: Double
    public var threshold: Float

    public init(buckets: Int = 1 << 14, epochs: Int = 20, seed: UInt64 = 1, l2: Double = 3.0, rate: Double = 0.1, threshold: Float = 0.5) {
        self.buckets = buckets
        self.epochs = epochs
        self.seed = seed
        self.l2 = l2
        self.rate = rate
        self.threshold = threshold
    }

    /// Trains on `examples`; `report` receives (epoch, mean log loss).
    public func train(_ examples: [Example], report: (Int, Double) -> Void) -> AttributionFilter {
        // w = decay · v: shrinking every weight is one multiplication of `decay`.
        var values = [Double](repeating: 0, count: buckets)
        var decay = 1.0
        let lambda = l2 / Double(max(1, examples.count))
        var order = SeededOrder(count: examples.count, seed: seed)
        let steps = Double(max(1, epochs) * max(1, examples.count))
        var step = 0.0
        for epoch in 1...max(1, epochs) {
            order.shuffle()
            var loss = 0.0
            for index in order.indexes {
                let example = examples[index]
                let eta = rate * (1 - 0.99 * step / steps)
                step += 1
                var sum = 0.0
                for feature in example.features { sum += values[feature] }
                sum *= decay
                let probability = 1 / (1 + Foundation.exp(-sum))
                let target = example.right ? 1.0 : 0.0
                loss -= example.right ? Foundation.log(max(probability, 1e-12)) : Foundation.log(max(1 - probability, 1e-12))
                decay *= 1 - eta * lambda
                let change = eta * (probability - target) / decay
                for feature in example.features { values[feature] -= change }
                if decay < 1e-9 {
                    for bucket in values.indices { values[bucket] *= decay }
                    decay = 1
                }
            }
            report(epoch, loss / Double(max(1, examples.count)))
        }
        return AttributionFilter(buckets: buckets, threshold: threshold, weights: values.map { Float($0 * decay) })
    }
}
