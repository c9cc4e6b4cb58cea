/// Groups the name mentions of one article into entities.
///
/// Mentions of one entity: the same name ("Antonov" … "Antonov"); a person's surname or first
/// name after the full name, with or without a title ("Anatoly Antonov" … "Antonov", "Mr.
/// Antonov"; not "Mr. Clinton" after "Hillary Clinton"), or before it when only one person has
/// that surname (a headline's "Pence: …" before "Mike Pence"); an acronym defined in parentheses
/// after a name ("Ukrainian Armed Forces (AFU)" … "AFU") or spelling a name's initials; and
/// spellings of one country ("United States" … "US" … "U.S."). The fullest name, titles not
/// counted, becomes the entity's name; ids are `e1`, `e2`, … in order of first mention.
struct MentionResolver: Sendable {
    let lexicons: Lexicons

    /// Groups `mentions` (in text order). `aliases` maps an acronym defined in parentheses to
    /// the span of the name it abbreviates.
    func resolve(_ mentions: [NameMention], texts: [String], aliases: [String: Span] = [:]) -> [Entity] {
        var groups: [[Int]] = []
        var groupOf: [Int] = Array(repeating: -1, count: mentions.count)
        var keys: [String: Int] = [:]
        let parts = texts.map(Self.nameParts)
        // Earlier person mentions by each part of their names, in text order: a lookup, not a
        // scan of every earlier mention, so that an article of many names stays near linear.
        var personsByPart: [String: [Int]] = [:]
        // The group of the first earlier name of each initials ("UN" of "United Nations"), and
        // the first mention at each span.
        var byInitials: [String: Int] = [:]
        var firstAt: [Span: Int] = [:]
        for (index, mention) in mentions.enumerated() {
            let text = texts[index]
            let key = Self.normalise(text)
            let isCountryName = mention.type == "GPE" && mention.country != nil && lexicons.country(named: text) != nil
            var group: Int?
            if isCountryName, let country = mention.country {
                group = keys["country:" + country]
            }
            if group == nil { group = keys[mention.type + ":" + key] ?? keys["any:" + key] }
            if group == nil, mention.type == "PERSON" {
                // A surname or first name alone, with or without a title ("Antonov", "Mr. Antonov",
                // "Governor Pence"), refers to the last person with that name part.
                // An honorific of the other gender is another person: "Mr. Clinton" after "Mrs. Clinton".
                let gender = Self.honorificGender(text)
                if parts[index].count == 1, let name = parts[index].first {
                    // Past a few people of the other gender it is no one named so far.
                    for other in (personsByPart[name] ?? []).reversed().prefix(32) where groupOf[other] >= 0 {
                        if let gender, let theirs = self.gender(of: texts[other]), theirs != gender { continue }
                        group = groupOf[other]
                        break
                    }
                }
            }
            if group == nil, let defined = aliases[text], let definer = firstAt[defined], groupOf[definer] >= 0 {
                group = groupOf[definer]
            }
            if group == nil, Self.isAcronym(text) {
                group = byInitials[text.replacingOccurrences(of: ".", with: "")]
            }
            let resolved: Int
            if let group {
                resolved = group
                groups[group].append(index)
            } else {
                resolved = groups.count
                groups.append([index])
            }
            groupOf[index] = resolved
            if mention.type == "PERSON" {
                for part in Set(parts[index]) { personsByPart[part, default: []].append(index) }
            }
            if Self.initialled.contains(mention.type) {
                let initials = Self.initials(text)
                if byInitials[initials] == nil { byInitials[initials] = resolved }
            }
            if firstAt[mention.span] == nil { firstAt[mention.span] = index }
            keys[mention.type + ":" + key] = resolved
            keys["any:" + key] = keys["any:" + key] ?? resolved
            if isCountryName, let country = mention.country {
                keys["country:" + country] = resolved
            }
        }
        groups = mergingEarlySurnames(groups, mentions: mentions, texts: texts, parts: parts)
        var entities: [Entity] = []
        for (number, members) in groups.enumerated() {
            var typeCounts: [String: Float] = [:]
            for member in members { typeCounts[mentions[member].type, default: 0] += max(1, mentions[member].confidence) }
            let type = typeCounts.max { $0.value < $1.value || ($0.value == $1.value && $0.key > $1.key) }?.key ?? "MISC"
            // The fullest name, a title not counted: "Mike Pence" names him, not "Governor Pence".
            let length: (Int) -> Int = { parts[$0].reduce(0) { $0 + $1.count + 1 } }
            let fullest = members.max { length($0) < length($1) || (length($0) == length($1) && $0 > $1) } ?? members[0]
            let country = members.lazy.compactMap { mentions[$0].country }.first
            let geo = members.lazy.compactMap { mentions[$0].geo }.first
            entities.append(
                Entity(
                    id: "e\(number + 1)", type: type, name: texts[fullest],
                    mentions: members.map { Mention(span: mentions[$0].span, kind: .name) }, country: country, geo: geo))
        }
        return entities
    }

