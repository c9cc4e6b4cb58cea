import Testing
@testable import WirewatchCore

/// Lexicon parsing on small files written for the tests.
@Suite struct LexiconsTests {
    @Test func firstNamesCarryTheirGenderWhenTheListGivesOne() {
        let lexicons = Lexicons(files: ["first_names.tsv": "#name\tgender\nIngrid\tfemale\nTomas\tmale\nRobin\tunisex\n"])
        #expect(lexicons.gender(ofFirstName: "Ingrid") == "f")
        #expect(lexicons.gender(ofFirstName: "tomas") == "m")
        #expect(lexicons.gender(ofFirstName: "Robin") == nil)
        #expect(lexicons.categories(of: "Robin").contains(.firstName))
    }

    @Test func countriesAndDemonyms() {
        let lexicons = Lexicons(files: ["countries.tsv": "#name\tiso2\tkind\nNorway\tNO\tcountry\n", "demonyms.tsv": "#d\tiso2\nNorwegian\tNO\n"])
        #expect(lexicons.country(named: "Norway") == "NO")
        #expect(lexicons.country(ofDemonym: "Norwegian") == "NO")
        #expect(lexicons.country(named: "Narnia") == nil)
    }
}
