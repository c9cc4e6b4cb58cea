/// A training order that depends only on a seed: Fisher–Yates driven by xorshift64, so the
/// same seed gives the same order, and so the same model, on every machine.
struct SeededOrder {
    private(set) var indexes: [Int]
    private var state: UInt64

    init(count: Int, seed: UInt64) {
        indexes = Array(0..<count)
        state = seed == 0 ? 0x9E37_79B9_7F4A_7C15 : seed
    }

    /// Shuffles the order for the next epoch.
    mutating func shuffle() {
        for index in stride(from: indexes.count - 1, to: 0, by: -1) {
            state ^= state << 13
            state ^= state >> 7
            state ^= state << 17
            indexes.swapAt(index, Int(state % UInt64(index + 1)))
        }
    }
}
