import Testing
@testable import WirewatchCore

/// Speaker resolution on hand-built token arrays, so that no tagger is involved.
@Suite struct SpeakerResolverTests {
    /// A resolver over `text` (words split on spaces) with two people: the first two words and
    /// the words 4–5, with the given roles and genders.
    private func resolver(_ text: String, roles: [[String]] = [[], []], genders: [String?] = ["f", "m"]) -> SpeakerResolver {
        let words = text.split(separator: " ").map(String.init)
        var sentenceOf: [Int] = []
        var sentence = 0
        for word in words {
            sentenceOf.append(sentence)
            if word == "." { sentence += 1 }
        }
        let entities = [
            Entity(id: "e1", type: "PERSON", name: "\(words[0]) \(words[1])", mentions: []),
            Entity(id: "e2", type: "PERSON", name: "\(words[3]) \(words[4])", mentions: []),
        ]
        var entityAt = [Int](repeating: -1, count: words.count)
        for index in 0..<2 { entityAt[index] = 0 }
        for index in 3..<5 { entityAt[index] = 1 }
        return SpeakerResolver(
            words: words.map { $0.lowercased() }, capitalised: words.map { $0.first?.isUppercase ?? false }, entities: entities,
            occurrences: [.init(entity: 0, tokens: 0..<2), .init(entity: 1, tokens: 3..<5)], entityAt: entityAt, roles: roles,
            genders: genders, sentenceOf: sentenceOf, quotationOf: [Int](repeating: -1, count: words.count))
    }

    @Test func aNameIsItsEntity() {
        let resolver = resolver("Anna Berg met Tom Reed . Reed said so .")
        #expect(resolver.resolve(3..<5, previousSpeakers: []) == .init(entity: 1, kind: .name))
    }

    @Test func anUntaggedSurnameInCapitalsIsThePersonOfThatSurname() {
        // "REED :" heads a transcript's turn; the entity stage tagged only "Tom Reed".
        let resolver = resolver("Anna Berg met Tom Reed . REED : so .")
        #expect(resolver.resolve(6..<7, previousSpeakers: []) == .init(entity: 1, kind: .name))
        // A capitalised word that is no one's surname stays unresolved.
        #expect(resolver.resolve(8..<9, previousSpeakers: []) == nil)
    }

    @Test func pronounsTakeThePersonOfTheirGender() {
        let resolver = resolver("Anna Berg met Tom Reed . She said so . He said so .")
        #expect(resolver.resolve(6..<7, previousSpeakers: []) == .init(entity: 0, kind: .pronoun))
        #expect(resolver.resolve(10..<11, previousSpeakers: []) == .init(entity: 1, kind: .pronoun))
    }

    @Test func aPronounPrefersTheLastSpeaker() {
        let resolver = resolver("Anna Berg met Tom Reed . He said so .", genders: [nil, nil])
        // Anna Berg spoke after Tom Reed was named: "he" is her, the last speaker.
        #expect(resolver.resolve(6..<7, previousSpeakers: [(5, 0)]) == .init(entity: 0, kind: .pronoun))
        // With no speaker yet, the latest person named.
        #expect(resolver.resolve(6..<7, previousSpeakers: []) == .init(entity: 1, kind: .pronoun))
        // A person named after the last speaker wins over the speaker.
        #expect(resolver.resolve(6..<7, previousSpeakers: [(0, 0)]) == .init(entity: 1, kind: .pronoun))
    }

    @Test func aRoleNounTakesThePersonWithThatRoleClass() {
        let resolver = resolver("Anna Berg met Tom Reed . the diplomat said so .", roles: [["ambassador"], ["spokesman"]])
        #expect(resolver.resolve(6..<8, previousSpeakers: []) == .init(entity: 0, kind: .nominal))
        let none = self.resolver("Anna Berg met Tom Reed . the diplomat said so .")
        #expect(none.resolve(6..<8, previousSpeakers: []) == nil)
    }

    @Test func aNationalityBeforeARoleOnlyQualifiesIt() {
        // "the Swedish president": Swedish is tagged NORP, the speaker is the person titled president.
        let words = "Anna Berg met Tom Reed . the Swedish president said so .".split(separator: " ").map(String.init)
        let entities = [
            Entity(id: "e1", type: "PERSON", name: "Anna Berg", mentions: []), Entity(id: "e2", type: "PERSON", name: "Tom Reed", mentions: []),
            Entity(id: "e3", type: "NORP", name: "Swedish", mentions: []),
        ]
        var entityAt = [Int](repeating: -1, count: words.count)
        entityAt[0] = 0
        entityAt[1] = 0
        entityAt[3] = 1
        entityAt[4] = 1
        entityAt[7] = 2
        let resolver = SpeakerResolver(
            words: words.map { $0.lowercased() }, capitalised: words.map { $0.first?.isUppercase ?? false }, entities: entities,
            occurrences: [.init(entity: 0, tokens: 0..<2), .init(entity: 1, tokens: 3..<5), .init(entity: 2, tokens: 7..<8)], entityAt: entityAt,
            roles: [["president"], [], []], genders: ["f", "m", nil], sentenceOf: words.indices.map { $0 < 6 ? 0 : 1 },
            quotationOf: [Int](repeating: -1, count: words.count))
        #expect(resolver.resolve(6..<9, previousSpeakers: []) == .init(entity: 0, kind: .nominal))
    }

    @Test func aPossessorIsNotTheSpeaker() {
        let resolver = resolver("Anna Berg met Tom Reed . Reed 's aide said so .")
        #expect(resolver.resolve(6..<9, previousSpeakers: []) == nil)
    }

    @Test func describedPeopleAreNotTheirModifier() {
        let resolver = resolver("Anna Berg met Tom Reed . Reed officials said so .")
        #expect(resolver.resolve(6..<8, previousSpeakers: []) == nil)
    }

    @Test func theHeadOfASpeakerPhraseEndsAtItsFirstPreposition() {
        let resolver = resolver("Anna Berg met Tom Reed . a source familiar with the talks said so .")
        #expect(resolver.head(of: 6..<12) == 6..<8)
    }

    @Test func publicationsByName() {
        #expect(SpeakerResolver.isPublication("The New York Times"))
        #expect(SpeakerResolver.isPublication("Associated Press"))
        #expect(SpeakerResolver.isPublication("Interfax"))
        #expect(!SpeakerResolver.isPublication("Investigative Committee"))
    }
}
