/// Refines the tagger's coarse types into the record's types with the lexicons.
///
/// LOC becomes GPE for countries, cities and regions (with their country and coordinates),
/// FAC for names ending in a facility word (Airport, Bridge), LOC for natural features and
/// large regions, and GPE otherwise (most unknown place names in news are towns and regions).
/// MISC becomes NORP for demonyms and religious or political groups, EVENT for names ending in
/// an event word (War, Cup, Summit), and stays MISC otherwise.
struct EntityTyper: Sendable {
    let lexicons: Lexicons

    func refine(_ mention: inout NameMention, text: String, words: [String]) {
        let last = words.last ?? text
        switch mention.type {
        case "PER":
            mention.type = "PERSON"
        case "ORG":
            if lexicons.categories(of: text).contains(.facility)
                || (lexicons.categories(of: last).contains(.facility) && words.count > 1)
            {
                mention.type = "FAC"
            }
        case "LOC":
            if let country = lexicons.country(named: text) {
                mention.type = "GPE"
                mention.country = country
            } else if lexicons.categories(of: text).contains(.location) {
                mention.type = "LOC"  // continents and large regions before same-named towns
            } else if let place = lexicons.place(named: text) {
                mention.type = "GPE"
                mention.country = place.country
                if let latitude = place.latitude, let longitude = place.longitude { mention.geo = (latitude, longitude) }
            } else if lexicons.categories(of: last).contains(.facility) || lexicons.categories(of: text).contains(.facility) {
                mention.type = "FAC"
            } else if lexicons.categories(of: last).contains(.location) {
                mention.type = "LOC"
            } else {
                mention.type = "GPE"
            }
        case "MISC":
            if let country = lexicons.country(ofDemonym: text) {
                mention.type = "NORP"
                mention.country = country
            } else if lexicons.categories(of: text).contains(.group) {
                mention.type = "NORP"
            } else if lexicons.categories(of: last).contains(.event) {
                mention.type = "EVENT"
            } else if lexicons.categories(of: text).contains(.equipment) {
                mention.type = "EQUIPMENT"
            } else {
                mention.type = "MISC"
            }
        default:
            break
        }
    }
}
