import Testing
@testable import WirewatchCore

@Suite struct TagSetTests {
    @Test func bilouTagsAndConstraints() {
        let tags = TagSet.conll
        #expect(tags.count == 17)
        let bPER = tags.tag(type: 0, .begin)
        let iPER = tags.tag(type: 0, .inside)
        let lPER = tags.tag(type: 0, .last)
        let uORG = tags.tag(type: 1, .unit)
        #expect(tags.decompose(bPER)! == (0, .begin))
        #expect(tags.decompose(0) == nil)
        #expect(tags.allows(-1, bPER) && tags.allows(-1, uORG) && !tags.allows(-1, iPER))
        #expect(tags.allows(bPER, iPER) && tags.allows(bPER, lPER) && !tags.allows(bPER, 0))
        #expect(!tags.allows(bPER, tags.tag(type: 1, .last)))
        #expect(tags.allows(lPER, uORG) && tags.allows(lPER, 0))
        #expect(!tags.canEnd(bPER) && tags.canEnd(lPER) && tags.canEnd(0))
    }

    @Test func spansFromTags() {
        let tags = TagSet.conll
        let sequence = [0, tags.tag(type: 0, .begin), tags.tag(type: 0, .last), 0, tags.tag(type: 2, .unit)]
        #expect(NERTrainer.spans(sequence, tags) == [[1, 2, 0], [4, 4, 2]])
    }
}
