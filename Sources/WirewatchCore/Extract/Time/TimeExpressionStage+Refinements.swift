/// What the matcher leaves to a second look at each expression's neighbours: modifiers
/// ("late last year", "about three weeks"), the second end of a range ("from Jan. 5 to 7",
/// "Jan. 5-7") and the time zone of a clock time ("10:30 a.m. Moscow time").
extension TimeExpressionStage {
    /// One expression in tokens, before it becomes a `TimeExpression`.
    struct Draft {
        var first: Int
        var last: Int
        var type: TimeExpression.Kind
        var value: String
        var mod: String?
        /// Byte offsets when the expression is part of one token ("7" of "5-7").
        var bytes: Span?
    }

    /// Modifier phrases before an expression, longest first, as lower-case tokens, with their TIMEX3 `mod`.
    static let modifiers: [([String], String)] = [
        (["no", "more", "than"], "EQUAL_OR_LESS"), (["no", "less", "than"], "EQUAL_OR_MORE"), (["the", "end", "of"], "END"),
        (["the", "start", "of"], "START"), (["the", "beginning", "of"], "START"), (["the", "middle", "of"], "MID"),
        (["more", "than"], "MORE_THAN"), (["less", "than"], "LESS_THAN"), (["at", "least"], "EQUAL_OR_MORE"),
        (["up", "to"], "EQUAL_OR_LESS"), (["nearly"], "APPROX"), (["about"], "APPROX"), (["around"], "APPROX"),
        (["approximately"], "APPROX"), (["roughly"], "APPROX"), (["almost"], "APPROX"), (["some"], "APPROX"),
        (["early"], "START"), (["mid"], "MID"), (["late"], "END"),
    ]

    /// Modifiers of amounts: on a date they need a count in it ("about two years ago").
    static let quantityModifiers: WordSet = ["APPROX", "MORE_THAN", "LESS_THAN", "EQUAL_OR_LESS", "EQUAL_OR_MORE"]

    /// Whether a date expression counts something: it holds a number or ends in "ago".
    static func counts(_ draft: Draft, _ words: [String]) -> Bool {
        (draft.first...draft.last).contains { k in
            words[k].utf8.first.map { $0 &- 0x30 < 10 } == true || TimeVocabulary.numbers[words[k]] != nil && words[k] != "a" && words[k] != "an"
        } || words[draft.last] == "ago"
    }

    /// Hedges on a date's part of its period, alone ("late last year") or hyphenated ("mid-March"),
    /// and the side of it: "post-1959" (AFTER), "pre-2000" (BEFORE).
    static let hedges: WordTable<String> = ["early": "START", "mid": "MID", "late": "END", "post": "AFTER", "pre": "BEFORE"]

    /// UTC offsets of zone names after a clock time (standard time; summer time has its own names).
    static let zones: [[String]: String] = [
        ["utc"]: "Z", ["gmt"]: "Z", ["est"]: "-05:00", ["edt"]: "-04:00", ["cst"]: "-06:00", ["cdt"]: "-05:00",
        ["mst"]: "-07:00", ["mdt"]: "-06:00", ["pst"]: "-08:00", ["pdt"]: "-07:00", ["bst"]: "+01:00", ["cet"]: "+01:00",
        ["cest"]: "+02:00", ["eet"]: "+02:00", ["eest"]: "+03:00", ["msk"]: "+03:00", ["moscow", "time"]: "+03:00",
        ["kyiv", "time"]: "+02:00", ["kiev", "time"]: "+02:00", ["beijing", "time"]: "+08:00", ["tokyo", "time"]: "+09:00",
        ["gmt", "time"]: "Z", ["jst"]: "+09:00", ["ist"]: "+05:30", ["aest"]: "+10:00",
    ]

