/// Resolves attribution speakers to the article's entities and says what kind of source each is.
///
/// A speaker phrase that holds a name is that name's entity ("Antonov", "a spokesman for the
/// Kremlin"). A pronoun takes the nearest earlier person (he, she; gender from the first-name
/// list, honorifics and gendered titles) or organisation (it, they), preferring whoever spoke
/// last. A role noun ("the diplomat", "the ambassador", "the Russian President") takes the
/// latest person whose title is of that class, and an organisation noun ("the ministry", "the
/// newspaper") the latest organisation whose name has that word or is a publication.
struct SpeakerResolver: Sendable {
    typealias Vocabulary = AttributionVocabulary

    /// A resolved speaker: the entity index, and how the speaker phrase names it.
    struct Resolution: Sendable, Equatable {
        var entity: Int
        var kind: Mention.Kind
    }

    /// One entity mention, in tokens.
    struct Occurrence: Sendable {
        var entity: Int
        var tokens: Range<Int>
    }

    let words: [String]
    let capitalised: [Bool]
    let entities: [Entity]
    /// Name mentions in text order.
    let occurrences: [Occurrence]
    /// Entity index of the name mention covering each token, or -1.
    let entityAt: [Int]
    /// Roles of each entity.
    let roles: [[String]]
    /// Gender of each person entity when known: "m", "f", or nil.
    let genders: [String?]
    let sentenceOf: [Int]
    let quotationOf: [Int]
    /// Person entities by the lower-cased last word of their name, for a surname the entity
    /// stage left untagged; built once, so that each such speaker is a lookup.
    let personsBySurname: [String: [Int]]
    /// Each entity's name mentions, as indexes of `occurrences` (in text order), so that the
    /// mentions of one entity around a token are a binary search away.
    let occurrencesOf: [[Int]]

    init(
        words: [String], capitalised: [Bool], entities: [Entity], occurrences: [Occurrence], entityAt: [Int], roles: [[String]],
        genders: [String?], sentenceOf: [Int], quotationOf: [Int]
    ) {
        self.words = words
        self.capitalised = capitalised
        self.entities = entities
        self.occurrences = occurrences
        self.entityAt = entityAt
        self.roles = roles
        self.genders = genders
        self.sentenceOf = sentenceOf
        self.quotationOf = quotationOf
        var personsBySurname: [String: [Int]] = [:]
        for (index, entity) in entities.enumerated() where entity.type == "PERSON" {
            if let last = entity.name.split(separator: " ").last { personsBySurname[last.lowercased(), default: []].append(index) }
        }
        self.personsBySurname = personsBySurname
        var occurrencesOf = [[Int]](repeating: [], count: entities.count)
        for (index, occurrence) in occurrences.enumerated() where occurrence.entity < entities.count { occurrencesOf[occurrence.entity].append(index) }
        self.occurrencesOf = occurrencesOf
    }

    /// The part of a speaker phrase that names the speaker: before its first preposition,
    /// relative pronoun or comma ("a source" of "a source familiar with the talks").
    func head(of speaker: Range<Int>) -> Range<Int> {
        var end = speaker.lowerBound
        while end < speaker.upperBound {
            let word = words[end]
            if end > speaker.lowerBound, !capitalised[end], Vocabulary.innerPrepositions.contains(word) || ["who", "which", "that", ",", "(", "—"].contains(word) { break }
            end += 1
        }
        return speaker.lowerBound..<end
    }

