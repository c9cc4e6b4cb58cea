import Foundation

/// A trained sequence tagger: hashed feature weights per BILOU tag, tag transitions, and
/// Viterbi decoding under BILOU constraints.
///
/// Weights are quantised to one signed byte each (times `scale`), so a model of 2^20 buckets
/// and 17 tags is 17 MB on disk and in memory; scores are summed as integers.
public struct NERModel: Sendable {
    public let tagSet: NERTagSet
    /// Number of hash buckets.
    public let buckets: Int
    /// Weight of one quantisation step.
    public let scale: Float
    /// Signed weight bytes: `storage[weightOffset + bucket * tags + tag]`. A model read from a
    /// file keeps the file's bytes and points into them, so loading copies nothing.
    let storage: [UInt8]
    let weightOffset: Int
    /// `transitions[(previous + 1) * tags + next]`, row 0 for the sentence start; in score units.
    let transitions: [Float]
    /// How the model was made (data, epochs, dev score).
    public let provenance: String

    static let magic = Array("WWNER01\n".utf8)

    public init(tagSet: NERTagSet, buckets: Int, scale: Float, weights: [Int8], transitions: [Float], provenance: String) {
        self.tagSet = tagSet
        self.buckets = buckets
        self.scale = scale
        storage = weights.map { UInt8(bitPattern: $0) }
        weightOffset = 0
        self.transitions = transitions
        self.provenance = provenance
    }

    private init(
        tagSet: NERTagSet, buckets: Int, scale: Float, storage: [UInt8], weightOffset: Int, transitions: [Float],
        provenance: String
    ) {
        self.tagSet = tagSet
        self.buckets = buckets
        self.scale = scale
        self.storage = storage
        self.weightOffset = weightOffset
        self.transitions = transitions
        self.provenance = provenance
    }

    /// Reads a model file.
    public init(bytes: [UInt8]) throws(StageFailure) {
        var reader = BinaryReader(bytes: bytes)
        guard reader.take(Self.magic.count).map(Array.init) == Self.magic else {
            throw StageFailure(stage: "ner", reason: "not a Wirewatch NER model (bad magic)")
        }
        guard let buckets = reader.uint32(), let tagCount = reader.uint32(), let typeCount = reader.uint32(),
            buckets > 0, buckets & (buckets - 1) == 0, typeCount > 0, tagCount == 1 + 4 * typeCount
        else { throw StageFailure(stage: "ner", reason: "NER model header is damaged") }
        var types: [String] = []
        for _ in 0..<typeCount {
            guard let name = reader.string() else { throw StageFailure(stage: "ner", reason: "NER model types are damaged") }
            types.append(name)
        }
        guard let provenance = reader.string(), let scale = reader.float32() else {
            throw StageFailure(stage: "ner", reason: "NER model header is damaged")
        }
        let tags = Int(tagCount)
        var transitions: [Float] = []
        transitions.reserveCapacity((tags + 1) * tags)
        for _ in 0..<((tags + 1) * tags) {
            guard let value = reader.float32() else { throw StageFailure(stage: "ner", reason: "NER model is truncated") }
            transitions.append(value)
        }
        let count = Int(buckets) * tags
        let offset = reader.position
        guard reader.take(count) != nil else { throw StageFailure(stage: "ner", reason: "NER model weights are truncated") }
        self.init(
            tagSet: NERTagSet(types: types), buckets: Int(buckets), scale: scale, storage: bytes, weightOffset: offset,
            transitions: transitions, provenance: provenance)
    }

    /// The model file.
    public func serialized() -> [UInt8] {
        var writer = BinaryWriter()
        writer.bytes(Self.magic)
        writer.uint32(UInt32(buckets))
        writer.uint32(UInt32(tagSet.count))
        writer.uint32(UInt32(tagSet.types.count))
        for type in tagSet.types { writer.string(type) }
        writer.string(provenance)
        writer.float32(scale)
        for value in transitions { writer.float32(value) }
        writer.bytes(Array(storage[weightOffset..<(weightOffset + buckets * tagSet.count)]))
        return writer.output
    }

    /// The best tag sequence for a sentence's features (Viterbi), with each token's margin
    /// between its best and second-best tag (a confidence, in score units).
    func decode(_ encoded: SentenceEncoder.Encoded) -> (tags: [Int], margins: [Float]) {
        let count = encoded.info.count
        let tags = tagSet.count
        guard count > 0 else { return ([], []) }
        var emission = [Float](repeating: 0, count: count * tags)
        var sums = [Int32](repeating: 0, count: tags)
        let base = weightOffset
        storage.withUnsafeBufferPointer { weights in
            encoded.ids.withUnsafeBufferPointer { ids in
                for token in 0..<count {
                    for tag in 0..<tags { sums[tag] = 0 }
                    for index in encoded.offsets[token]..<encoded.offsets[token + 1] {
                        let row = base + Int(ids[index]) * tags
                        for tag in 0..<tags { sums[tag] &+= Int32(Int8(bitPattern: weights[row + tag])) }
                    }
                    for tag in 0..<tags { emission[token * tags + tag] = Float(sums[tag]) * scale }
                }
            }
        }
        return Self.viterbi(emission: emission, count: count, transitions: transitions, tagSet: tagSet)
    }

    /// Viterbi over `emission[token * tags + tag]` with BILOU constraints.
    static func viterbi(emission: [Float], count: Int, transitions: [Float], tagSet: NERTagSet) -> (tags: [Int], margins: [Float]) {
        let tags = tagSet.count
        let impossible = -Float.greatestFiniteMagnitude
        var score = [Float](repeating: impossible, count: count * tags)
        var back = [Int](repeating: 0, count: count * tags)
        for tag in 0..<tags where tagSet.allows(-1, tag) {
            score[tag] = emission[tag] + transitions[tag]
        }
        if count > 1 {
            for token in 1..<count {
                for tag in 0..<tags {
                    var best = impossible
                    var bestPrevious = 0
                    for previous in 0..<tags where score[(token - 1) * tags + previous] > impossible && tagSet.allows(previous, tag) {
                        let candidate = score[(token - 1) * tags + previous] + transitions[(previous + 1) * tags + tag]
                        if candidate > best {
                            best = candidate
                            bestPrevious = previous
                        }
                    }
                    if best > impossible {
                        score[token * tags + tag] = best + emission[token * tags + tag]
                        back[token * tags + tag] = bestPrevious
                    }
                }
            }
        }
        var last = 0
        var bestFinal = impossible
        for tag in 0..<tags where tagSet.canEnd(tag) && score[(count - 1) * tags + tag] > bestFinal {
            bestFinal = score[(count - 1) * tags + tag]
            last = tag
        }
        var path = [Int](repeating: 0, count: count)
        path[count - 1] = last
        if count > 1 {
            for token in stride(from: count - 1, to: 0, by: -1) {
                path[token - 1] = back[token * tags + path[token]]
            }
        }
        var margins = [Float](repeating: 0, count: count)
        for token in 0..<count {
            let chosen = emission[token * tags + path[token]]
            var second = impossible
            for tag in 0..<tags where tag != path[token] { second = max(second, emission[token * tags + tag]) }
            margins[token] = chosen - second
        }
        return (path, margins)
    }
}
