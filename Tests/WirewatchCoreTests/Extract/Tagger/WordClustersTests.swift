import Testing
@testable import WirewatchCore

@Suite struct WordClustersTests {
    private let tsv = "# word\tcoarse\tfine\nsaid\t3\t17\ncriticized\t3\t40\nn't\t5\t9\n"

    @Test func looksWordsUpByTheirLowerCaseHash() throws {
        let clusters = try WordClusters(tsv: tsv)
        #expect(clusters.classes(FeatureHash.lowercased("said")) == (4, 18))
        #expect(clusters.classes(FeatureHash.lowercased("Said")) == (4, 18))
        #expect(clusters.classes(FeatureHash.lowercased("criticized")) == (4, 41))
        // An unknown word is 0 at both granularities.
        #expect(clusters.classes(FeatureHash.lowercased("lambasted")) == (0, 0))
    }

    @Test func aWordWithAnApostropheIsAlsoFoundWithATypographicOne() throws {
        let clusters = try WordClusters(tsv: tsv)
        #expect(clusters.classes(FeatureHash.lowercased("n't")) == (6, 10))
        #expect(clusters.classes(FeatureHash.lowercased("n\u{2019}t")) == (6, 10))
        #expect(clusters.count == 4)
    }

    @Test func refusesMalformedLines() {
        for bad in ["said\t3\n", "said\tx\t4\n", "\t1\t2\n", "said\t1\t70000\n"] {
            #expect { try WordClusters(tsv: "# word\tcoarse\tfine\n" + bad) } throws: {
                ($0 as? StageFailure)?.reason.contains("line 2") == true
            }
        }
    }

    @Test func roundTripsThroughAModelFileInHashOrder() throws {
        let clusters = try WordClusters(tsv: tsv)
        // The same words listed in another order write the same bytes.
        let reordered = try WordClusters(tsv: "n't\t5\t9\ncriticized\t3\t40\nsaid\t3\t17\n")
        var writer = BinaryWriter()
        clusters.write(to: &writer)
        var other = BinaryWriter()
        reordered.write(to: &other)
        #expect(writer.output == other.output)
        #expect(writer.output.count == 4 + 12 * clusters.count)
        var reader = BinaryReader(bytes: writer.output)
        #expect(try WordClusters(reading: &reader) == clusters)
        #expect(reader.position == writer.output.count)
    }

    @Test func refusesDamagedEntries() throws {
        var writer = BinaryWriter()
        try WordClusters(tsv: tsv).write(to: &writer)
        // Cut short.
        var cut = BinaryReader(bytes: Array(writer.output.dropLast(3)))
        #expect { try WordClusters(reading: &cut) } throws: { ($0 as? StageFailure)?.reason.contains("shorter than their 4 entries") == true }
        // A count of 2^30 in a small file is refused before room is made for it.
        var huge = writer.output
        huge[0...3] = [0, 0, 0, 0x40]
        var hugeReader = BinaryReader(bytes: huge)
        #expect { try WordClusters(reading: &hugeReader) } throws: { ($0 as? StageFailure)?.reason.contains("1073741824") == true }
        // An entry whose value has no fine cluster.
        var zero = writer.output
        zero[12...15] = [0, 0, 1, 0]
        var zeroReader = BinaryReader(bytes: zero)
        #expect { try WordClusters(reading: &zeroReader) } throws: { ($0 as? StageFailure)?.reason.contains("damaged") == true }
    }
}
