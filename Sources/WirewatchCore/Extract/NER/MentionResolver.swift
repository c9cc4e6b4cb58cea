/// Groups the name mentions of one article into entities.
///
/// Mentions of one entity: the same name ("Antonov" … "Antonov"); a person's surname or first
/// name after the full name ("Anatoly Antonov" … "Antonov"); an acronym defined in parentheses
/// after a name ("Ukrainian Armed Forces (AFU)" … "AFU") or spelling a name's initials; and
/// spellings of one country ("United States" … "US" … "U.S."). The fullest name becomes the
/// entity's name; ids are `e1`, `e2`, … in order of first mention.
struct MentionResolver: Sendable {
    let lexicons: Lexicons

    /// Groups `mentions` (in text order). `aliases` maps an acronym defined in parentheses to
    /// the span of the name it abbreviates.
    func resolve(_ mentions: [NameMention], texts: [String], aliases: [String: Span] = [:]) -> [Entity] {
        var groups: [[Int]] = []
        var groupOf: [Int] = Array(repeating: -1, count: mentions.count)
        var keys: [String: Int] = [:]
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
                // A surname or first name alone refers to the last person with that name part.
                for (other, otherGroup) in zip(mentions.indices, groupOf).reversed() where other < index && otherGroup >= 0 {
                    guard mentions[other].type == "PERSON" else { continue }
                    let parts = texts[other].split(separator: " ").map(String.init)
                    if parts.count > 1, parts.contains(text) || parts.last == text {
                        group = otherGroup
                        break
                    }
                }
            }
            if group == nil, let defined = aliases[text],
                let definer = mentions.indices.first(where: { mentions[$0].span == defined && $0 < index }), groupOf[definer] >= 0
            {
                group = groupOf[definer]
            }
            if group == nil, Self.isAcronym(text) {
                for (other, otherGroup) in zip(mentions.indices, groupOf) where other < index && otherGroup >= 0 {
                    guard ["ORG", "GPE", "NORP", "EVENT", "MISC", "FAC", "LOC"].contains(mentions[other].type) else { continue }
                    if Self.initials(texts[other]) == text.replacingOccurrences(of: ".", with: "") {
                        group = otherGroup
                        break
                    }
                }
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
            keys[mention.type + ":" + key] = resolved
            keys["any:" + key] = keys["any:" + key] ?? resolved
            if isCountryName, let country = mention.country {
                keys["country:" + country] = resolved
            }
        }
        var entities: [Entity] = []
        for (number, members) in groups.enumerated() {
            var typeCounts: [String: Float] = [:]
            for member in members { typeCounts[mentions[member].type, default: 0] += max(1, mentions[member].confidence) }
            let type = typeCounts.max { $0.value < $1.value || ($0.value == $1.value && $0.key > $1.key) }?.key ?? "MISC"
            let fullest = members.max { texts[$0].count < texts[$1].count || (texts[$0].count == texts[$1].count && $0 > $1) } ?? members[0]
            let country = members.lazy.compactMap { mentions[$0].country }.first
            let geo = members.lazy.compactMap { mentions[$0].geo }.first
            entities.append(
                Entity(
                    id: "e\(number + 1)", type: type, name: texts[fullest],
                    mentions: members.map { Mention(span: mentions[$0].span, kind: .name) }, country: country, geo: geo))
        }
        return entities
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
