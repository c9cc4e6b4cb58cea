import Testing
@testable import WirewatchCore

@Suite struct AttributionEncoderTests {
    private func encode(
        _ text: String, rules: Bool, buckets: Int = 1 << 16, clusters: WordClusters = .none
    ) throws -> (AttributionEncoder.Encoded, Int) {
        let document = try TokenizationStage().process(try Fixtures.document(text))
        var copy = document.text
        return copy.withUTF8 { bytes in
            let (words, capitalised) = document.tokenWords(bytes)
            let reading = AttributionFinder.Text(
                bytes, tokens: document.tokens, words: words, capitalised: capitalised, sentences: document.tokens.ranges(of: document.sentences))
            let attributions = rules ? AttributionFinder().find(reading) : []
            let encoded = AttributionEncoder(buckets: buckets, clusters: clusters).encode(
                bytes, tokens: document.tokens, text: reading, attributions: attributions,
                entityKinds: [UInt8](repeating: 0, count: document.tokens.count))
            return (encoded, document.tokens.count)
        }
    }

    private func features(_ encoded: AttributionEncoder.Encoded, _ token: Int) -> [UInt32] {
        Array(encoded.ids[encoded.offsets[token]..<encoded.offsets[token + 1]])
    }

    @Test func everyTokenHasItsFeaturesInRange() throws {
        let (encoded, count) = try encode("The minister said the talks would resume. “Soon,” she added.", rules: true, buckets: 1 << 10)
        #expect(encoded.offsets.count == count + 1)
        #expect(encoded.ids.allSatisfy { $0 < 1 << 10 })
        for token in 0..<count { #expect(features(encoded, token).count >= 30) }
        let (again, _) = try encode("The minister said the talks would resume. “Soon,” she added.", rules: true, buckets: 1 << 10)
        #expect(again.ids == encoded.ids)
    }

    @Test func theRulesReadingIsAFeature() throws {
        // "the talks would resume" is the rules' content: its tokens' features differ with the rules.
        let text = "The minister said the talks would resume. The weather was cold."
        let (with, count) = try encode(text, rules: true)
        let (without, _) = try encode(text, rules: false)
        // Tokens: The minister said the talks would resume . The weather was cold .
        #expect(features(with, 4) != features(without, 4))
        #expect(features(with, 2) != features(without, 2))
        // Far from any attribution, in the next sentence, nothing changes.
        #expect(features(with, count - 2) == features(without, count - 2))
    }

    @Test func wordClustersAddTwoFeaturesThatWordsOfOneClusterShare() throws {
        let clusters = try WordClusters(tsv: "# word\tcoarse\tfine\npraised\t2\t7\ncriticized\t2\t7\nministers\t4\t11\n")
        let text = "Ministers praised the plan. Ministers criticized the plan."
        let (plain, count) = try encode(text, rules: false)
        let (clustered, _) = try encode(text, rules: false, clusters: clusters)
        for token in 0..<count {
            let extra = Set(features(clustered, token)).subtracting(features(plain, token))
            #expect(features(clustered, token).count == features(plain, token).count + 2)
            #expect(!extra.isEmpty)
        }
        // Tokens: Ministers praised the plan . Ministers criticized the plan .
        // "praised" and "criticized" share their cluster features; "the" (unknown) has others.
        let praised = Set(features(clustered, 1)).subtracting(features(plain, 1))
        let criticized = Set(features(clustered, 6)).subtracting(features(plain, 6))
        let unknown = Set(features(clustered, 2)).subtracting(features(plain, 2))
        #expect(praised == criticized)
        #expect(praised.isDisjoint(with: unknown))
    }
}
