import Testing
@testable import WirewatchCore

@Suite struct AttributionModelTests {
    private func tagger(_ tagSet: TagSet) -> TaggerModel {
        TaggerModel(
            tagSet: tagSet, buckets: 4, scale: 0.5, weights: (0..<(4 * tagSet.count)).map { Int8($0 % 100) },
            transitions: [Float](repeating: 0.25, count: (tagSet.count + 1) * tagSet.count), provenance: "tagger")
    }

    private var model: AttributionModel {
        AttributionModel(
            filter: AttributionFilter(buckets: 8, threshold: 0.5, weights: (0..<8).map { Float($0) - 3.5 }), tagger: tagger(.attribution),
            provenance: "filter")
    }

    @Test func roundTrips() throws {
        let read = try AttributionModel(bytes: model.serialized())
        #expect(read.filter == model.filter)
        #expect(read.provenance == "filter")
        #expect(read.clusters == .none)
        #expect(read.tagger.serialized() == model.tagger.serialized())
    }

    @Test func carriesItsWordClusters() throws {
        let clusters = try WordClusters(tsv: "said\t1\t2\ntold\t1\t3\n")
        let withClusters = AttributionModel(filter: model.filter, clusters: clusters, tagger: tagger(.attribution), provenance: "filter")
        let read = try AttributionModel(bytes: withClusters.serialized())
        #expect(read.clusters == clusters)
        #expect(read.tagger.serialized() == model.tagger.serialized())
        // Cut inside the clusters.
        let bytes = withClusters.serialized()
        let clustersStart = 8 + 4 + 4 + 4 + "filter".utf8.count + 4 * 8
        #expect(throws: StageFailure.self) { try AttributionModel(bytes: Array(bytes.prefix(clustersStart + 10))) }
    }

    @Test func readsFirstVersionFilesWithoutClusters() throws {
        // Version 1: the same layout with its own magic and no clusters section.
        var bytes = model.serialized()
        let clustersStart = 8 + 4 + 4 + 4 + "filter".utf8.count + 4 * 8
        bytes.removeSubrange(clustersStart..<(clustersStart + 4))
        bytes.replaceSubrange(0..<8, with: Array("WWQUO01\n".utf8))
        let read = try AttributionModel(bytes: bytes)
        #expect(read.clusters == .none)
        #expect(read.filter == model.filter)
        #expect(read.tagger.serialized() == model.tagger.serialized())
        // What is written is always the current version.
        #expect(Array(read.serialized().prefix(8)) == Array("WWQUO02\n".utf8))
    }

    @Test func refusesDamagedFiles() {
        let bytes = model.serialized()
        // Bad magic, a bare tagger file, a cut in the filter, a cut in the tagger.
        #expect(throws: StageFailure.self) { try AttributionModel(bytes: Array("WWQUO09\n".utf8) + bytes.dropFirst(8)) }
        #expect(throws: StageFailure.self) { try AttributionModel(bytes: tagger(.attribution).serialized()) }
        #expect(throws: StageFailure.self) { try AttributionModel(bytes: Array(bytes.prefix(30))) }
        #expect(throws: StageFailure.self) { try AttributionModel(bytes: Array(bytes.dropLast(5))) }
        // A filter whose bucket count is no power of two.
        var odd = bytes
        odd[8] = 3
        #expect(throws: StageFailure.self) { try AttributionModel(bytes: odd) }
        // A bucket count of 2^30 in a small file is refused before anything is allocated for it.
        var huge = bytes
        huge[8...11] = [0, 0, 0, 0x40]
        #expect { try AttributionModel(bytes: huge) } throws: { ($0 as? StageFailure)?.reason.contains("shorter than its 1073741824 buckets") == true }
    }

    @Test func refusesATaggerOfOtherTags() {
        let wrong = AttributionModel(filter: model.filter, tagger: tagger(.conll), provenance: "filter")
        #expect(throws: StageFailure.self) { try AttributionModel(bytes: wrong.serialized()) }
    }
}
