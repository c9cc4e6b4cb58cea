import Testing
@testable import WirewatchCore

/// Roles from titles and appositions, on sentences written for the tests.
@Suite struct RoleFinderTests {
    /// Roles of the name given by its first and last word.
    private func roles(_ text: String, name: String) throws -> [String] {
        let document = try TokenizationStage().process(try Fixtures.document(text))
        var body = document.text
        return try body.withUTF8 { bytes in
            let tokens = document.tokens
            let (words, capitalised) = Document.words(bytes, tokens[...])
            let parts = name.lowercased().split(separator: " ").map(String.init)
            let first = try #require(words.firstIndex(of: parts[0]))
            let range = first..<(first + parts.count)
            let punctuation = tokens.map { $0.kind == .punctuation }
            return RoleFinder().roles(of: range, sentence: 0..<tokens.count, words: words, capitalised: capitalised, punctuation: punctuation)
        }
    }

    @Test func aTitleBeforeTheName() throws {
        #expect(try roles("Norwegian Ambassador to Canada Ingrid Solberg arrived.", name: "Ingrid Solberg") == ["ambassador"])
        #expect(try roles("Harbour authority spokesman Tom Reed declined to comment.", name: "Tom Reed") == ["spokesman"])
        #expect(try roles("Prime Minister Anna Berg spoke first.", name: "Anna Berg") == ["prime minister"])
    }

    @Test func anAppositionAfterTheName() throws {
        #expect(try roles("Tom Reed, the harbour authority spokesman, declined to comment.", name: "Tom Reed") == ["spokesman"])
        #expect(try roles("Ingrid Solberg, Norway's permanent representative to the UN, spoke.", name: "Ingrid Solberg") == ["permanent representative"])
    }

    @Test func noRoleWhereNoneIsGiven() throws {
        #expect(try roles("Ingrid Solberg arrived on Monday.", name: "Ingrid Solberg").isEmpty)
        #expect(try roles("Ingrid Solberg, who arrived on Monday, spoke.", name: "Ingrid Solberg").isEmpty)
    }
}
