import Testing
@testable import WirewatchCore

@Suite struct WordTableTests {
    @Test func findsEveryWordAndNoOther() {
        // Enough words that many share a slot and are found by probing.
        var dictionary: [String: Int] = [:]
        for number in 0..<3000 { dictionary["w\(number)"] = number }
        let table = WordTable(dictionary)
        #expect(table.count == 3000)
        for (word, number) in dictionary { #expect(table[word] == number) }
        for number in 3000..<6000 { #expect(table["w\(number)"] == nil) }
        #expect(table[""] == nil)
        #expect(!table.contains("W1"))  // case matters: callers look up lower-case words
    }

    @Test func readsLiteralsWithTheLastValueOfARepeatedWord() {
        let table: WordTable<String> = ["mid": "MID", "early": "START", "mid": "MIDDLE", "’s": "apostrophe"]
        #expect(table.count == 3)
        #expect(table["mid"] == "MIDDLE")
        #expect(table["’s"] == "apostrophe")
        #expect(table["'s"] == nil)
        #expect(table.keys == ["early", "mid", "’s"])
        #expect(table.entries.map(\.value) == ["START", "MIDDLE", "apostrophe"])
    }

    @Test func anEmptyTableHoldsNothing() {
        let table = WordTable<Int>([:])
        #expect(table.count == 0)
        #expect(table["the"] == nil)
    }
}
