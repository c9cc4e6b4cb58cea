import Testing
import WirewatchCore

@Suite struct LanguageStageTests {
    private func language(_ text: String, header: String? = nil) throws -> Document {
        var document = try TokenizationStage().process(try Fixtures.document(text))
        document.language = header
        return try LanguageStage().process(document)
    }

    @Test func identifiesEnglish() throws {
        let document = try language("The minister said that the plan would be put to a vote in the spring, and that it was likely to pass.")
        #expect(document.language == "en")
        #expect(document.warnings.isEmpty)
    }

    @Test func leavesOtherLanguagesUnsetWithAWarning() throws {
        let german = try language("Die Regierung hat am Donnerstag beschlossen, dass die neuen Regeln ab Januar gelten sollen.")
        #expect(german.language == nil)
        #expect(german.warnings.count == 1)
        let russian = try language("Правительство в четверг решило, что новые правила вступят в силу с января следующего года.")
        #expect(russian.language == nil)
    }

    @Test func keepsAHeaderLanguageAndSkipsShortTexts() throws {
        #expect(try language("Die Regierung hat beschlossen, dass die Regeln gelten.", header: "de").language == "de")
        #expect(try language("Short headline").language == nil)
    }
}
