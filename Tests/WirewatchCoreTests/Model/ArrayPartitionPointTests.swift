import Testing
@testable import WirewatchCore

@Suite struct ArrayPartitionPointTests {
    @Test func findsTheFirstElementThatFails() {
        let values = [1, 3, 5, 7, 9]
        #expect(values.partitionPoint { $0 < 6 } == 3)
        #expect(values.partitionPoint { $0 < 0 } == 0)
        #expect(values.partitionPoint { $0 < 100 } == 5)
        #expect([Int]().partitionPoint { $0 < 1 } == 0)
    }
}
