/// Words of English quantities: numbers, scales, currencies, units of measure, qualifiers, and
/// the words around a number that make it a name, a rank or an age rather than a count.
enum QuantityVocabulary {
    static let smallNumbers: [String: Double] = [
        "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
        "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17,
        "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60,
        "seventy": 70, "eighty": 80, "ninety": 90,
    ]
    static let scales: [String: Double] = [
        "hundred": 100, "thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12, "mln": 1e6, "bln": 1e9,
        "bn": 1e9, "m": 1e6, "k": 1e3, "tn": 1e12,
    ]
    static let vagueScales: [String: Double] = [
        "hundreds": 100, "thousands": 1e3, "millions": 1e6, "billions": 1e9, "dozens": 12, "scores": 20, "tens": 10,
    ]
    static let currencySymbols: [String: String] = ["$": "USD", "£": "GBP", "€": "EUR", "₽": "RUB", "¥": "JPY", "₴": "UAH", "₹": "INR"]
    /// Letters written against a dollar sign: "A$3bn", "US$", "HK$".
    static let dollarPrefixes: [String: String] = [
        "a": "AUD", "au": "AUD", "us": "USD", "hk": "HKD", "nz": "NZD", "c": "CAD", "ca": "CAD", "s": "SGD", "nt": "TWD",
    ]
    /// Currency names after a number; ambiguous ones ("pesos", "dinars", "won") only with a nationality.
    static let currencyWords: [String: String] = [
        "dollar": "USD", "dollars": "USD", "usd": "USD", "pound": "GBP", "pounds": "GBP", "gbp": "GBP", "sterling": "GBP",
        "euro": "EUR", "euros": "EUR", "eur": "EUR", "rouble": "RUB", "roubles": "RUB", "ruble": "RUB", "rubles": "RUB",
        "rub": "RUB", "hryvnia": "UAH", "hryvnias": "UAH", "hryvnias'": "UAH", "uah": "UAH", "yen": "JPY", "yuan": "CNY",
        "renminbi": "CNY", "rupee": "INR", "rupees": "INR", "francs": "CHF", "franc": "CHF", "naira": "NGN", "baht": "THB",
        "rand": "ZAR", "shekel": "ILS", "shekels": "ILS", "zloty": "PLN", "zlotys": "PLN", "forint": "HUF", "forints": "HUF",
        "ringgit": "MYR", "rupiah": "IDR", "tenge": "KZT", "lari": "GEL", "lira": "TRY", "liras": "TRY",
    ]
    /// A nationality and a currency name: "Australian dollars", "Swiss francs", "Mexican pesos".
    static let nationalCurrencies: [String: String] = {
        var table: [String: String] = [:]
        let groups: [([String], [String: String])] = [
            (["dollar", "dollars"], [
                "us": "USD", "u.s.": "USD", "american": "USD", "australian": "AUD", "canadian": "CAD", "singapore": "SGD",
                "taiwan": "TWD", "taiwanese": "TWD", "zimbabwe": "ZWL", "zimbabwean": "ZWL", "jamaican": "JMD",
            ]),
            (["franc", "francs"], ["swiss": "CHF", "french": "FRF", "belgian": "BEF", "cfa": "XOF"]),
            (["pound", "pounds"], ["egyptian": "EGP", "lebanese": "LBP", "syrian": "SYP", "sudanese": "SDG", "irish": "IEP"]),
            (["peso", "pesos"], [
                "mexican": "MXN", "argentine": "ARS", "argentinian": "ARS", "philippine": "PHP", "chilean": "CLP", "colombian": "COP",
                "cuban": "CUP",
            ]),
            (["rupee", "rupees"], ["indian": "INR", "pakistani": "PKR", "nepalese": "NPR"]),
            (["dinar", "dinars"], [
                "iraqi": "IQD", "kuwaiti": "KWD", "jordanian": "JOD", "serbian": "RSD", "algerian": "DZD", "tunisian": "TND",
                "libyan": "LYD",
            ]),
            (["riyal", "riyals"], ["saudi": "SAR", "qatari": "QAR"]),
            (["krona", "kronor"], ["swedish": "SEK", "icelandic": "ISK"]),
            (["krone", "kroner"], ["danish": "DKK", "norwegian": "NOK"]),
            (["won"], ["south korean": "KRW", "korean": "KRW"]),
        ]
        for (names, nations) in groups {
            for name in names {
                for (nation, code) in nations { table[nation + " " + name] = code }
            }
        }
        return table
    }()
    /// Hundredths of a currency: "25 cents" is 0.25 USD, "530 pence" 5.30 GBP, "10.75p".
    static let minorCurrencies: [String: String] = [
        "cent": "USD", "cents": "USD", "penny": "GBP", "pence": "GBP", "p": "GBP", "kopecks": "RUB", "kopeks": "RUB",
    ]
    /// Units of measure: SI unit and factor.
    static let measures: [String: (unit: String, factor: Double)] = [
        "km": ("m", 1000), "kilometre": ("m", 1000), "kilometres": ("m", 1000), "kilometer": ("m", 1000),
        "kilometers": ("m", 1000), "mile": ("m", 1609.344), "miles": ("m", 1609.344), "metre": ("m", 1), "metres": ("m", 1),
        "meter": ("m", 1), "meters": ("m", 1), "cm": ("m", 0.01), "mm": ("m", 0.001), "foot": ("m", 0.3048),
        "feet": ("m", 0.3048), "ft": ("m", 0.3048), "inch": ("m", 0.0254), "inches": ("m", 0.0254), "yard": ("m", 0.9144),
        "yards": ("m", 0.9144), "yds": ("m", 0.9144),
        "kg": ("kg", 1), "kilogram": ("kg", 1), "kilograms": ("kg", 1), "kilogrammes": ("kg", 1), "g": ("kg", 0.001),
        "grams": ("kg", 0.001), "ton": ("kg", 1000), "tons": ("kg", 1000), "tonne": ("kg", 1000), "tonnes": ("kg", 1000),
        "pound-weight": ("kg", 0.45359237), "lb": ("kg", 0.45359237), "lbs": ("kg", 0.45359237),
        "hectare": ("m2", 10000), "hectares": ("m2", 10000), "ha": ("m2", 10000), "acre": ("m2", 4046.8564224),
        "acres": ("m2", 4046.8564224), "litre": ("l", 1), "litres": ("l", 1), "liter": ("l", 1), "liters": ("l", 1),
        "gallons": ("l", 3.785411784), "barrels": ("l", 158.987294928), "km/h": ("m/s", 1 / 3.6), "mph": ("m/s", 0.44704),
        "mw": ("W", 1e6), "gw": ("W", 1e9), "kw": ("W", 1e3), "megawatts": ("W", 1e6),
        "kb": ("B", 1e3), "mb": ("B", 1e6), "gb": ("B", 1e9), "tb": ("B", 1e12), "kbps": ("bit/s", 1e3),
        "mbps": ("bit/s", 1e6), "gbps": ("bit/s", 1e9), "mhz": ("Hz", 1e6), "ghz": ("Hz", 1e9), "kilobits": ("bit", 1e3),
        "megabits": ("bit", 1e6), "gigabits": ("bit", 1e9), "kilobit": ("bit", 1e3), "megabit": ("bit", 1e6), "gigabit": ("bit", 1e9), "megabytes": ("B", 1e6), "gigabytes": ("B", 1e9),
        "terabytes": ("B", 1e12), "megawatt": ("W", 1e6), "kilowatts": ("W", 1e3), "gigawatts": ("W", 1e9),
    ]
    /// Units that may be written against the number ("12cm", "5GB", "14Mbps"); not "g" or "m",
    /// which are also "5G" networks and millions.
    static let gluedMeasures: Set<String> = [
        "km", "cm", "mm", "ft", "kg", "lb", "lbs", "ha", "mph", "mw", "gw", "kw", "kb", "mb", "gb", "tb", "kbps", "mbps", "gbps",
        "mhz", "ghz", "yds",
    ]
    /// Words after `200m` that make it metres, not millions: athletics and sports events.
    static let metreEvents: Set<String> = [
        "hurdles", "relay", "final", "finals", "record", "title", "race", "freestyle", "backstroke", "breaststroke",
        "butterfly", "medley", "sprint", "dash", "heat", "heats", "semi-final", "champion", "gold", "silver", "bronze",
        "world", "line", "event", "run", "swim", "individual", "indoor", "steeplechase", "medallist", "crown", "olympic",
        "european", "commonwealth", "national", "british", "outdoor", "personal", "season's",
    ]
    /// Qualifiers before a number, and whether they make it approximate.
    static let qualifiers: [(words: [String], text: String, approximate: Bool)] = [
        (["as", "many", "as"], "as many as", false), (["as", "much", "as"], "as much as", false),
        (["as", "few", "as"], "as few as", false), (["as", "little", "as"], "as little as", false),
        (["more", "or", "less"], "more or less", true), (["in", "excess", "of"], "in excess of", false),
        (["an", "estimated"], "an estimated", true), (["more", "than"], "more than", false), (["at", "least"], "at least", false),
        (["up", "to"], "up to", false), (["less", "than"], "less than", false), (["fewer", "than"], "fewer than", false),
        (["at", "most"], "at most", false), (["almost", "all"], "almost", true), (["close", "to"], "close to", true),
        (["upwards", "of"], "upwards of", false), (["just", "over"], "just over", false), (["just", "under"], "just under", false),
        (["well", "over"], "well over", false), (["something", "like"], "something like", true),
        (["about"], "about", true), (["around"], "around", true), (["approximately"], "approximately", true),
        (["roughly"], "roughly", true), (["nearly"], "nearly", true), (["almost"], "almost", true), (["some"], "some", true),
        (["over"], "over", false), (["under"], "under", false), (["approx."], "approx.", true),
    ]
    /// Verbs whose particle "up" makes "up to" a direction, not a qualifier: "went up to 5.5%".
    static let risingVerbs: Set<String> = [
        "go", "goes", "went", "gone", "going", "move", "moved", "moves", "climb", "climbed", "climbs", "jump", "jumped", "jumps",
        "shot", "edge", "edged", "edges", "creep", "crept", "ramp", "ramped", "step", "stepped", "push", "pushed", "bump", "bumped",
        "come", "came", "comes", "round", "rounded", "add", "added", "adds", "totted",
    ]

