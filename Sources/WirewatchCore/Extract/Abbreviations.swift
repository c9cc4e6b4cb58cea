/// Abbreviations that keep their final period as part of the token, and how each behaves at
/// a possible sentence end.
///
/// General English and news-style abbreviations, not taken from any corpus.
public enum Abbreviations {
    /// How an abbreviation behaves before a capitalised word.
    public enum Kind: Sendable {
        /// A title or a month: always followed by more of the same sentence (`Gen. Smith`, `Jan. 5`).
        case prefix
        /// May end a sentence (`U.S.`, `Inc.`, `a.m.`): ends one only before a typical sentence opener.
        case either
    }

    /// Abbreviations written with a capital (case-sensitive: `Gen.` but not `gen.`).
    static let capitalised: [String: Kind] = {
        var table: [String: Kind] = [:]
        let prefixes = [
            "Mr", "Mrs", "Ms", "Messrs", "Mme", "Mlle", "Dr", "Prof", "Gen", "Lt", "Col", "Maj", "Capt", "Cpt", "Sgt",
            "Cpl", "Pvt", "Cmdr", "Cdr", "Adm", "Brig", "Gov", "Sen", "Rep", "Reps", "Sens", "Pres", "Supt", "Insp",
            "Det", "Rev", "Fr", "Hon", "Amb", "Sec", "Atty", "Gov", "Mt", "Ft", "St", "Ste", "No", "Nos", "Vol",
            "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec", "Mon", "Tue",
            "Tues", "Wed", "Thu", "Thur", "Thurs", "Fri", "Sat", "Sun", "Ave", "Blvd", "Rd", "Fig", "Ref", "Art",
            "Sq", "Ch", "Op",
        ]
        for word in prefixes { table[word] = .prefix }
        for word in ["Inc", "Ltd", "Co", "Corp", "Bros", "Jr", "Sr", "Esq", "Plc", "PLC", "Dept", "Univ", "Assn"] {
            table[word] = .either
        }
        return table
    }()

    /// Abbreviations in lower case (matched in any case).
    static let lowercase: [String: Kind] = [
        "etc": .either, "vs": .prefix, "approx": .prefix, "est": .either, "al": .either, "cf": .prefix,
        "ca": .prefix, "ed": .either, "eds": .either, "pp": .prefix, "incl": .prefix, "min": .either,
        "max": .either, "ft": .either, "sq": .prefix,
    ]

    /// Words that typically open a sentence, used after `.`-final abbreviations like `U.S.`.
    static let sentenceOpeners: Set<String> = [
        "the", "a", "an", "he", "she", "it", "they", "we", "i", "you", "this", "that", "these", "those", "there",
        "his", "her", "its", "their", "our", "but", "and", "or", "so", "yet", "in", "on", "at", "after", "before",
        "as", "when", "while", "if", "however", "meanwhile", "also", "still", "then", "now", "some", "many", "most",
        "both", "one", "no", "not", "mr", "mrs", "ms", "dr", "what", "who", "why", "how", "where", "last", "earlier",
        "later", "since", "for", "with", "by", "from", "under", "during", "according", "officials", "asked",
    ]

    /// Classifies `word` (without its final period) as an abbreviation, or returns nil.
    ///
    /// Also accepts single letters (`J.`, initials) and dotted letter groups (`U.S`, `a.m`, `Ph.D`).
    public static func kind(of word: Substring) -> Kind? {
        if let kind = capitalised[String(word)] { return kind }
        if let kind = lowercase[word.lowercased()] { return kind }
        let scalars = word.unicodeScalars
        if scalars.count == 1, let first = scalars.first, first.properties.isUppercase { return .prefix }
        if isDottedLetters(word) {
            // Initials of a name ("J.R") read on; acronyms like U.S. or a.m. may close a sentence.
            return .either
        }
        return nil
    }

    /// `U.S`, `a.m`, `e.g`, `Ph.D`: short letter groups joined by periods.
    static func isDottedLetters(_ word: Substring) -> Bool {
        guard word.contains(".") else { return false }
        let parts = word.split(separator: ".", omittingEmptySubsequences: false)
        return parts.count >= 2
            && parts.allSatisfy { part in
                (1...2).contains(part.count) && part.unicodeScalars.allSatisfy { $0.properties.isAlphabetic }
            }
    }

    /// True when `word` is a typical sentence opener.
    public static func opensSentence(_ word: Substring) -> Bool {
        sentenceOpeners.contains(word.lowercased())
    }
}