    /// Adds modifiers, second range ends and zones to the matcher's expressions.
    static func refine(
        _ drafts: [TimeRecognizer.Found], words: [String], capitalised: [Bool], tokens: [Token], bytes: UnsafeBufferPointer<UInt8>
    ) -> [Draft] {
        var result: [Draft] = []
        var taken = Set<Int>()
        for found in drafts { for token in found.first...found.last { taken.insert(token) } }
        for found in drafts where !isFalseAlarm(found, words: words, capitalised: capitalised, tokens: tokens) {
            var draft = Draft(first: found.first, last: found.last, type: found.type, value: found.value)
            // "late last year", "early March": the matcher may have kept the hedge in the span.
            let firstWord = words[draft.first]
            if let hedge = hedges.entries.first(where: { firstWord.hasPrefix($0.key + "-") }) {
                draft.mod = hedge.value  // "mid-March", "late-1990s"
            } else if draft.last > draft.first, let mod = hedges[firstWord] {
                draft.mod = mod
            } else {
                for (phrase, mod) in modifiers where draft.first - phrase.count >= 0 {
                    let start = draft.first - phrase.count
                    guard (0..<phrase.count).allSatisfy({ words[start + $0] == phrase[$0] && !taken.contains(start + $0) }) else { continue }
                    // "some" and "about" hedge amounts only; "early", "late", "mid" only dates.
                    if phrase == ["some"] && draft.type != .duration { continue }
                    // "about the future", "up to today": prepositions before a date that counts nothing.
                    if quantityModifiers.contains(mod), draft.type == .date, !Self.counts(draft, words) { continue }
                    if hedges[phrase[0]] != nil && draft.type == .duration { continue }
                    draft.first = start
                    draft.mod = mod
                    break
                }
            }
            // "the late 1970s", "the mid-1990s", "the early summer", "the current quarter": the
            // article belongs to the expression, as it does in "the 1990s" (a decade's value has three digits).
            if draft.type == .date, draft.first > 0, words[draft.first - 1] == "the", words[draft.first] != "the", !taken.contains(draft.first - 1),
                draft.value.utf8.count == 3 || (words[draft.first] == "current" && draft.last > draft.first) || isSeason(draft.value)
            {
                draft.first -= 1
            }
            // "a week or so ago", "two years or so".
            if draft.mod == nil, (draft.first..<draft.last).contains(where: { words[$0] == "or" && words[$0 + 1] == "so" }) {
                draft.mod = "APPROX"
            }
            // "by year end", "by year's end" say "by the end of the year": the year, END (the
            // single word "year-end" stays the closing date of the accounts).
            if draft.mod == nil, words[draft.last] == "end", draft.last > draft.first, words[draft.first] == "year", draft.value.hasSuffix("-12-31") {
                draft.value = String(draft.value.prefix(4))
                draft.mod = "END"
            }
            // "10:30 a.m. Moscow time", "3 p.m. EST".
            if draft.type == .time, draft.value.contains(":") {
                for (zone, offset) in zones.sorted(by: { $0.key.count > $1.key.count }) where draft.last + zone.count < words.count {
                    // A zone at the end of a sentence may carry its full stop ("3 p.m. EST.").
                    if (0..<zone.count).allSatisfy({ words[draft.last + 1 + $0] == zone[$0] || words[draft.last + 1 + $0] == zone[$0] + "." }) {
                        draft.last += zone.count
                        draft.value += offset
                        break
                    }
                }
            }
            // "Jan. 5-7": the matcher saw the month alone; the next token holds both days.
            if draft.type == .date, draft.value.utf8.count == 7, draft.last + 1 < tokens.count, let (first, second, dash) = dayPair(tokens[draft.last + 1], bytes),
                let year = Int(draft.value.prefix(4)), let month = Int(draft.value.suffix(2)),
                CivilDate(year: year, month: month, day: first).isValid, CivilDate(year: year, month: month, day: second).isValid
            {
                let token = tokens[draft.last + 1].span
                result.append(Draft(first: draft.first, last: draft.last + 1, type: .date, value: draft.value + "-" + CivilDate.pad(first, 2), bytes: Span(start: tokens[draft.first].span.start, end: dash.start)))
                result.append(Draft(first: draft.last + 1, last: draft.last + 1, type: .date, value: draft.value + "-" + CivilDate.pad(second, 2), bytes: Span(start: dash.end, end: token.end)))
                continue
            }
            result.append(draft)
            if let second = rangeEnd(after: draft, words: words, tokens: tokens, bytes: bytes, taken: taken) { result.append(second) }
        }
        // "the 2003-04 season", "the 2001-2003 period": two years, like a range of days.
        for (index, token) in tokens.enumerated() where !taken.contains(index) && token.span.end - token.span.start >= 7 {
            guard let (first, second, separator) = yearPair(token, bytes) else { continue }
            result.append(Draft(first: index, last: index, type: .date, value: CivilDate.pad(first, 4), bytes: Span(start: token.span.start, end: separator.start)))
            result.append(Draft(first: index, last: index, type: .date, value: CivilDate.pad(second, 4), bytes: Span(start: separator.end, end: token.span.end)))
        }
        return result.sorted { ($0.bytes?.start ?? tokens[$0.first].span.start) < ($1.bytes?.start ?? tokens[$1.first].span.start) }
    }