    /// The entity a speaker phrase refers to, given the speakers resolved so far.
    func resolve(_ speaker: Range<Int>, previousSpeakers: [(token: Int, entity: Int)]) -> Resolution? {
        let head = head(of: speaker)
        let last = head.upperBound - 1
        let headWord = words[last]
        // People described by a common noun ("US officials", "Russian diplomats") are not the
        // place or group that modifies them.
        let describedPeople = !capitalised[last] && Vocabulary.anonymousNouns.contains(headWord)
        if !describedPeople {
            // English noun phrases end in their head: "Russian Ambassador … Anatoly Antonov".
            var end = speaker.upperBound - 1
            while end > speaker.lowerBound, words[end] == "," { end -= 1 }
            if entityAt[end] >= 0, entities[entityAt[end]].type == "PERSON" { return Resolution(entity: entityAt[end], kind: .name) }
            // A possessor is not the speaker: "Clinton’s right-hand woman".
            let possessive: (Int) -> Bool = { token in
                var last = token
                while last + 1 < self.words.count, self.entityAt[last + 1] >= 0, self.entityAt[last + 1] == self.entityAt[token] { last += 1 }
                return last + 1 < self.words.count && Vocabulary.isPossessiveS(self.words[last + 1])
            }
            // Before a role noun a nationality or place only qualifies it: "the Russian President" is a president.
            let role = Vocabulary.roles[headWord] != nil
            let qualifier: (Int) -> Bool = { entity in role && ["NORP", "GPE", "LOC"].contains(self.entities[entity].type) }
            if let entity = head.reversed().lazy.filter({ !possessive($0) }).map({ self.entityAt[$0] }).first(where: { $0 >= 0 && !qualifier($0) }) {
                return Resolution(entity: entity, kind: .name)
            }
            if entityAt[end] >= 0, !possessive(end), !qualifier(entityAt[end]) { return Resolution(entity: entityAt[end], kind: .name) }
            // "a spokesman for the Kremlin": the organisation speaks through its spokesman.
            if head.count < speaker.count, Vocabulary.roles[headWord] == "spokesperson" || headWord == "statement",
                let entity = (head.upperBound..<speaker.upperBound).lazy.map({ entityAt[$0] }).first(where: { $0 >= 0 })
            {
                return Resolution(entity: entity, kind: .name)
            }
        }
        // A surname the entity stage did not tag as a name ("PENCE:" heading a transcript's
        // turn): the person of that surname named last before it, else first.
        if !describedPeople, capitalised[last], Vocabulary.pronouns[headWord] == nil, Vocabulary.roles[headWord] == nil,
            let people = personsBySurname[headWord]
        {
            // The one whose name was mentioned last before the speaker (binary search in each
            // person's mentions), else the first such person.
            let latest = people.compactMap { entity in lastOccurrence(of: entity, endingBy: speaker.lowerBound).map { (entity, $0.tokens.lowerBound) } }
                .max { $0.1 < $1.1 }
            return Resolution(entity: latest?.0 ?? people[0], kind: .name)
        }
        if head.count == 1, let pronoun = Vocabulary.pronouns[headWord] {
            return resolvePronoun(pronoun, at: speaker.lowerBound, previousSpeakers: previousSpeakers)
        }
        guard head.count <= 5, !describedPeople || Vocabulary.roles[headWord] != nil, words[head.lowerBound] == "the" || words[head.lowerBound] == "this" || words[head.lowerBound] == "that" else { return nil }
        // "the diplomat", "the Russian President", "the ambassador".
        let wanted = Vocabulary.classes(ofNominal: headWord)
        if Vocabulary.roles[headWord] != nil || !wanted.isEmpty {
            let pair = last > head.lowerBound ? words[last - 1] + " " + headWord : headWord
            let match: (Int) -> Bool = { entity in
                self.roles[entity].contains { role in
                    role == headWord || role == pair || wanted.contains(Vocabulary.roles[role] ?? "")
                }
            }
            if let entity = latest(before: speaker.lowerBound, where: { self.entities[$0].type == "PERSON" && match($0) }) {
                return Resolution(entity: entity, kind: .nominal)
            }
            return nil
        }
        if Vocabulary.organisationNouns.contains(headWord) {
            let publication = Vocabulary.publicationNouns.contains(headWord)
            let entity = latest(before: speaker.lowerBound) { index in
                let entity = self.entities[index]
                guard entity.type == "ORG" || (headWord == "kremlin" && entity.type != "PERSON") else { return false }
                let nameWords = Set(entity.name.lowercased().split(separator: " ").map(String.init))
                if publication { return Self.isPublication(entity.name) }
                return nameWords.contains(headWord) || (headWord == "company" || headWord == "firm" || headWord == "group")
            }
            return entity.map { Resolution(entity: $0, kind: .nominal) }
        }
        return nil
    }

