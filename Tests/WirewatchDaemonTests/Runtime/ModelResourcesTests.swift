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
        folder.write("quotes.model", "WWNER01\ntruncated")
        #expect(throws: StageFailure.self) { try ModelResources.quotesModel(folder.path) }
        // A model of other tags (an entity model in its place) is refused.
        let entityModel = TaggerModel(
            tagSet: .conll, buckets: 4, scale: 1, weights: [Int8](repeating: 0, count: 4 * TagSet.conll.count),
            transitions: [Float](repeating: 0, count: (TagSet.conll.count + 1) * TagSet.conll.count), provenance: "test")
        _ = folder.write("quotes.model", entityModel.serialized())
        #expect(throws: StageFailure.self) { try ModelResources.quotesModel(folder.path) }
        // A sound one round-trips through write and read.
        let model = TaggerModel(
            tagSet: .attribution, buckets: 4, scale: 0.5, weights: (0..<(4 * TagSet.attribution.count)).map { Int8($0 % 100) },
            transitions: [Float](repeating: 0.25, count: (TagSet.attribution.count + 1) * TagSet.attribution.count), provenance: "test")
        let size = try ModelResources.write(model, to: folder.file("quotes.model"))
        #expect(size == model.serialized().count)
        #expect(try ModelResources.quotesModel(folder.path)?.serialized() == model.serialized())
    }

    @Test func theEntityModelIsRequired() {
        let folder = TemporaryDirectory("models")
        #expect(throws: StageFailure.self) { try ModelResources.model(folder.path) }
    }
}
