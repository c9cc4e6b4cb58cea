/// Distributional word clusters, coarse and fine, looked up by the hash of a word's lower case.
///
/// Words that occur in the same contexts share a cluster ("criticized", "praised",
/// "denounced"), so a tagger with cluster features treats a word it never saw in training like
/// the words of its cluster that it did. `scripts/build-word-clusters.py` builds them from
/// unlabelled text; `wirewatch train quotes --clusters FILE` embeds them in `quotes.model`, so
/// that a model always runs with the clusters it was trained with.
public struct WordClusters: Sendable, Equatable {
    /// Per word hash (`FeatureHash.lowercased`): `(coarse + 1) << 16 | (fine + 1)`, so that
    /// no entry is 0, the value of an unknown word.
    let table: [UInt64: UInt32]

    /// No clusters: the tagger adds no cluster features (models trained without them).
    public static let none = WordClusters(table: [:])

    init(table: [UInt64: UInt32]) {
        self.table = table
    }

    /// Number of entries (a word written with an apostrophe counts twice, as `'` and as `’`).
    public var count: Int { table.count }

    public var isEmpty: Bool { table.isEmpty }

    /// Reads the build script's TSV: a `#` header line, then `word<TAB>coarse<TAB>fine` per
    /// line (clusters are numbers below 65535). Words with an apostrophe are also entered with
    /// the typographic one, which articles use as often.
    public init(tsv: String) throws(StageFailure) {
        var table: [UInt64: UInt32] = [:]
        var number = 0
        for line in tsv.split(separator: "\n", omittingEmptySubsequences: false) {
            number += 1
            guard !line.isEmpty, !line.hasPrefix("#") else { continue }
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false)
            guard fields.count == 3, !fields[0].isEmpty, let coarse = UInt32(fields[1]), let fine = UInt32(fields[2]),
                coarse < 0xFFFF, fine < 0xFFFF
            else {
                throw StageFailure(stage: "quotes", reason: "word clusters line \(number) is not word, coarse and fine cluster numbers")
            }
            let value = (coarse + 1) << 16 | (fine + 1)
            let word = String(fields[0])
            table[FeatureHash.lowercased(word)] = value
            if word.contains("'") {
                table[FeatureHash.lowercased(word.split(separator: "'", omittingEmptySubsequences: false).joined(separator: "\u{2019}"))] = value
            }
        }
        self.table = table
    }

    /// The coarse and fine cluster of the word whose lower-case hash is `hash`, each 0 for an
    /// unknown word and the cluster number plus one otherwise.
    @inline(__always)
    func classes(_ hash: UInt64) -> (coarse: UInt64, fine: UInt64) {
        let value = table[hash] ?? 0
        return (UInt64(value >> 16), UInt64(value & 0xFFFF))
    }

    /// Appends the clusters to a model file: the entry count, then each entry's hash (two
    /// little-endian halves, low first) and value, in hash order so that the bytes are the same
    /// for the same clusters.
    func write(to writer: inout BinaryWriter) {
        writer.uint32(UInt32(table.count))
        for (hash, value) in table.sorted(by: { $0.key < $1.key }) {
            writer.uint32(UInt32(truncatingIfNeeded: hash))
            writer.uint32(UInt32(truncatingIfNeeded: hash >> 32))
            writer.uint32(value)
        }
    }

    /// Reads what `write(to:)` wrote.
    init(reading reader: inout BinaryReader) throws(StageFailure) {
        guard let count = reader.uint32() else { throw StageFailure(stage: "quotes", reason: "word clusters are truncated") }
        // The entries must be in the file before room is made for them: a damaged count must
        // not allocate gigabytes.
        guard Int(count) <= (reader.bytes.count - reader.position) / 12 else {
            throw StageFailure(stage: "quotes", reason: "word clusters are shorter than their \(count) entries")
        }
        var table: [UInt64: UInt32] = [:]
        table.reserveCapacity(Int(count))
        for _ in 0..<count {
            guard let low = reader.uint32(), let high = reader.uint32(), let value = reader.uint32(),
                value >> 16 != 0, value & 0xFFFF != 0
            else { throw StageFailure(stage: "quotes", reason: "word clusters are damaged") }
            table[UInt64(high) << 32 | UInt64(low)] = value
        }
        self.table = table
    }
}
