/// Patterns of named and composed calendar phrases: holidays ("Thanksgiving Day"), years in
/// words ("nineteen ninety-one"), centuries ("the 11th century"), decades in words ("the
/// nineties"), "year-end", parts of today ("this morning", "last night"), fiscal years, a month
/// of a relative year ("January this year"), a weekday before its date ("Saturday, April 25")
/// and clock times joined to their day ("10 p.m. Wednesday").
extension TimeRecognizer {
    /// Keeps `candidate` in `best` when it covers token `i` and is longer than what `best`
    /// holds; among equal lengths the first offered that starts at `i` stays.
    static func keep(_ candidate: Found, at i: Int, in best: inout Found?) {
        guard candidate.first == i || (candidate.first < i && candidate.last >= i) else { return }
        guard let current = best else {
            best = candidate
            return
        }
        let key = (candidate.last - candidate.first, candidate.first == i ? 1 : 0)
        if (current.last - current.first, current.first == i ? 1 : 0) < key { best = candidate }
    }

    /// Offers the phrase patterns that begin (or end) at token `i`.
    func matchPhrases(_ w: [String], _ caps: [Bool], _ i: Int, _ end: Int, anchor: CivilDate?, tense: Tense, best: inout Found?) {
        func word(_ k: Int) -> String? { k < end ? w[k] : nil }
        func offer(_ candidate: Found) { Self.keep(candidate, at: i, in: &best) }

        // Holidays, with a direction: "Christmas", "last Thanksgiving", "Election Day".
        do {
            let direction = Self.directions.contains(w[i]) ? w[i] : nil
            let k = direction == nil ? i : i + 1
            // "Holocaust Memorial Day", "European Election Day": a longer name, another day. A
            // capital word before the name counts unless it opens the sentence or is a preposition.
            func named() -> Bool {
                direction == nil && k > 0 && caps[k - 1] && !Self.nameOpeners.contains(w[k - 1]) && !(k == 1 || Self.sentenceEnds.contains(w[k - 2]))
            }
            if k < end, caps[k], let (holiday, length) = Self.holiday(w, k, end), !named() {
                let value: String?
                if let anchor {
                    let dates = [anchor.year - 1, anchor.year, anchor.year + 1].map { holiday.date(in: $0) }
                    let days = anchor.daysSinceEpoch
                    switch direction {
                    case "last": value = dates.last { $0.daysSinceEpoch < days }?.iso
                    case "next": value = dates.first { $0.daysSinceEpoch > days }?.iso
                    case "this": value = dates[1].iso
                    default: value = Self.nearest(dates, anchor: anchor, tense: tense)?.iso
                    }
                } else if case .fixed(let month, let day) = holiday {
                    value = "XXXX-\(CivilDate.pad(month, 2))-\(CivilDate.pad(day, 2))"
                } else {
                    value = nil
                }
                if let value {
                    // "Easter week", "Thanksgiving week": the week the holiday falls in.
                    if word(k + length) == "week", value.utf8.count == 10, let date = TimeExpressionStage.anchor(value) {
                        offer(Found(first: i, last: k + length, type: .date, value: Self.isoWeek(date)))
                    }
                    offer(Found(first: i, last: k + length - 1, type: .date, value: value))
                }
            }
        }

        // Years in words, as transcripts spell them: "nineteen ninety-one", "the year two thousand".
        if let (year, length) = Self.spelledYear(w, i, end, after: i > 0 ? w[i - 1] : "") {
            offer(Found(first: i, last: i + length - 1, type: .date, value: CivilDate.pad(year, 4)))
        }
        if w[i] == "the", word(i + 1) == "year", let (year, length) = Self.spelledYear(w, i + 2, end, after: "year") {
            offer(Found(first: i, last: i + 1 + length, type: .date, value: CivilDate.pad(year, 4)))
        }

        // A month or season with its year in words: "January nineteen ninety-seven", "the winter of nineteen ninety-four".
        if let month = TimeVocabulary.months[w[i]], caps[i], let (year, length) = Self.spelledYear(w, i + 1, end, after: "year") {
            offer(Found(first: i, last: i + length, type: .date, value: "\(CivilDate.pad(year, 4))-\(CivilDate.pad(month, 2))"))
        }
        do {
            let k = w[i] == "the" ? i + 1 : i
            if let name = word(k), let season = TimeVocabulary.seasons[name], word(k + 1) == "of",
                let (year, length) = Self.spelledYear(w, k + 2, end, after: "of")
            {
                offer(Found(first: i, last: k + 1 + length, type: .date, value: "\(CivilDate.pad(year, 4))-\(season)"))
            }
        }

        // The near future: "in the near term", "over the short term" (not "the long run", which is no time).
        if w[i] == "the", let qualifier = word(i + 1), let noun = word(i + 2),
            (qualifier == "near" && (noun == "future" || noun == "term")) || ((qualifier == "short" || qualifier == "medium") && noun == "term")
        {
            offer(Found(first: i, last: i + 2, type: .date, value: "FUTURE_REF"))
        }
        // "for a while" is some time; "a while ago" some time back.
        if w[i] == "a", word(i + 1) == "while", i > 0 || word(i + 2) == "ago" {
            if word(i + 2) == "ago" {
                offer(Found(first: i, last: i + 2, type: .date, value: "PAST_REF"))
            } else if i > 0, w[i - 1] == "for" || w[i - 1] == "after" || w[i - 1] == "in" {
                offer(Found(first: i, last: i + 1, type: .duration, value: "PXX"))
            }
        }

        // Half a unit: "half an hour" -> PT30M, "half a century" -> P50Y.
        if w[i] == "half", let article = word(i + 1), article == "a" || article == "an", let unit = word(i + 2), let value = Self.halfUnits[unit] {
            offer(Found(first: i, last: i + 2, type: .duration, value: value))
        }

        // "a quarter of a century", "the past quarter of a century": 25 years.
        do {
            let k = w[i] == "a" ? i + 1 : w[i] == "the" && word(i + 2) == "quarter" && Self.periodDirections.contains(w[i + 1]) ? i + 2 : i
            if word(k) == "quarter", word(k + 1) == "of", word(k + 2) == "a", word(k + 3) == "century" {
                offer(Found(first: i, last: k + 3, type: .duration, value: "P25Y"))
            }
        }

        // Fortnights: "a fortnight", "the past fortnight", "three fortnights".
        if w[i] == "fortnight" || w[i] == "fortnights" {
            var first = i
            var weeks = 2
            if i > 0, let (count, length) = Self.number(w, i - 1, end), length == 1, count > 0 {
                first = i - 1
                weeks = 2 * count
            } else if i > 0, ["a", "the", "past", "last", "next", "coming"].contains(w[i - 1]) {
                first = i - 1
                if first > 0, w[first] != "the", w[first - 1] == "the" { first -= 1 }
            }
            offer(Found(first: first, last: i, type: .duration, value: "P\(weeks)W"))
        }

        // A 24-hour clock time with its zone, as broadcasters write it: "2000 GMT".
        if w[i].utf8.count == 4, w[i].utf8.allSatisfy({ $0 &- 0x30 < 10 }), let zoneWord = word(i + 1),
            let offset = TimeExpressionStage.zones[[zoneWord]] ?? TimeExpressionStage.zones[[String(zoneWord.dropLast())]].flatMap({ zoneWord.hasSuffix(".") ? $0 : nil }),
            let clock = Int(w[i]), clock / 100 < 24, clock % 100 < 60
        {
            let time = "T" + CivilDate.pad(clock / 100, 2) + ":" + CivilDate.pad(clock % 100, 2) + offset
            offer(Found(first: i, last: i + 1, type: .time, value: Self.day(anchor, offset: 0) + time))
            // "0400 GMT on Wednesday": joined to its day, like "10 p.m. Wednesday".
            let k = word(i + 2) == "on" || word(i + 2) == "," ? i + 3 : i + 2
            if k < end, let day = match(w, caps, k, end, anchor: anchor, tense: tense), day.first == k, day.type == .date, day.value.utf8.count == 10 {
                offer(Found(first: i, last: day.last, type: .time, value: day.value + time))
            }
        }

        // Half-years: "the first half of 1990" -> 1990-H1, "the second half of this year", "the first two quarters of 1990".
        if w[i] == "the", let which = word(i + 1), let half = Self.halves[which] {
            let k = word(i + 2) == "half" ? i + 3 : word(i + 2) == "two" && word(i + 3) == "quarters" ? i + 4 : i
            var year: Int?
            var last = k + 1
            if k > i, word(k) == "of", let y = word(k + 1).flatMap(Self.year) {
                year = y
            } else if k > i, word(k) == "of", let direction = word(k + 1), Self.directions.contains(direction), word(k + 2) == "year", let anchor {
                year = anchor.year + (direction == "last" ? -1 : direction == "next" ? 1 : 0)
                last = k + 2
            }
            if let year { offer(Found(first: i, last: last, type: .date, value: "\(CivilDate.pad(year, 4))-H\(half)")) }
        }

        // Centuries: "the 11th century" -> 10, "the twentieth century" -> 19, "20th-century".
        do {
            let k = w[i] == "the" ? i + 1 : i
            // "Twentieth Century Fox": a capitalised century before a capitalised word is a name.
            if let ordinal = word(k), let n = Self.ordinalNumber(ordinal), n > 0, word(k + 1) == "century" || word(k + 1) == "centuries",
                !(caps[k + 1] && k + 2 < end && caps[k + 2])
            {
                offer(Found(first: i, last: k + 1, type: .date, value: CivilDate.pad(n - 1, 2)))
            } else if let token = word(k), token.hasSuffix("-century"), let n = Self.ordinalNumber(String(token.dropLast(8))), n > 0 {
                offer(Found(first: i, last: k, type: .date, value: CivilDate.pad(n - 1, 2)))
            }
        }

        // Decades in words: "the nineties" -> 199.
        if w[i] == "the", let next = word(i + 1), let decade = TimeVocabulary.decadeWords[next] {
            offer(Found(first: i, last: i + 1, type: .date, value: "19\(decade)"))
        }

        // The end of the year: "year-end", "year end", "year's end".
        if let anchor {
            var last: Int?
            if w[i] == "year-end" {
                last = i
            } else if w[i] == "year", word(i + 1) == "end" {
                last = i + 1
            } else if w[i] == "year", word(i + 1) == "'s" || word(i + 1) == "’s", word(i + 2) == "end" {
                last = i + 2
            }
            // Early in a year, a past "year-end" is the one just gone; "since year-end" always is.
            let since = i > 0 && w[i - 1] == "since"
            let year = since || tense == .past && anchor.month <= 3 ? anchor.year - 1 : anchor.year
            if let last { offer(Found(first: i, last: last, type: .date, value: "\(CivilDate.pad(year, 4))-12-31")) }
        }

        // Parts of today and last night: "this morning", "later this afternoon", "last night".
        do {
            var k = i
            if w[k] == "earlier" || w[k] == "later", word(k + 1) == "this" { k += 1 }
            if w[k] == "this" || w[k] == "last", let partText = word(k + 1), let part = TimeVocabulary.partsOfDay[partText], partText != "overnight" {
                // "last morning" is not said; "last night" and "last evening" are the previous day's.
                if w[k] == "this" || part == "NI" || part == "EV" {
                    let offset = w[k] == "last" ? -1 : 0
                    offer(Found(first: i, last: k + 1, type: .time, value: Self.day(anchor, offset: offset) + "T" + part))
                }
            }
        }

        // Fiscal years: "the fiscal year", "the full year", "fiscal 1990"; "the year ended March 31" is a year's duration.
        if w[i] == "the" {
            var k = i + 1
            var qualified = false
            while let next = word(k), next == "current" || next == "full" || next == "fiscal" {
                qualified = true
                k += 1
            }
            if word(k) == "year" {
                if let after = word(k + 1), after == "ended" || after == "ending" {
                    offer(Found(first: i, last: k, type: .duration, value: "P1Y"))
                } else if qualified, let anchor {
                    offer(Found(first: i, last: k, type: .date, value: CivilDate.pad(anchor.year, 4)))
                }
            }
        }
        if w[i] == "fiscal", let next = word(i + 1), let year = Self.year(next) {
            offer(Found(first: i, last: i + 1, type: .date, value: CivilDate.pad(year, 4)))
        }

        // A month of a relative year: "January this year", "March next year".
        if let month = TimeVocabulary.months[w[i]], caps[i], let direction = word(i + 1), Self.directions.contains(direction),
            word(i + 2) == "year", let anchor
        {
            let year = anchor.year + (direction == "last" ? -1 : direction == "next" ? 1 : 0)
            offer(Found(first: i, last: i + 2, type: .date, value: "\(CivilDate.pad(year, 4))-\(CivilDate.pad(month, 2))"))
        }

        // A weekday before its date: "Saturday, April 25" and "Friday Oct. 13" are one date.
        if TimeVocabulary.weekdays[w[i]] != nil, caps[i] {
            let k = word(i + 1) == "," ? i + 2 : i + 1
            if k < end, TimeVocabulary.months[w[k]] != nil, caps[k], let date = match(w, caps, k, end, anchor: anchor, tense: tense),
                date.first == k, date.type == .date, date.value.utf8.count == 10
            {
                offer(Found(first: i, last: date.last, type: .date, value: date.value))
            }
        }

        // "today is the eighth day of the strike", "it's the second day of talks": the present day.
        if w[i] == "the", word(i + 2) == "day", word(i + 3) == "of", i > 0, w[i - 1] == "is" || w[i - 1] == "'s" || w[i - 1] == "’s",
            let ordinal = word(i + 1), Self.ordinalNumber(ordinal) != nil
        {
            offer(Found(first: i, last: i + 2, type: .date, value: Self.day(anchor, offset: 0)))
        }

        // "the first week of March", "the last week of 2003": the ISO week of that week's middle day.
        if w[i] == "the", word(i + 2) == "week", word(i + 3) == "of", let n = Self.weeksOfAPeriod[w[i + 1]],
            let period = match(w, caps, i + 4, end, anchor: anchor, tense: tense), period.first == i + 4, period.type == .date,
            let reference = Reference(value: period.value), reference.day == nil
        {
            let first = CivilDate(year: reference.year, month: reference.month ?? 1, day: 1)
            let next = reference.month.map { month in CivilDate(year: reference.year + month / 12, month: month % 12 + 1, day: 1) }
                ?? CivilDate(year: reference.year + 1, month: 1, day: 1)
            // Thursday decides an ISO week, so the middle of the week counted from either end.
            let middle = n > 0 ? first.daysSinceEpoch + 7 * (n - 1) + 3 : next.daysSinceEpoch - 4
            offer(Found(first: i, last: period.last, type: .date, value: Self.isoWeek(CivilDate(daysSinceEpoch: middle))))
        }

        // "the week of March 6": the week that day falls in.
        if w[i] == "the", word(i + 1) == "week", word(i + 2) == "of", let date = match(w, caps, i + 3, end, anchor: anchor, tense: tense),
            date.first == i + 3, date.type == .date, date.value.utf8.count == 10, let day = TimeExpressionStage.anchor(date.value)
        {
            offer(Found(first: i, last: date.last, type: .date, value: Self.isoWeek(day)))
        }

        // A quarter or half of a year named by its possessive: "this year's third quarter", "next year's first half".
        if word(i + 1) == "year", let mark = word(i + 2), mark == "'s" || mark == "’s", Self.directions.contains(w[i]), let anchor {
            let year = anchor.year + (w[i] == "last" ? -1 : w[i] == "next" ? 1 : 0)
            if let ordinal = word(i + 3), let n = TimeVocabulary.ordinals[ordinal], (1...4).contains(n), word(i + 4) == "quarter" {
                offer(Found(first: i, last: i + 4, type: .date, value: "\(CivilDate.pad(year, 4))-Q\(n)"))
            } else if let token = word(i + 3), token.hasSuffix("-quarter"), let n = TimeVocabulary.ordinals[String(token.dropLast(8))], (1...4).contains(n) {
                offer(Found(first: i, last: i + 3, type: .date, value: "\(CivilDate.pad(year, 4))-Q\(n)"))
            } else if let which = word(i + 3), let half = Self.halves[which], word(i + 4) == "half" {
                offer(Found(first: i, last: i + 4, type: .date, value: "\(CivilDate.pad(year, 4))-H\(half)"))
            }
        }

        // A clock time joined to its day: "10 p.m. Wednesday", "noon Saturday", "5 p.m. EST Nov. 9",
        // "midnight of 31 December".
        if let (clock, last) = Self.clockPhrase(w, i, end) {
            var k = last + 1
            var zone = ""
            if let name = word(k), let offset = TimeExpressionStage.zones[[name]] {
                zone = offset
                k += 1
            }
            if word(k) == "," || word(k) == "on" || word(k) == "of" { k += 1 }
            if k < end, let day = match(w, caps, k, end, anchor: anchor, tense: tense), day.first == k, day.type == .date, day.value.utf8.count == 10 {
                offer(Found(first: i, last: day.last, type: .time, value: day.value + "T" + clock + zone))
            }
        }
    }

