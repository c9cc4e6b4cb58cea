import Foundation

/// A trained sequence tagger: hashed feature weights per BILOU tag, tag transitions, and
/// Viterbi decoding under BILOU constraints.
///
/// The entity tagger (`ner.model`, an averaged perceptron) and the attribution tagger
/// (`quotes.model`, a CRF) share this format. Weights are quantised to one signed byte each
/// (times `scale`), so a model of 2^20 buckets and 17 tags is 17 MB on disk and in memory;
/// scores are summed as integers.
public struct TaggerModel: Sendable {
    public let tagSet: TagSet
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

    /// The format's magic (named after the entity tagger, its first user).
    static let magic = Array("WWNER01\n".utf8)

    public init(tagSet: TagSet, buckets: Int, scale: Float, weights: [Int8], transitions: [Float], provenance: String) {
        self.tagSet = tagSet
        self.buckets = buckets
        self.scale = scale
        storage = weights.map { UInt8(bitPattern: $0) }
        weightOffset = 0
        self.transitions = transitions
        self.provenance = provenance
    }

    private init(
        tagSet: TagSet, buckets: Int, scale: Float, storage: [UInt8], weightOffset: Int, transitions: [Float],
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

    /// Reads a model file; failures name `stage` (the stage the model is for).
    public init(bytes: [UInt8], stage: String = "ner") throws(StageFailure) {
        var reader = BinaryReader(bytes: bytes)
        let what = stage == "ner" ? "NER model" : "\(stage) model"
        guard reader.take(Self.magic.count).map(Array.init) == Self.magic else {
            throw StageFailure(stage: stage, reason: "not a Wirewatch tagger model (bad magic)")
        }
        guard let buckets = reader.uint32(), let tagCount = reader.uint32(), let typeCount = reader.uint32(),
            buckets > 0, buckets & (buckets - 1) == 0, typeCount > 0, tagCount == 1 + 4 * typeCount
        else { throw StageFailure(stage: stage, reason: "\(what) header is damaged") }
        var types: [String] = []
        for _ in 0..<typeCount {
            guard let name = reader.string() else { throw StageFailure(stage: stage, reason: "\(what) types are damaged") }
            types.append(name)
        }
        guard let provenance = reader.string(), let scale = reader.float32() else {
            throw StageFailure(stage: stage, reason: "\(what) header is damaged")
        }
        let tags = Int(tagCount)
        var transitions: [Float] = []
        transitions.reserveCapacity((tags + 1) * tags)
        for _ in 0..<((tags + 1) * tags) {
            guard let value = reader.float32() else { throw StageFailure(stage: stage, reason: "\(what) is truncated") }
            transitions.append(value)
        }
        let count = Int(buckets) * tags
        let offset = reader.position
        guard reader.take(count) != nil else { throw StageFailure(stage: stage, reason: "\(what) weights are truncated") }
        self.init(
            tagSet: TagSet(types: types), buckets: Int(buckets), scale: scale, storage: bytes, weightOffset: offset,
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
        decode(ids: encoded.ids, offsets: encoded.offsets, count: encoded.info.count)
    }

    /// The best tag sequence for `count` tokens whose feature ids are `ids[offsets[t]..<offsets[t + 1]]`.
    func decode(ids featureIDs: [UInt32], offsets: [Int], count: Int) -> (tags: [Int], margins: [Float]) {
        let tags = tagSet.count
        guard count > 0 else { return ([], []) }
        var emission = [Float](repeating: 0, count: count * tags)
        let base = weightOffset
        // Rows are summed sixteen tags at a time with vector loads (a row of fewer tags reads into
        // the next row's bytes, whose lanes are ignored); bytes too near the end of the storage
        // for a 16-byte load are added one by one. Sums stay well inside Int16: each of the
        // few dozen features of a token adds at most 127. Tag sets of more than 32 tags (eight
        // types) take the plain loop.
        storage.withUnsafeBytes { weights in
            featureIDs.withUnsafeBufferPointer { ids in
                let limit = weights.count
                for token in 0..<count {
                    let features = offsets[token]..<offsets[token + 1]
                    guard tags <= 32 else {
                        for tag in 0..<tags {
                            var sum: Int32 = 0
                            for index in features { sum &+= Int32(Int8(bitPattern: weights[base + Int(ids[index]) * tags + tag])) }
                            emission[token * tags + tag] = Float(sum) * scale
                        }
                        continue
                    }
                    var low = SIMD16<Int16>()
                    var high = SIMD16<Int16>()
                    for index in features {
                        let row = base + Int(ids[index]) * tags
                        if row + 32 <= limit {
                            low &+= SIMD16<Int16>(truncatingIfNeeded: weights.loadUnaligned(fromByteOffset: row, as: SIMD16<Int8>.self))
                            if tags > 16 {
                                high &+= SIMD16<Int16>(truncatingIfNeeded: weights.loadUnaligned(fromByteOffset: row + 16, as: SIMD16<Int8>.self))
                            }
                        } else {
                            for tag in 0..<tags where tag < 16 { low[tag] &+= Int16(Int8(bitPattern: weights[row + tag])) }
                            for tag in 0..<tags where tag >= 16 { high[tag - 16] &+= Int16(Int8(bitPattern: weights[row + tag])) }
                        }
                    }
                    let first = SIMD16<Float>(low) * scale
                    let second = SIMD16<Float>(high) * scale
                    for tag in 0..<tags { emission[token * tags + tag] = tag < 16 ? first[tag] : second[tag - 16] }
                }
            }
        }
        return Self.viterbi(emission: emission, count: count, transitions: transitions, tagSet: tagSet)
    }

    /// Viterbi over `emission[token * tags + tag]` with BILOU constraints.
    static func viterbi(emission: [Float], count: Int, transitions: [Float], tagSet: TagSet) -> (tags: [Int], margins: [Float]) {
        let tags = tagSet.count
        let impossible = -Float.greatestFiniteMagnitude
        var score = [Float](repeating: impossible, count: count * tags)
        var back = [Int32](repeating: 0, count: count * tags)
        // Each tag's allowed predecessors, listed once: under BILOU most pairs are impossible, so
        // the inner loop visits about a third of the pairs, without checks or bounds tests.
        let allowed = tagSet.transitionMask
        var predecessors: [Int] = []
        var firstPredecessor = [0]
        for tag in 0..<tags {
            for previous in 0..<tags where allowed[(previous + 1) * tags + tag] { predecessors.append(previous) }
            firstPredecessor.append(predecessors.count)
        }
        for tag in 0..<tags where allowed[tag] {
            score[tag] = emission[tag] + transitions[tag]
        }
        score.withUnsafeMutableBufferPointer { score in
            back.withUnsafeMutableBufferPointer { back in
                emission.withUnsafeBufferPointer { emission in
                    transitions.withUnsafeBufferPointer { transitions in
                        predecessors.withUnsafeBufferPointer { predecessors in
                            firstPredecessor.withUnsafeBufferPointer { firstPredecessor in
                                for token in 1..<max(count, 1) {
                                    let row = token * tags
                                    let previousRow = row - tags
                                    for tag in 0..<tags {
                                        var best = impossible
                                        var bestPrevious = 0
                                        for slot in firstPredecessor[tag]..<firstPredecessor[tag + 1] {
                                            let previous = predecessors[slot]
                                            let before = score[previousRow + previous]
                                            guard before > impossible else { continue }
                                            let candidate = before + transitions[(previous + 1) * tags + tag]
                                            if candidate > best {
                                                best = candidate
                                                bestPrevious = previous
                                            }
                                        }
                                        if best > impossible {
                                            score[row + tag] = best + emission[row + tag]
                                            back[row + tag] = Int32(bestPrevious)
                                        }
                                    }
                                }
                            }
                        }
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
                path[token - 1] = Int(back[token * tags + path[token]])
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
