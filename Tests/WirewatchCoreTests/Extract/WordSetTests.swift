import Testing
@testable import WirewatchCore

@Suite struct WordSetTests {
    @Test func holdsItsWordsOnce() {
        let set: WordSet = ["last", "next", "this", "last"]
        #expect(set.count == 3)
        #expect(set.contains("next"))
        #expect(!set.contains("Next"))
        #expect(!set.contains("coming"))
        #expect(Set(set) == ["last", "next", "this"])
    }

    @Test func isBuiltFromAnySequence() {
        let set = WordSet(["a.m.", "p.m."].map { $0 })
        #expect(set.contains("a.m."))
        #expect(!set.contains("am"))
    }
}
