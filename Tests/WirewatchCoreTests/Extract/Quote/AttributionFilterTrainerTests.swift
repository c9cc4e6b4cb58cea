import Testing
@testable import WirewatchCore

@Suite struct AttributionFilterTrainerTests {
    /// Feature 1 marks right attributions, feature 2 wrong ones; feature 0 is in all (the bias),
    /// and feature 3 in half of each (noise).
    static let examples: [AttributionFilterTrainer.Example] = (0..<40).map { index in
        let right = index % 2 == 0
        return AttributionFilterTrainer.Example(features: [0, right ? 1 : 2] + (index % 4 < 2 ? [3] : []), right: right)
    }

    @Test func learnsToSeparate() {
        var losses: [Double] = []
        let filter = AttributionFilterTrainer(buckets: 8, epochs: 20, seed: 3, l2: 0.1, rate: 0.5, threshold: 0.5).train(Self.examples) {
            losses.append($1)
        }
        #expect(losses.count == 20)
        #expect(losses.last ?? 1 < losses.first ?? 0)
        #expect(AttributionFilter.probability(filter.weights, [0, 1]) > 0.9)
        #expect(AttributionFilter.probability(filter.weights, [0, 2]) < 0.1)
        #expect(filter.threshold == 0.5 && filter.buckets == 8)
    }

    @Test func regularisationShrinksTheWeights() {
        let loose = AttributionFilterTrainer(buckets: 8, epochs: 20, seed: 3, l2: 0.01, rate: 0.5).train(Self.examples) { _, _ in }
        let tight = AttributionFilterTrainer(buckets: 8, epochs: 20, seed: 3, l2: 20, rate: 0.5).train(Self.examples) { _, _ in }
        #expect(abs(tight.weights[1]) < abs(loose.weights[1]))
    }

    @Test func isDeterministicForASeed() {
        let trainer = AttributionFilterTrainer(buckets: 8, epochs: 5, seed: 7)
        #expect(trainer.train(Self.examples) { _, _ in } == trainer.train(Self.examples) { _, _ in })
        #expect(AttributionFilterTrainer(buckets: 8, epochs: 0).train([]) { _, _ in }.weights == [Float](repeating: 0, count: 8))
    }
}
