/// Words of English time expressions: month and weekday names, numbers, units, seasons.
enum TimeVocabulary {
    static let months: WordTable<Int> = {
        var table: [String: Int] = [:]
        let names = ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"]
        for (index, name) in names.enumerated() {
            table[name] = index + 1
            table[String(name.prefix(3))] = index + 1
            table[String(name.prefix(3)) + "."] = index + 1
        }
        table["sept"] = 9
        table["sept."] = 9
        table.removeValue(forKey: "may.")
        table.removeValue(forKey: "mar")  // "mar" is a verb; "Mar." stays
        return WordTable(table)
    }()

    /// Weekday numbers, Monday = 1 … Sunday = 7 (ISO 8601).
    static let weekdays: WordTable<Int> = {
        var table: [String: Int] = [:]
        let names = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
        for (index, name) in names.enumerated() {
            table[name] = index + 1
            table[String(name.prefix(3)) + "."] = index + 1
        }
        table["tues."] = 2
        table["thurs."] = 4
        return WordTable(table)
    }()

    static let numbers: WordTable<Int> = [
        "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
        "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
        "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40,
        "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90, "hundred": 100, "several": -1,
        "few": -1, "a few": -1, "couple": 2, "dozen": 12,
    ]

    static let ordinals: WordTable<Int> = [
        "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "1st": 1, "2nd": 2, "3rd": 3, "4th": 4,
        "last": -1,
    ]

    /// Units and their TimeML letters; `T` marks units below a day.
    static let units: WordTable<(letter: String, clock: Bool)> = [
        "second": ("S", true), "seconds": ("S", true), "minute": ("M", true), "minutes": ("M", true),
        "hour": ("H", true), "hours": ("H", true), "day": ("D", false), "days": ("D", false),
        "week": ("W", false), "weeks": ("W", false), "month": ("M", false), "months": ("M", false),
        "year": ("Y", false), "years": ("Y", false), "decade": ("DE", false), "decades": ("DE", false),
        "century": ("CE", false), "centuries": ("CE", false), "quarter": ("Q", false), "quarters": ("Q", false),
        "weekend": ("WE", false), "weekends": ("WE", false),
    ]

    /// Ordinals in words up to the centuries of the common era ("the twenty-first century").
    static let ordinalNumbers: WordTable<Int> = [
        "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8, "ninth": 9,
        "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13, "fourteenth": 14, "fifteenth": 15, "sixteenth": 16,
        "seventeenth": 17, "eighteenth": 18, "nineteenth": 19, "twentieth": 20, "twenty-first": 21,
    ]

    /// Decades in words, as digits of the decade: "the nineties" -> 9 (the 1990s).
    static let decadeWords: WordTable<Int> = [
        "twenties": 2, "thirties": 3, "forties": 4, "fifties": 5, "sixties": 6, "seventies": 7, "eighties": 8, "nineties": 9,
    ]

    static let seasons: WordTable<String> = ["spring": "SP", "summer": "SU", "autumn": "FA", "fall": "FA", "winter": "WI"]

    static let partsOfDay: WordTable<String> = [
        "morning": "MO", "afternoon": "AF", "evening": "EV", "night": "NI", "overnight": "NI", "tonight": "NI",
    ]

    /// Words that make a bare weekday or month-day refer to the future.
    static let futureCues: WordSet = [
        "will", "'ll", "’ll", "shall", "scheduled", "expected", "planned", "plans", "plan", "due", "effective", "payable",
        "until", "upcoming", "begins", "starts", "going", "soon", "set", "resume", "resumes", "planning", "expects",
    ]

    /// Words of a clause set in the past, for dates and weekdays without a year or direction.
    static let pastCues: WordSet = ["said", "was", "were", "had", "announced", "reported", "told", "since", "did", "ago", "last"]

    /// Irregular past forms that are not also participles ("became", not "paid").
    static let irregularPast: WordSet = [
        "began", "became", "came", "fell", "flew", "gave", "grew", "knew", "ran", "rose", "sank", "saw", "spoke", "swore", "took",
        "threw", "went", "wrote", "drew", "drove",
    ]

    /// Tokens that end a clause when looking for its tense.
    static let clauseBreaks: WordSet = [",", ";", ":", "(", ")", "“", "”", "\"", "''", "—", "–"]
}
