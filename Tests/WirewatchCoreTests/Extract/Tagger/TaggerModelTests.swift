import Testing
@testable import WirewatchCore

@Suite struct TaggerModelTests {
    /// A tiny corpus where capitalised words after "Mr" are people and after "in" places.
    private func corpus(_ trainer: NERTrainer) -> [NERTrainer.Example] {
        var examples: [NERTrainer.Example] = []
        let people = ["Smith", "Jones", "Brown", "Taylor", "Wilson", "Evans"]
        let places = ["Paris", "Berlin", "Madrid", "Lisbon", "Vienna", "Prague"]
        for (person, place) in zip(people, places) {
            let text = "Mr \(person) lives in \(place) ."
            let personStart = 3
            let placeStart = text.utf8.count - place.utf8.count - 2
            examples += trainer.examples(
                text: text, sentences: [Span(start: 0, end: text.utf8.count)],
                entities: [(personStart, personStart + person.utf8.count, 0), (placeStart, placeStart + place.utf8.count, 2)]
            ).examples
        }
        return examples
    }

    @Test func trainsDeterministicallyAndRoundTrips() throws {
        let trainer = NERTrainer(buckets: 1 << 12, epochs: 5, seed: 7, lexicons: Lexicons())
        let examples = corpus(trainer)
        let first = trainer.train(examples, development: examples) { _, _, _ in }
        let second = trainer.train(examples, development: examples) { _, _, _ in }
        #expect(first.model.serialized() == second.model.serialized())
        #expect(first.f1 == 1.0)
        let reloaded = try TaggerModel(bytes: first.model.serialized())
        #expect(reloaded.serialized() == first.model.serialized())
        #expect(NERTrainer.f1(model: reloaded, examples: examples) == 1.0)
    }

    @Test func refusesDamagedFiles() {
        #expect(throws: StageFailure.self) { try TaggerModel(bytes: Array("not a model".utf8)) }
        let trainer = NERTrainer(buckets: 1 << 8, epochs: 1, lexicons: Lexicons())
        let model = trainer.train([], development: []) { _, _, _ in }.model
        #expect(throws: StageFailure.self) { try TaggerModel(bytes: Array(model.serialized().dropLast(10))) }
    }
}
