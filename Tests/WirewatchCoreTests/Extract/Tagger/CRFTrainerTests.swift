import Testing
@testable import WirewatchCore

@Suite struct CRFTrainerTests {
    /// Sequences over a toy vocabulary: after word 1 ("said") comes a content span that runs to
    /// word 2 ("."); word 3 is a source just before "said"; other words are outside.
    private func corpus() -> [CRFTrainer.Example] {
        let tagSet = TagSet.attribution
        var examples: [CRFTrainer.Example] = []
        var generator: UInt64 = 42
        func next(_ bound: Int) -> Int {
            generator ^= generator << 13
            generator ^= generator >> 7
            generator ^= generator << 17
            return Int(generator % UInt64(bound))
        }
        for _ in 0..<40 {
            var words: [Int] = []
            var gold: [Int] = []
            for _ in 0..<(1 + next(3)) { words.append(10 + next(20)); gold.append(0) }
            words.append(3)
            gold.append(tagSet.tag(type: 2, .unit))
            words.append(1)
            gold.append(tagSet.tag(type: 1, .unit))
            let length = 1 + next(5)
            for index in 0..<length {
                words.append(10 + next(20))
                let position: TagSet.Position = length == 1 ? .unit : index == 0 ? .begin : index == length - 1 ? .last : .inside
                gold.append(tagSet.tag(type: 0, position))
            }
            words.append(2)
            gold.append(0)
            // Features: the word, the previous word, and whether "said" came earlier in the sequence.
            var ids: [UInt32] = []
            var offsets = [0]
            var seenCue = false
            for (index, word) in words.enumerated() {
                ids.append(UInt32(word))
                ids.append(UInt32(100 + (index > 0 ? words[index - 1] : 0)))
                ids.append(seenCue ? 200 : 201)
                if word == 1 { seenCue = true }
                if word == 2 { seenCue = false }
                offsets.append(ids.count)
            }
            examples.append(CRFTrainer.Example(ids: ids, offsets: offsets, gold: gold))
        }
        return examples
    }

    @Test func learnsSpansDeterministically() throws {
        let examples = corpus()
        let trainer = CRFTrainer(tagSet: .attribution, buckets: 256, epochs: 20, seed: 3, l2: 0.1, rate: 0.05)
        var losses: [Double] = []
        let model = trainer.train(examples, provenance: "test") { _, loss in losses.append(loss) }
        #expect(losses.count == 20)
        let first = try #require(losses.first)
        let last = try #require(losses.last)
        #expect(last < first / 4)
        var wrong = 0
        for example in examples {
            let tags = model.decode(ids: example.ids, offsets: example.offsets, count: example.tokenCount).tags
            if tags != example.gold { wrong += 1 }
        }
        #expect(wrong == 0)
        let again = trainer.train(examples, provenance: "test") { _, _ in }
        #expect(again.serialized() == model.serialized())
        let reloaded = try TaggerModel(bytes: model.serialized(), stage: "quotes")
        #expect(reloaded.tagSet == .attribution)
        #expect(reloaded.serialized() == model.serialized())
    }

    @Test func anotherSeedShufflesDifferently() {
        let examples = corpus()
        let first = CRFTrainer(tagSet: .attribution, buckets: 256, epochs: 2, seed: 1, rate: 0.05).train(examples, provenance: "") { _, _ in }
        let second = CRFTrainer(tagSet: .attribution, buckets: 256, epochs: 2, seed: 2, rate: 0.05).train(examples, provenance: "") { _, _ in }
        #expect(first.serialized() != second.serialized())
    }

    @Test func emptyExamplesAreSkipped() {
        let empty = CRFTrainer.Example(ids: [], offsets: [0], gold: [])
        var losses: [Double] = []
        let model = CRFTrainer(tagSet: .attribution, buckets: 64, epochs: 1).train([empty], provenance: "") { _, loss in losses.append(loss) }
        #expect(losses == [0])
        #expect(model.decode(ids: [], offsets: [0], count: 0).tags.isEmpty)
    }
}
