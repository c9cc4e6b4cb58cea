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
        // Each lookup by text would tokenise and hash the phrase again: do it once.
        let key = lexicons.phraseHash(text)
        let categories = lexicons.categories(hash: key)
        let lastCategories = words.count > 1 ? lexicons.categories(of: words[words.count - 1]) : categories
        switch mention.type {
        case "PER":
            mention.type = "PERSON"
        case "ORG":
            if categories.contains(.facility)
                || (lastCategories.contains(.facility) && words.count > 1)
            {
                mention.type = "FAC"
            }
        case "LOC":
            if let country = lexicons.country(hash: key) {
                mention.type = "GPE"
                mention.country = country
            } else if categories.contains(.location) {
                mention.type = "LOC"  // continents and large regions before same-named towns
            } else if let place = lexicons.place(hash: key) {
                mention.type = "GPE"
                mention.country = place.country
                if let latitude = place.latitude, let longitude = place.longitude { mention.geo = (latitude, longitude) }
            } else if lastCategories.contains(.facility) || categories.contains(.facility) {
                mention.type = "FAC"
            } else if lastCategories.contains(.location) {
                mention.type = "LOC"
            } else {
                mention.type = "GPE"
            }
        case "MISC":
            if let country = lexicons.country(ofDemonymHash: key) {
                mention.type = "NORP"
                mention.country = country
            } else if categories.contains(.group) {
                mention.type = "NORP"
            } else if lastCategories.contains(.event) {
                mention.type = "EVENT"
            } else if categories.contains(.equipment) {
                mention.type = "EQUIPMENT"
            } else {
                mention.type = "MISC"
            }
        default:
            break
        }
    }
}
