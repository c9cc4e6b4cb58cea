import Foundation
import Testing
import WirewatchCore
@testable import WirewatchDaemon

@Suite struct ModelResourcesTests {
    @Test func theAttributionModelIsOptionalButMustBeSound() throws {
        let folder = TemporaryDirectory("models")
        // Absent: the quote rules work alone.
        #expect(try ModelResources.quotesModel(folder.path) == nil)
        // Damaged: an error that names the file's stage.
        folder.write("quotes.model", "WWQUO01\ntruncated")
        #expect(throws: StageFailure.self) { try ModelResources.quotesModel(folder.path) }
        // A bare tagger (the format before the filter) is refused.
        let tagger = TaggerModel(
            tagSet: .attribution, buckets: 4, scale: 0.5, weights: (0..<(4 * TagSet.attribution.count)).map { Int8($0 % 100) },
            transitions: [Float](repeating: 0.25, count: (TagSet.attribution.count + 1) * TagSet.attribution.count), provenance: "test")
        _ = folder.write("quotes.model", tagger.serialized())
        #expect(throws: StageFailure.self) { try ModelResources.quotesModel(folder.path) }
        // A sound one round-trips through write and read.
        let model = AttributionModel(
            filter: AttributionFilter(buckets: 8, threshold: 0.5, weights: (0..<8).map { Float($0) / 4 }), tagger: tagger, provenance: "test")
        let size = try ModelResources.write(model.serialized(), to: folder.file("quotes.model"))
        #expect(size == model.serialized().count)
        #expect(try ModelResources.quotesModel(folder.path)?.serialized() == model.serialized())
    }

    @Test func readsWordClusters() throws {
        let folder = TemporaryDirectory("models")
        folder.write("clusters.tsv", "# word\tcoarse\tfine\nsaid\t1\t2\n")
        #expect(try ModelResources.wordClusters(folder.file("clusters.tsv")) == (try WordClusters(tsv: "said\t1\t2\n")))
        #expect { try ModelResources.wordClusters(folder.file("missing.tsv")) } throws: {
            ($0 as? StageFailure)?.reason == "cannot read word clusters \(folder.file("missing.tsv"))"
        }
        folder.write("bad.tsv", "said\t1\n")
        #expect { try ModelResources.wordClusters(folder.file("bad.tsv")) } throws: { ($0 as? StageFailure)?.reason.contains("line 1") == true }
    }

    @Test func theEntityModelIsRequired() {
        let folder = TemporaryDirectory("models")
        #expect(throws: StageFailure.self) { try ModelResources.model(folder.path) }
    }
}
