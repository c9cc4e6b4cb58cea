import Foundation

/// What the quote stage learns (`quotes.model`): the filter on the rules' reported speech, the
/// word clusters the tagger reads and the attribution tagger, in one file so that they are
/// rebuilt and shipped together.
///
/// The file is the magic, the filter (buckets, threshold, provenance, one float weight per
/// bucket, all little-endian), the word clusters (`WordClusters`' format), then the tagger in
/// `TaggerModel`'s own format. Files of the first version (`WWQUO01`) have no clusters and are
/// still read.
public struct AttributionModel: Sendable {
    public let filter: AttributionFilter
    /// The clusters the tagger was trained with (`.none` when it was trained without).
    public let clusters: WordClusters
    public let tagger: TaggerModel
    /// How the filter was made (data, settings).
    public let provenance: String

    static let magic = Array("WWQUO02\n".utf8)
    /// The first version's magic: the same layout without clusters.
    static let magicWithoutClusters = Array("WWQUO01\n".utf8)

    public init(filter: AttributionFilter, clusters: WordClusters = .none, tagger: TaggerModel, provenance: String) {
        self.filter = filter
        self.clusters = clusters
        self.tagger = tagger
        self.provenance = provenance
    }

    /// Reads a model file.
    public init(bytes: [UInt8]) throws(StageFailure) {
        var reader = BinaryReader(bytes: bytes)
        let magic = reader.take(Self.magic.count).map(Array.init)
        guard magic == Self.magic || magic == Self.magicWithoutClusters else {
            throw StageFailure(stage: "quotes", reason: "not a Wirewatch attribution model (bad magic)")
        }
        guard let buckets = reader.uint32(), buckets > 0, buckets & (buckets - 1) == 0, let threshold = reader.float32(),
            threshold.isFinite, let provenance = reader.string()
        else { throw StageFailure(stage: "quotes", reason: "attribution model header is damaged") }
        // The weights must be in the file before room is made for them: a damaged count must
        // not allocate gigabytes.
        guard Int(buckets) <= (bytes.count - reader.position) / 4 else {
            throw StageFailure(stage: "quotes", reason: "attribution model filter is shorter than its \(buckets) buckets")
        }
        var weights: [Float] = []
        weights.reserveCapacity(Int(buckets))
        for _ in 0..<buckets {
            guard let weight = reader.float32(), weight.isFinite else {
                throw StageFailure(stage: "quotes", reason: "attribution model filter is truncated or damaged")
            }
            weights.append(weight)
        }
        let clusters = magic == Self.magic ? try WordClusters(reading: &reader) : WordClusters.none
        let tagger = try TaggerModel(bytes: Array(bytes[reader.position...]), stage: "quotes")
        guard tagger.tagSet == TagSet.attribution else {
            throw StageFailure(stage: "quotes", reason: "the attribution model's tagger has other tags than content, cue and source")
        }
        self.init(
            filter: AttributionFilter(buckets: Int(buckets), threshold: threshold, weights: weights), clusters: clusters, tagger: tagger,
            provenance: provenance)
    }

    /// The model file.
    public func serialized() -> [UInt8] {
        var writer = BinaryWriter()
        writer.bytes(Self.magic)
        writer.uint32(UInt32(filter.buckets))
        writer.float32(filter.threshold)
        writer.string(provenance)
        for weight in filter.weights { writer.float32(weight) }
        clusters.write(to: &writer)
        writer.bytes(tagger.serialized())
        return writer.output
    }
}
