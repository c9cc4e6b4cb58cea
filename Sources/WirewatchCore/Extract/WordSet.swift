/// A read-only set of short words: a `WordTable` without values, for the same speed.
struct WordSet: Sendable, ExpressibleByArrayLiteral, Sequence {
    private let table: WordTable<Bool>

    init<S: Sequence>(_ words: S) where S.Element == String {
        table = WordTable(Dictionary(words.map { ($0, true) }, uniquingKeysWith: { first, _ in first }))
    }

    init(arrayLiteral words: String...) {
        self.init(words)
    }

    @inline(__always)
    func contains(_ word: String) -> Bool { table.contains(word) }

    var count: Int { table.count }

    func makeIterator() -> IndexingIterator<[String]> { table.keys.makeIterator() }
}