    /// Words that end the description of what is counted.
    static let stops: Set<String> = [
        "of", "for", "and", "or", "to", "in", "on", "at", "by", "with", "from", "who", "that", "which", "were", "was",
        "are", "is", "had", "have", "has", "will", "would", "said", "than", "as", "per", "a", "an", "the", "their",
        "his", "her", "its", "into", "out", "since", "after", "before", "during", "while", "because", "but", "not",
        "be", "been", "being", "did", "do", "does", "can", "could", "may", "might", "must", "should", "also", "each",
        "near", "such", "over", "under", "like", "about", "around", "across", "through", "against", "within", "among",
        "between", "ago", "so", "too", "very", "already", "still", "now", "then", "here", "there", "yet", "just", "only",
        "even", "when", "where", "if", "this", "these", "those", "last", "next", "up", "down", "off", "back", "away",
        "he", "she", "it", "they", "we", "i", "you", "him", "them", "us", "me", "our", "your", "my", "whose", "what",
        "all", "both", "again", "ever", "never", "until", "via", "including", "every", "beyond", "above", "below",
        "toward", "towards", "upon", "without", "behind", "ahead", "apart", "alone", "together", "overall", "instead",
        "respectively",
    ]
    /// Adjectives often placed before the counted noun.
    static let adjectives: Set<String> = [
        "other", "more", "own", "military", "civilian", "new", "old", "former", "foreign", "local", "armed", "young", "additional",
        "extra", "senior", "junior", "small", "large", "big", "major", "minor", "wounded", "injured", "dead", "missing",
        "political", "national", "international", "federal", "regional", "private", "public", "full-time", "part-time",
        "short", "long", "high", "low", "top", "leading", "key", "main", "separate", "different", "similar", "further",
    ]
    /// Plurals without an -s: a count stops at them ("three children Nora").
    static let irregularPlurals: Set<String> = [
        "people", "children", "men", "women", "police", "personnel", "staff", "crew", "cattle", "sheep", "folk", "mice", "geese",
        "aircraft",
    ]
    /// Nouns of time, and "times": a count of them is a duration or a frequency, not of things.
    static let timeUnits: Set<String> = [
        "times", "seconds", "minutes", "hours", "days", "weeks", "months", "years", "decades", "centuries", "seasons", "quarters",
        "nights", "weekends", "fortnights", "second", "minute", "hour", "day", "week", "month", "year", "decade",
    ]
    /// Nouns before a number that make it a reference, not a count: "chapter 11", "Radio 4", "top 20".
    static let references: Set<String> = [
        "chapter", "section", "page", "pages", "article", "paragraph", "room", "gate", "route", "flight", "platform", "channel",
        "radio", "series", "formula", "tier", "level", "grade", "exit", "junction", "highway", "interstate", "rule",
        "resolution", "clause", "amendment", "top", "no", "no.", "number", "nos", "aged", "version", "v", "act", "scene",
        "volume", "vol", "issue", "episode", "season", "stage", "round", "hole", "lap", "seed", "figure", "table", "verse",
        "psalm", "line", "row", "block", "unit", "apartment", "suite", "floor", "bus", "train", "track", "phase", "part",
        "category", "class", "type", "model", "mark", "mk", "world", "war", "ward", "district", "zone", "sector",
    ]
    /// Words before "one" that make it a pronoun or an idiom: "no one", "the one", "at one point".
    static let oneBefore: Set<String> = ["no", "any", "the", "this", "that", "every", "each", "which", "at", "to", "someone", "everyone"]
    /// Words after "one" that make it a pronoun or an idiom: "one another", "one who".
    static let oneAfter: Set<String> = [
        "another", "of", "who", "that", "which", "he", "she", "it", "they", "we", "i", "you", "thing", "way", "side", "better",
        "point", "hand", "day", "time", "stage", "occasion", "moment", "or", "must", "can", "could", "would", "should", "might",
    ]
    /// Denominators of fractions in words.
    static let denominators: [String: Double] = [
        "half": 2, "halves": 2, "third": 3, "thirds": 3, "quarter": 4, "quarters": 4, "fifth": 5, "fifths": 5, "sixth": 6,
        "sixths": 6, "seventh": 7, "sevenths": 7, "eighth": 8, "eighths": 8, "ninth": 9, "ninths": 9, "tenth": 10,
        "tenths": 10, "hundredth": 100, "hundredths": 100,
    ]
}