    /// Whether an organisation's name is a newspaper's, agency's or broadcaster's.
    static func isPublication(_ name: String) -> Bool {
        let words = name.lowercased().split(whereSeparator: { $0 == " " || $0 == "-" }).map(String.init)
        if words.contains(where: { Vocabulary.publicationNameWords.contains($0) }) { return true }
        for index in words.indices.dropLast() where Vocabulary.publicationNameWords.contains(words[index] + " " + words[index + 1]) {
            return true
        }
        return false
    }

    private func resolvePronoun(_ pronoun: Vocabulary.PronounKind, at token: Int, previousSpeakers: [(token: Int, entity: Int)]) -> Resolution? {
        let sentence = sentenceOf[token]
        let compatible: (Int) -> Bool
        switch pronoun {
        case .male, .female:
            let gender = pronoun == .male ? "m" : "f"
            compatible = { self.entities[$0].type == "PERSON" && (self.genders[$0] == nil || self.genders[$0] == gender) }
        case .neuter:
            compatible = { self.entities[$0].type == "ORG" }
        case .plural:
            compatible = { ["ORG", "NORP"].contains(self.entities[$0].type) }
        default:
            return nil
        }
        let window = pronoun == .male || pronoun == .female ? 3 : 1
        // The last speaker, if compatible and recent, is who "he said" most often means.
        if let last = previousSpeakers.last, compatible(last.entity), sentence - sentenceOf[last.token] <= window {
            let between = latest(before: token, where: compatible)
            if between == nil || between == last.entity || !mentionedAfter(last.token, before: token, entity: between ?? -1) {
                return Resolution(entity: last.entity, kind: .pronoun)
            }
        }
        if let entity = latest(before: token, where: compatible), let occurrence = lastOccurrence(of: entity, endingBy: token),
            sentence - sentenceOf[occurrence.tokens.lowerBound] <= window + 2
        {
            return Resolution(entity: entity, kind: .pronoun)
        }
        return nil
    }

    /// Whether `entity` is named after token `start` and before token `token`.
    private func mentionedAfter(_ start: Int, before token: Int, entity: Int) -> Bool {
        guard entity >= 0, entity < occurrencesOf.count else { return false }
        let mentions = occurrencesOf[entity]
        let next = mentions.partitionPoint { occurrences[$0].tokens.lowerBound <= start }
        return next < mentions.count && occurrences[mentions[next]].tokens.upperBound <= token
    }

    /// The last name mention of `entity` that ends by token `token`.
    private func lastOccurrence(of entity: Int, endingBy token: Int) -> Occurrence? {
        guard entity >= 0, entity < occurrencesOf.count else { return nil }
        let mentions = occurrencesOf[entity]
        let count = mentions.partitionPoint { occurrences[$0].tokens.upperBound <= token }
        return count > 0 ? occurrences[mentions[count - 1]] : nil
    }

    /// Name mentions `latest(before:where:)` reads back at most.
    static let lookBack = 1_000

    /// The entity of the latest name mention before `token` (outside quotations) that passes `test`.
    ///
    /// It looks back over at most `lookBack` mentions: far enough for any article's antecedent,
    /// and an article of thousands of speakers with no antecedent stays linear.
    private func latest(before token: Int, where test: (Int) -> Bool) -> Int? {
        var index = occurrences.partitionPoint { $0.tokens.upperBound <= token } - 1
        let stop = index - Self.lookBack
        while index >= 0, index > stop {
            let occurrence = occurrences[index]
            if quotationOf[occurrence.tokens.lowerBound] < 0 || quotationOf[token] == quotationOf[occurrence.tokens.lowerBound], test(occurrence.entity) {
                return occurrence.entity
            }
            index -= 1
        }
        return nil
    }
}
