import Testing
@testable import WirewatchCore

/// The closed word classes of attribution.
@Suite struct AttributionVocabularyTests {
    @Test func cueVerbsInEveryTense() {
        for form in ["say", "says", "said", "saying", "told", "emphasized", "emphasised", "acknowledged", "denied", "wrote", "warned"] {
            #expect(AttributionVocabulary.cueWords[form] == .speech, "\(form)")
        }
        for form in ["believes", "thought", "expects", "reports", "shows"] {
            #expect(AttributionVocabulary.cueWords[form] == .belief, "\(form)")
        }
        #expect(AttributionVocabulary.cueWords["bridge"] == nil)
    }

    @Test func roleNounsFindTheirClass() {
        #expect(AttributionVocabulary.roles["ambassador"] == "diplomat")
        #expect(AttributionVocabulary.roles["permanent representative"] == "diplomat")
        #expect(AttributionVocabulary.classes(ofNominal: "diplomat") == ["diplomat"])
        #expect(AttributionVocabulary.classes(ofNominal: "official").contains("politician"))
    }

    @Test func multiWordCuesAreLowerCaseTokenSequences() {
        for phrase in AttributionVocabulary.cuePhrases {
            #expect(phrase.count > 1)
            #expect(phrase.allSatisfy { $0 == $0.lowercased() && !$0.contains(" ") })
        }
    }
}