    /// Durations of half a unit.
    static let halfUnits: WordTable<String> = [
        "second": "PT0.5S", "minute": "PT30S", "hour": "PT30M", "day": "PT12H", "week": "P3DT12H", "month": "P15D", "year": "P6M",
        "decade": "P5Y", "century": "P50Y",
    ]

    /// Directions before "quarter of a century".
    static let periodDirections: WordSet = ["past", "last", "next"]

    /// Which week of a month or year: "the first week of March" (counted from the start), "the last week of 2003" (-1).
    static let weeksOfAPeriod: WordTable<Int> = ["first": 1, "second": 2, "third": 3, "fourth": 4, "last": -1, "final": -1]

    /// Capitalised words before a holiday that do not make it part of a longer name ("On Christmas Day").
    static let nameOpeners: WordSet = [
        "on", "by", "in", "at", "since", "until", "before", "after", "for", "from", "the", "this", "last", "next", "every", "each",
        "over", "during", "through", "till", "of", "and", "or", "but", "a", "an",
    ]

    /// Tokens that end a sentence or open a quotation, before a capitalised first word.
    static let sentenceEnds: WordSet = [".", "!", "?", "\"", "“", "``", "`", "''", "‘", "'", ":", ";", "(", "—", "-", "–"]

    /// Which half of a year: "the first half", "the last half".
    static let halves: WordTable<Int> = ["first": 1, "second": 2, "last": 2]