    /// Whether a value is a season of a year ("2023-SU").
    static func isSeason(_ value: String) -> Bool {
        let bytes = value.utf8
        guard bytes.count == 7, bytes[bytes.index(bytes.startIndex, offsetBy: 4)] == UInt8(ascii: "-") else { return false }
        return seasonCodes.contains(String(value.suffix(2)))
    }

    /// The season codes of `TimeVocabulary.seasons` ("SP", "SU", "FA", "WI"), read once.
    private static let seasonCodes = Set(TimeVocabulary.seasons.entries.map(\.value))

    /// Words that may follow "the 24th" used as a date.
    static let dayFollowers: WordSet = [
        "of", "and", "or", "to", "at", "in", "on", "was", "is", "will", "would", "when", "as", "with", "from", "for", "through",
        "until", "till", "before", "after", "but", "that", "which", "saw", "marks", "marked", "began", "begins", "ended", "ends",
        "has", "had", "could", "should", "may", "might", "the", "a", "an", "he", "she", "it", "they", "we", "i", "there", "this",
        "his", "her", "their", "its", "by", "while", "so", "if", "also", "only", "then", "is", "are", "were",
    ]

    /// Nouns of awards before "of the year": "player of the year", "album of the month".
    static let awards: WordSet = [
        "player", "players", "team", "album", "film", "movie", "book", "song", "record", "goal", "person", "man", "woman", "coach",
        "manager", "athlete", "sportsman", "sportswoman", "sportsperson", "personality", "blog", "website", "site", "game", "car",
        "artist", "act", "newcomer", "director", "actor", "actress", "company", "restaurant", "word", "story", "photo",
        "photograph", "picture", "novel", "show", "programme", "program", "single", "employee", "entrepreneur", "writer",
        "author", "journalist", "teacher", "rookie", "breakthrough", "comeback", "try", "moment", "gadget", "product", "band",
        "singer", "designer", "chef", "architect", "scientist", "volunteer", "newsmaker", "bank", "brand", "city", "destination",
    ]

    /// Capitalised words after a weekday that make a title: "the Sunday Times", "Saturday Night Live".
    static let titleWords: WordSet = [
        "telegraph", "times", "express", "mirror", "independent", "herald", "post", "mail", "tribune", "sport", "people", "observer",
        "star", "live", "night", "programme", "show", "business", "politics", "edition",
    ]

    /// Words in -s before "a week" that are not the plural of a rate ("four flights a week"): "as
    /// long as a month", "it was a year".
    static let notPlurals: WordSet = [
        "as", "was", "is", "has", "does", "his", "its", "this", "thus", "plus", "less", "unless", "across", "us", "yes", "whereas",
        "perhaps", "always", "sometimes", "towards", "afterwards", "besides", "hers", "ours", "theirs", "yours",
    ]