    /// Groups of one person's surname alone (or with a title) that came before the person's
    /// full name, as in a headline ("Pence: …" … "Mike Pence said"), joined to the full name's
    /// group when exactly one person in the article has that surname. The joined group keeps
    /// the earlier position, so entity ids stay in order of first mention.
    func mergingEarlySurnames(_ groups: [[Int]], mentions: [NameMention], texts: [String], parts: [[String]]) -> [[Int]] {
        var groups = groups
        // The groups with a person's full name (two words or more), by its last word, with the
        // gender its first name tells.
        var fullNames: [String: [(group: Int, gender: String?)]] = [:]
        for (group, members) in groups.enumerated() {
            for member in members where mentions[member].type == "PERSON" && parts[member].count > 1 {
                if let last = parts[member].last { fullNames[last, default: []].append((group, firstNameGender(parts[member]))) }
            }
        }
        var removed = Set<Int>()
        var joined: [Int: Int] = [:]
        for (index, members) in groups.enumerated() where !removed.contains(index) {
            // Every mention of the group is the one surname, alone or after a title.
            // (A person's surname is sometimes tagged as an organisation: "Trump" of "the Trump campaign".)
            guard members.filter({ mentions[$0].type == "PERSON" }).count * 2 >= members.count, let name = parts[members[0]].first,
                members.allSatisfy({ parts[$0] == [name] })
            else { continue }
            let gender = members.lazy.compactMap { Self.honorificGender(texts[$0]) }.first
            let candidates = Set((fullNames[name] ?? []).compactMap { entry -> Int? in
                guard gender == nil || entry.gender == nil || entry.gender == gender else { return nil }
                let group = joined[entry.group] ?? entry.group
                return group == index || removed.contains(group) ? nil : group
            })
            guard candidates.count == 1, let full = candidates.first, full > index else { continue }
            groups[index] = (groups[index] + groups[full]).sorted()
            removed.insert(full)
            joined[full] = index
        }
        return groups.indices.filter { !removed.contains($0) }.map { groups[$0] }
    }

    /// Types of names that an acronym of their initials may stand for.
    static let initialled: Set<String> = ["ORG", "GPE", "NORP", "EVENT", "MISC", "FAC", "LOC"]

    /// Honorifics and titles that may stand before a person's name, lower case without a full stop.
    static let titles: Set<String> = [
        "mr", "mrs", "ms", "miss", "mx", "dr", "prof", "professor", "sir", "dame", "lord", "lady", "rev", "reverend", "fr", "father",
        "gov", "governor", "sen", "senator", "rep", "representative", "congressman", "congresswoman", "president", "vice", "premier",
        "gen", "general", "col", "colonel", "lt", "maj", "major", "capt", "captain", "sgt", "sergeant", "adm", "admiral", "cmdr",
        "judge", "justice", "mayor", "minister", "prime", "chancellor", "ambassador", "secretary", "speaker", "chairman", "chairwoman",
        "king", "queen", "prince", "princess", "pope", "sheikh", "ayatollah", "imam", "rabbi", "bishop", "cardinal", "attorney",
        "detective", "officer", "inspector", "commissioner", "coach",
    ]

    /// The gender an honorific or title before a name gives ("Mrs. Clinton": f), if any.
    static func honorificGender(_ text: String) -> String? {
        guard let first = text.split(separator: " ").first?.lowercased().replacingOccurrences(of: ".", with: "") else { return nil }
        switch first {
        case "mr", "sir", "lord", "king", "prince", "congressman", "chairman", "father": return "m"
        case "mrs", "ms", "miss", "lady", "dame", "queen", "princess", "congresswoman", "chairwoman": return "f"
        default: return nil
        }
    }

    /// The gender of a name's first word from the first-name lexicon, when the name has one.
    func firstNameGender(_ parts: [String]) -> String? {
        parts.count > 1 ? lexicons.gender(ofFirstName: parts[0]) : nil
    }

    /// The gender a person's mention tells: its honorific, else its first name.
    func gender(of text: String) -> String? {
        Self.honorificGender(text) ?? firstNameGender(Self.nameParts(text))
    }

    /// The words of a person's name without the titles before it ("Governor Mike Pence" →
    /// ["Mike", "Pence"]), without a possessive ending; the words as they are if all are titles.
    static func nameParts(_ text: String) -> [String] {
        var parts = text.split(separator: " ").map(String.init)
        if let last = parts.last, last.hasSuffix("'s") || last.hasSuffix("’s") { parts[parts.count - 1] = String(last.dropLast(2)) }
        var first = 0
        while first < parts.count - 1, titles.contains(parts[first].lowercased().replacingOccurrences(of: ".", with: "")) { first += 1 }
        return Array(parts[first...])
    }

    /// Lower case, without periods and a possessive ending: "U.S." and "US" compare equal.
    static func normalise(_ text: String) -> String {
        var value = text.lowercased().replacingOccurrences(of: ".", with: "")
        if value.hasSuffix("'s") || value.hasSuffix("’s") { value.removeLast(2) }
        return value
    }

    static func isAcronym(_ text: String) -> Bool {
        let letters = text.replacingOccurrences(of: ".", with: "")
        return (2...6).contains(letters.count) && letters.unicodeScalars.allSatisfy { $0.properties.isUppercase }
    }

    /// Initials of the capitalised words of a name: "United Nations" → "UN".
    static func initials(_ text: String) -> String {
        String(text.split(separator: " ").compactMap { word in word.first.flatMap { $0.isUppercase ? $0 : nil } })
    }
}