    /// Words that set a named day or period relative to the anchor: "last Easter", "January this year", "next summer".
    static let directions: WordSet = ["last", "next", "this"]

    /// Holiday names by their first word, longest first (one hash lookup per candidate token).
    static let holidaysByFirstWord: WordTable<[(words: [String], holiday: Holiday)]> = WordTable(Dictionary(grouping: Holiday.names) { $0.words[0] })

    /// First words of years in words, as centuries: "nineteen ninety-one".
    static let centuryWords: WordTable<Int> = ["eighteen": 18, "nineteen": 19, "twenty": 20]

    /// A holiday's name at token `start`, with its length in tokens.
    static func holiday(_ w: [String], _ start: Int, _ end: Int) -> (Holiday, Int)? {
        guard let names = Self.holidaysByFirstWord[w[start]] else { return nil }
        for (words, holiday) in names where start + words.count <= end {
            if (0..<words.count).allSatisfy({ w[start + $0] == words[$0] }) { return (holiday, words.count) }
        }
        return nil
    }

    /// A year in words at `start` ("nineteen ninety-one", "nineteen eighty", "nineteen oh five",
    /// "two thousand and one"), with its length in tokens. "two thousand" alone is a year only
    /// after a word that calls for one ("in", "since", "year") and before no noun it would count.
    static func spelledYear(_ w: [String], _ start: Int, _ end: Int, after previous: String) -> (Int, Int)? {
        guard start < end else { return nil }
        func word(_ k: Int) -> String? { k < end ? w[k] : nil }
        /// A number from 0 to 99 in words at `k` ("ninety-one", "ninety one", "fifteen", "oh five"), with its length.
        func small(_ k: Int) -> (Int, Int)? {
            guard let text = word(k) else { return nil }
            if text == "oh", let unit = word(k + 1).flatMap({ TimeVocabulary.numbers[$0] }), (1...9).contains(unit) { return (unit, 2) }
            let parts = text.split(separator: "-")
            if parts.count == 2, let tens = TimeVocabulary.numbers[String(parts[0])], let unit = TimeVocabulary.numbers[String(parts[1])],
                tens >= 20, tens % 10 == 0, tens < 100, (1...9).contains(unit)
            {
                return (tens + unit, 1)
            }
            guard parts.count == 1, text != "a", text != "an", let value = TimeVocabulary.numbers[text], (1...90).contains(value) else { return nil }
            if value >= 20, value % 10 == 0, let unit = word(k + 1).flatMap({ TimeVocabulary.numbers[$0] }), (1...9).contains(unit) {
                return (value + unit, 2)
            }
            return (value, 1)
        }
        if let century = centuryWords[w[start]], let (rest, length) = small(start + 1), rest >= 10 || length == 2 {
            // "twenty twenty-four" but not "twenty five" (a count).
            if century == 20 && rest < 10 { return nil }
            return (century * 100 + rest, 1 + length)
        }
        if w[start] == "two", word(start + 1) == "thousand", Self.yearCallers.contains(previous) {
            var k = start + 2
            var year = 2000
            if word(k) == "and" { k += 1 }
            if let (rest, length) = small(k), rest < 100 {
                year += rest
                k += length
            } else if k > start + 2 {
                return nil
            }
            // "in two thousand cases" counts cases; "the year two thousand has come" does not.
            if previous != "year", let next = word(k), next.utf8.first.map({ $0 &- 0x61 < 26 }) == true { return nil }
            return (year, k - start)
        }
        return nil
    }