    /// Matches that are not time expressions: ages ("52 years old"), rates ("$1.76 a year",
    /// "four flights a week"), ordinals naming things ("the 11th Circuit", "the 25th
    /// anniversary") and "as soon as" / "soon after".
    private static func isFalseAlarm(_ found: TimeRecognizer.Found, words: [String], capitalised: [Bool], tokens: [Token]) -> Bool {
        let before = found.first > 0 ? words[found.first - 1] : ""
        let after = found.last + 1 < words.count ? words[found.last + 1] : ""
        if found.type == .duration, after == "old" || after == "older" { return true }
        if words[found.first] == "a" || words[found.first] == "an", found.last == found.first + 1 {
            let previous = found.first > 0 ? tokens[found.first - 1] : nil
            // Rates: "$1.76 a year", "£1.8bn a year", "70p a track", "four flights a week".
            let amount = before.utf8.first.map { $0 &- 0x30 < 10 } == true || TimeRecognizer.currencyMarks.contains(before)
            if previous?.kind == .number || amount || before == "percent" || before == "%" || before.hasSuffix("s") && !notPlurals.contains(before) {
                return true
            }
        }
        if words[found.first] == "the", found.last == found.first + 1, found.type == .date, found.value.utf8.count == 10,
            found.value.utf8.first.map({ $0 &- 0x30 < 10 }) == true
        {
            if after == "anniversary" || after == "century" || (found.last + 1 < words.count && capitalised[found.last + 1]) { return true }
            // "the 4th richest", "the 21st minute", "the 10th seed": an ordinal before a word it ranks.
            if let letter = after.utf8.first, letter &- 0x61 < 26, !dayFollowers.contains(after) { return true }
        }
        // Names: "the Sunday Telegraph", "Ant & Dec's Saturday Night Takeaway", "Screen Daily", "Jamie Noon".
        if found.last + 1 < words.count, capitalised[found.first], capitalised[found.last + 1], tokens[found.last + 1].kind == .word,
            TimeVocabulary.weekdays[words[found.first]] != nil, before == "the" || before == "'s" || before == "’s"
        {
            return true
        }
        // Titles: "the Sunday Times", "and Sunday Telegraph", "Saturday Night Live".
        if found.last + 1 < words.count, capitalised[found.first], capitalised[found.last + 1], TimeVocabulary.weekdays[words[found.last]] != nil,
            titleWords.contains(words[found.last + 1])
        {
            return true
        }
        // "the Daily Mail", "Weekly Standard": a capitalised frequency before a capitalised word is a title.
        if found.first == found.last, capitalised[found.first], ["daily", "weekly", "monthly"].contains(words[found.first]),
            found.last + 1 < words.count, capitalised[found.last + 1], tokens[found.last + 1].kind == .word
        {
            return true
        }
        // "Radio 4's Today programme", "he told Today": a capitalised "Today" inside a sentence is a title.
        if words[found.first] == "today", found.first == found.last, capitalised[found.first], found.first > 0,
            !TimeRecognizer.sentenceEnds.contains(before)
        {
            return true
        }
        if found.first == found.last, capitalised[found.first], found.first > 0, capitalised[found.first - 1], tokens[found.first - 1].kind == .word,
            ["daily", "weekly", "monthly", "noon", "midnight", "today", "tonight"].contains(words[found.first])
        {
            return true
        }
        // "player of the year", "goal of the month": an award, not the current year.
        if words[found.first] == "the", found.last == found.first + 1, ["year", "month", "week"].contains(words[found.last]), before == "of",
            found.first >= 2, awards.contains(words[found.first - 2]), after != "'s", after != "’s"
        {
            return true
        }
        if words[found.first] == "soon", found.first == found.last, before == "as" || after == "after" || after == "before" { return true }
        // "that soon became a flood", "he was soon released": soon after an event of the story, not ahead of the anchor.
        if words[found.first] == "soon", found.first == found.last,
            ["was", "were", "had"].contains(before) || TimeVocabulary.pastCues.contains(after) || TimeVocabulary.irregularPast.contains(after)
                || (after.utf8.count > 4 && after.hasSuffix("ed"))
        {
            return true
        }
        // Names: "the March for Life", "the March of Dimes", "the March of the Combatant Mothers"; "High Noon".
        if found.first == found.last, found.type == .date, found.value.utf8.count == 7, after == "of" || after == "for" {
            // "the March of the …" only: "shipping in March for the US" is the month.
            let articled = ["the", "“", "\"", "``", "`", "‘"].contains(before) && after == "of" && found.last + 2 < words.count && words[found.last + 2] == "the"
            let name = articled ? found.last + 3 : found.last + 2
            if name < words.count, capitalised[name] { return true }
        }
        if words[found.first] == "noon", before == "high" { return true }
        // "a second group", "a second time": the ordinal, not the unit.
        if found.last == found.first + 1, words[found.last] == "second", let letter = after.utf8.first, letter &- 0x61 < 26,
            !["later", "after", "ago", "earlier", "before", "or", "and"].contains(after)
        {
            return true
        }
        // Fractions: "three-quarters of its food", "a quarter of the vote", "two quarters of the
        // seats" (not "the past two quarters", "the first two quarters of 1990").
        if found.type == .duration, words[found.last].hasSuffix("-quarters")
            || (words[found.last].hasSuffix("quarter") || words[found.last].hasSuffix("quarters")) && after == "of"
                && !(found.last + 2 < words.count && TimeRecognizer.year(words[found.last + 2]) != nil)
        {
            return true
        }
        // "a quarter stake", "a quarter point": a fraction before its noun, not three months.
        if found.type == .duration, found.last == found.first + 1, words[found.last] == "quarter", words[found.first] == "a" || words[found.first] == "one",
            let letter = after.utf8.first, letter &- 0x61 < 26, !dayFollowers.contains(after)
        {
            return true
        }
        // "in many quarters", "from several quarters": circles of people, not periods.
        if found.type == .duration, found.last == found.first + 1, words[found.last] == "quarters",
            ["many", "several", "few", "some", "all"].contains(words[found.first]), ["in", "from", "among", "across", "by"].contains(before)
        {
            return true
        }
        // A programme's title in quotes: ABC's "This Week".
        if found.type == .date, found.last == found.first + 1, capitalised[found.last], ["“", "\"", "``", "`", "‘", "'"].contains(before),
            ["this", "last", "next"].contains(words[found.first]), ["week", "month", "year"].contains(words[found.last])
        {
            return true
        }
        // Discourse "Now," opening a sentence is not a time reference.
        if words[found.first] == "now", found.first == found.last, after == ",",
            found.first == 0 || [".", "!", "?", "\"", "“", "''", "``"].contains(before)
        {
            return true
        }
        return false
    }

