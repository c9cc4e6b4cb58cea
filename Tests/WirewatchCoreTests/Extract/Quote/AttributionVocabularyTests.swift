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
        for form in ["endorsed", "criticizes", "cited", "described"] {
            #expect(AttributionVocabulary.cueWords[form] == .stance, "\(form)")
        }
        // Nouns as well as verbs are listed in the past only.
        #expect(AttributionVocabulary.cueWords["order"] == nil)
        #expect(AttributionVocabulary.cueWords["ordered"] == .stance)
        #expect(AttributionVocabulary.stanceParticles["called"]?.contains("for") == true)
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