    /// Words before a year: "in", "since", "the year".
    static let yearCallers: WordSet = ["in", "since", "until", "by", "year", "of", "before", "after", "early", "late"]

    /// An ordinal in digits or words ("11th", "twentieth", "twenty-first").
    static func ordinalNumber(_ word: String) -> Int? {
        if let value = TimeVocabulary.ordinalNumbers[word] { return value }
        guard let last = word.utf8.last, last &- 0x30 >= 10 else { return nil }
        return dayNumber(word)
    }

    /// A clock time at `start` as `hh:mm` with the index of its last token: "10:30 a.m.", "3 p.m.", "noon", "midnight".
    static func clockPhrase(_ w: [String], _ start: Int, _ end: Int) -> (String, Int)? {
        switch w[start] {
        case "noon", "midday": return ("12:00", start)
        case "midnight": return ("24:00", start)
        default: break
        }
        guard start + 1 < end, let (hour, minute) = clock(w[start]) ?? (Int(w[start]).flatMap { $0 <= 12 ? ($0, 0) : nil }),
            meridiems.contains(w[start + 1]), hour <= 12
        else { return nil }
        let h = hour % 12 + (w[start + 1].hasPrefix("p") ? 12 : 0)
        return ("\(CivilDate.pad(h, 2)):\(CivilDate.pad(minute, 2))", start + 1)
    }
}