    /// "Jan. 5 to 7", "between May 3 and 5", "Jan. 5-7": the second day of a range of days.
    private static func rangeEnd(after draft: Draft, words: [String], tokens: [Token], bytes: UnsafeBufferPointer<UInt8>, taken: Set<Int>) -> Draft? {
        guard draft.type == .date, draft.value.utf8.count == 10, draft.mod == nil else { return nil }
        let prefix = String(draft.value.prefix(8))  // YYYY-MM-
        func day(_ text: Substring) -> Int? { Int(text).flatMap { (1...31).contains($0) ? $0 : nil } }
        let next = draft.last + 1
        guard next + 1 < words.count, ["to", "through", "until", "and", "-", "–"].contains(words[next]), !taken.contains(next + 1),
            let end = day(Substring(words[next + 1]))
        else { return nil }
        // Not "Jan. 5 to 7 p.m." nor "May 3 and 5 percent".
        if next + 2 < words.count, ["a.m.", "p.m.", "am", "pm", "percent", "%", "o'clock"].contains(words[next + 2]) || TimeVocabulary.months[words[next + 2]] != nil {
            return nil
        }
        guard let year = Int(draft.value.prefix(4)), let month = Int(draft.value.dropFirst(5).prefix(2)),
            CivilDate(year: year, month: month, day: end).isValid
        else { return nil }
        return Draft(first: next + 1, last: next + 1, type: .date, value: prefix + CivilDate.pad(end, 2))
    }

    /// A token of two day numbers joined by a hyphen or en dash ("5-7"), with the dash's bytes.
    private static func dayPair(_ token: Token, _ bytes: UnsafeBufferPointer<UInt8>) -> (Int, Int, Span)? {
        guard let (first, firstDigits, second, secondDigits, dash) = numberPair(token, bytes), firstDigits <= 2, secondDigits <= 2,
            (1...31).contains(first), (1...31).contains(second), first < second
        else { return nil }
        return (first, second, dash)
    }

    /// "2003-04", "2001-2003", "2000/01": a range of years in one token, as two years and the separator.
    static func yearPair(_ token: Token, _ bytes: UnsafeBufferPointer<UInt8>) -> (Int, Int, Span)? {
        guard let (first, firstDigits, second, secondDigits, separator) = numberPair(token, bytes, slash: true), firstDigits == 4,
            (1800...2100).contains(first), secondDigits == 2 || secondDigits == 4
        else { return nil }
        // "1999-00" is 1999 to 2000; "2003-04" 2003 to 2004.
        var end = secondDigits == 4 ? second : first / 100 * 100 + second
        if secondDigits == 2, end <= first { end += 100 }
        guard end > first, end - first <= 20 else { return nil }
        return (first, end, separator)
    }

    /// Two runs of digits joined by one dash (or en dash, or slash when `slash`), with their lengths.
    private static func numberPair(_ token: Token, _ bytes: UnsafeBufferPointer<UInt8>, slash: Bool = false) -> (Int, Int, Int, Int, Span)? {
        var dash: Span?
        var position = token.span.start
        while position < token.span.end {
            if bytes[position] == UInt8(ascii: "-") || (slash && bytes[position] == UInt8(ascii: "/")) {
                guard dash == nil else { return nil }
                dash = Span(start: position, end: position + 1)
            }
            if bytes[position] == 0xE2, position + 2 < token.span.end, bytes[position + 1] == 0x80, bytes[position + 2] == 0x93 {
                guard dash == nil else { return nil }
                dash = Span(start: position, end: position + 3)
            }
            position += 1
        }
        guard let dash else { return nil }
        func number(_ from: Int, _ to: Int) -> Int? {
            guard to > from, to - from <= 4 else { return nil }
            var value = 0
            for index in from..<to {
                guard bytes[index] &- 0x30 < 10 else { return nil }
                value = value * 10 + Int(bytes[index] - 0x30)
            }
            return value
        }
        guard let first = number(token.span.start, dash.start), let second = number(dash.end, token.span.end) else { return nil }
        return (first, dash.start - token.span.start, second, token.span.end - dash.end, dash)
    }
}
