import Testing
@testable import WirewatchCore

@Suite struct SeededOrderTests {
    @Test func theSeedAloneDecidesTheOrder() {
        var first = SeededOrder(count: 50, seed: 7)
        var second = SeededOrder(count: 50, seed: 7)
        var other = SeededOrder(count: 50, seed: 8)
        for _ in 0..<3 {
            first.shuffle()
            second.shuffle()
            other.shuffle()
            #expect(first.indexes == second.indexes)
            #expect(first.indexes.sorted() == Array(0..<50))
        }
        #expect(first.indexes != other.indexes)
        #expect(first.indexes != Array(0..<50))
    }

    @Test func emptyAndZeroSeedAreFine() {
        var empty = SeededOrder(count: 0, seed: 0)
        empty.shuffle()
        #expect(empty.indexes.isEmpty)
        var zero = SeededOrder(count: 10, seed: 0)
        zero.shuffle()
        #expect(zero.indexes.sorted() == Array(0..<10))
        #expect(zero.indexes != Array(0..<10))
    }
}
