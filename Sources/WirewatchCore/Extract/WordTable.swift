/// A read-only table keyed by short words, for the rule stages' vocabularies.
///
/// `Dictionary<String, _>` hashes every key it is asked for with SipHash, which costs more than
/// the rest of a rule's test for most tokens; this table hashes the key's UTF-8 bytes with
/// FNV-1a and probes an open-addressed slot array (at most half full), comparing the stored
/// hash before the string. Built once (vocabularies are static), read from any thread.
struct WordTable<Value: Sendable>: Sendable, ExpressibleByDictionaryLiteral {
    /// The words, in the order given.
    let keys: [String]
    private let values: [Value]
    private let hashes: [UInt64]
    /// Per slot: the index of its word in `keys`, or -1 when empty.
    private let slots: [Int32]
    private let mask: Int

    init(_ dictionary: [String: Value]) {
        // Sorted, so that the layout does not depend on the dictionary's order.
        let entries = dictionary.sorted { $0.key < $1.key }
        keys = entries.map(\.key)
        values = entries.map(\.value)
        hashes = keys.map(Self.hash)
        var size = 8
        while size < 2 * max(1, keys.count) { size *= 2 }
        mask = size - 1
        var slots = [Int32](repeating: -1, count: size)
        for (index, hash) in hashes.enumerated() {
            var slot = Int(truncatingIfNeeded: hash) & (size - 1)
            while slots[slot] >= 0 { slot = (slot + 1) & (size - 1) }
            slots[slot] = Int32(index)
        }
        self.slots = slots
    }

    init(dictionaryLiteral elements: (String, Value)...) {
        self.init(Dictionary(elements, uniquingKeysWith: { _, last in last }))
    }

    var count: Int { keys.count }

    /// Every word with its value, in the words' order.
    var entries: [(key: String, value: Value)] { Array(zip(keys, values)).map { (key: $0.0, value: $0.1) } }

    /// FNV-1a over the word's UTF-8 bytes, finished so that the low bits (the slot) mix in
    /// every byte.
    @inline(__always)
    static func hash(_ word: String) -> UInt64 {
        var hash: UInt64 = 0xCBF2_9CE4_8422_2325
        for byte in word.utf8 { hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01B3 }
        return hash ^ (hash >> 29)
    }

    /// The slot index of `word`'s entry in `keys`, or nil.
    @inline(__always)
    private func index(of word: String) -> Int? {
        let hash = Self.hash(word)
        var slot = Int(truncatingIfNeeded: hash) & mask
        while true {
            let index = Int(slots[slot])
            if index < 0 { return nil }
            if hashes[index] == hash, keys[index] == word { return index }
            slot = (slot + 1) & mask
        }
    }

    @inline(__always)
    subscript(_ word: String) -> Value? {
        index(of: word).map { values[$0] }
    }

    @inline(__always)
    func contains(_ word: String) -> Bool { index(of: word) != nil }
}
