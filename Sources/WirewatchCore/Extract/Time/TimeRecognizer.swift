/// Finds time expressions in tokenised English and normalises them to TimeML TIMEX3 values
/// against an anchor date (the publication date).
///
/// A matcher over lower-cased tokens: at each token the longest of the patterns wins — dates
/// (`January 24`, `24 January 2024`, `Jan. 24, 2024`, `2024-01-24`, `1/24/2024`), weekdays
/// (`on Tuesday`, `last Friday`), relative days (`yesterday`, `the day before yesterday`),
/// relative periods (`last year`, `this week`, `earlier this month`), quarters, seasons,
/// decades, years, `N units ago`, durations (`two weeks`, `24 hours`), sets (`every Monday`,
/// `weekly`), vague references (`now`, `recently`, `the future`), parts of the day and clock
/// times. Dates without a year take the year nearest the anchor that the sentence's tense allows.
struct TimeRecognizer: Sendable {
    struct Found {
        var first: Int
        var last: Int
        var type: TimeExpression.Kind
        var value: String
    }

    /// How to read `1/2/2024`.
    var dateOrder: DateOrder = .monthFirst

    /// Tense of a sentence, for dates and weekdays without a year or direction.
    enum Tense { case past, future, unknown }

    func find(words: [String], capitalised: [Bool], sentences: [Range<Int>], anchor: CivilDate?) -> [Found] {
        var found: [Found] = []
        // One hash lookup per token; the scan and the tense test then read these bits.
        let classes = words.map(Self.classify)
        // The last calendar date named, for "the following day" and "later that year".
        var reference = anchor.map(Reference.init)
        var index = 0
        func accept(_ match: Found) {
            found.append(match)
            index = match.last + 1
            if match.type == .date || match.type == .time, let named = Reference(value: match.value) { reference = named }
        }
        for sentence in sentences {
            index = sentence.lowerBound
            while index < sentence.upperBound {
                if classes[index].contains(.anaphorStart), let named = anaphor(words, index, sentence.upperBound, reference: reference) {
                    accept(named)
                    continue
                }
                // Most tokens cannot begin a time expression: skip them without trying the patterns.
                guard classes[index].contains(.starter) else {
                    index += 1
                    continue
                }
                // Articles begin an expression only before another time word or a number, or
                // before a word that leaves the count as it is ("an additional year").
                if classes[index].contains(.article) {
                    let next = index + 1 < sentence.upperBound ? classes[index + 1] : []
                    if !next.contains(.starter) || next.contains(.article),
                        !(index + 2 < sentence.upperBound && next.contains(.addedAmount) && TimeVocabulary.units[words[index + 2]] != nil)
                    {
                        index += 1
                        continue
                    }
                }
                let tense = Self.tense(classes, at: index, from: sentence.lowerBound, to: sentence.upperBound)
                if let match = match(words, capitalised, index, sentence.upperBound, anchor: anchor, tense: tense) {
                    accept(match)
                } else {
                    index += 1
                }
            }
        }
        return found
    }

    /// Currency signs and codes written before an amount: "£1.8bn a year".
    static let currencyMarks: WordSet = ["$", "£", "€", "¥", "₽", "₴", "₹", "usd", "eur", "gbp"]

    /// Words that can begin a time expression, besides numbers.
    static let starters: WordSet = {
        var words: Set<String> = [
            "the", "a", "an", "today", "yesterday", "tomorrow", "tonight", "last", "next", "this", "coming", "past",
            "previous", "current", "earlier", "later", "early", "late", "mid", "every", "each", "daily", "weekly",
            "monthly", "annually", "yearly", "nightly", "hourly", "now", "currently", "nowadays", "recently", "lately",
            "soon", "recent", "several", "many", "noon", "midnight", "year-earlier", "year-ago", "year-before",
            "days", "weeks", "months", "years", "decades", "hours", "few", "couple", "dozen", "these",
        ]
        words.formUnion(TimeVocabulary.months.keys)
        words.formUnion(TimeVocabulary.weekdays.keys)
        words.formUnion(TimeVocabulary.numbers.keys)
        words.formUnion(TimeVocabulary.ordinals.keys)
        words.formUnion(TimeVocabulary.seasons.keys)
        words.formUnion(TimeVocabulary.units.keys)
        words.formUnion(TimeVocabulary.partsOfDay.keys)
        words.formUnion(["future", "latest", "past", "day"])
        words.formUnion(TimeVocabulary.ordinalNumbers.keys)
        words.formUnion(Holiday.names.map { $0.words[0] })
        words.formUnion(TimeVocabulary.decadeWords.keys)
        words.formUnion(["year-end", "fiscal", "full", "midday", "two", "nineteen", "eighteen", "twenty", "half", "fortnight", "fortnights", "near", "short", "medium", "while"])
        return WordSet(words)
    }()

    /// What the scan needs to know about a word, from one lookup.
    struct WordClass: OptionSet, Sendable {
        let rawValue: UInt32
        /// May begin a time expression.
        static let starter = WordClass(rawValue: 1)
        /// "the", "a", "an": begins one only before another starter.
        static let article = WordClass(rawValue: 2)
        static let futureCue = WordClass(rawValue: 4)
        static let pastCue = WordClass(rawValue: 8)
        static let clauseBreak = WordClass(rawValue: 16)
        /// A past form in -ed ("announced"), a past cue within three words.
        static let pastForm = WordClass(rawValue: 32)
        /// "had": turns a following future cue into a past plan.
        static let perfect = WordClass(rawValue: 64)
        /// "by" right before a date: a deadline, ahead unless the clause is in the past.
        static let deadline = WordClass(rawValue: 128)
        /// "extended", "postponed": with "to"/"until" right before a date, a new deadline ahead.
        static let postponement = WordClass(rawValue: 256)
        /// "to", "until", "till".
        static let towards = WordClass(rawValue: 512)
        /// "be": a form in -ed after it is a passive participle.
        static let be = WordClass(rawValue: 1024)
        /// "that", "the", "earlier", "later": may begin "that same day", "the following year".
        static let anaphorStart = WordClass(rawValue: 2048)
        /// "plan", "plans": a future cue as a verb before "to", a noun otherwise ("announced the plan Aug. 21", "vacation plans").
        static let nounCue = WordClass(rawValue: 4096)
        /// Articles and possessives: "the", "its", "their".
        static let determiner = WordClass(rawValue: 8192)
        /// "set": a future cue before "to" or "for" ("is set to close", "set for Friday"), a past
        /// participle or verb otherwise ("the record set on Aug. 6", "set Friday as the deadline").
        static let setCue = WordClass(rawValue: 16384)
        /// "to", "for", "until": what "set" needs after it to look ahead.
        static let setComplement = WordClass(rawValue: 32768)
        static let comma = WordClass(rawValue: 65536)
        /// "as" of "as early as", "as soon as".
        static let asWord = WordClass(rawValue: 131_072)
        /// "early", "soon" of "as early as Tuesday": the earliest a thing may happen, ahead.
        static let earliness = WordClass(rawValue: 262_144)
        /// "is", "are": before "expected" or "scheduled" the plan is current, not past.
        static let presentBe = WordClass(rawValue: 524_288)
        /// "additional", "extra": may follow an article in an amount ("an additional year").
        static let addedAmount = WordClass(rawValue: 1_048_576)
    }

    static let classes: WordTable<WordClass> = {
        var table: [String: WordClass] = [:]
        for word in starters { table[word, default: []].insert(.starter) }
        for word in ["the", "a", "an"] { table[word, default: []].insert(.article) }
        for word in TimeVocabulary.futureCues { table[word, default: []].insert(.futureCue) }
        for word in TimeVocabulary.pastCues { table[word, default: []].insert(.pastCue) }
        for word in TimeVocabulary.clauseBreaks { table[word, default: []].insert(.clauseBreak) }
        table["had", default: []].insert(.perfect)
        table["by", default: []].insert(.deadline)
        for word in ["extended", "postponed", "delayed", "deferred", "adjourned", "rescheduled"] {
            table[word, default: []].insert(.postponement)
        }
        for word in ["to", "until", "till"] { table[word, default: []].insert(.towards) }
        table["be", default: []].insert(.be)
        for word in ["that", "the", "earlier", "later"] { table[word, default: []].insert(.anaphorStart) }
        for word in ["plan", "plans"] { table[word, default: []].insert(.nounCue) }
        for word in ["the", "a", "an", "its", "his", "her", "their", "our", "my", "your", "this", "that"] {
            table[word, default: []].insert(.determiner)
        }
        table["set", default: []].insert(.setCue)
        for word in ["to", "for", "until"] { table[word, default: []].insert(.setComplement) }
        table[",", default: []].insert(.comma)
        table["as", default: []].insert(.asWord)
        for word in ["early", "soon"] { table[word, default: []].insert(.earliness) }
        for word in ["is", "are", "'re", "’re"] { table[word, default: []].insert(.presentBe) }
        for word in addedAmounts { table[word, default: []].insert(.addedAmount) }
        return WordTable(table)
    }()

    static func classify(_ word: String) -> WordClass {
        var result = classes[word] ?? []
        let utf8 = word.utf8
        guard let first = utf8.first else { return result }
        if first &- 0x30 < 10 || first == UInt8(ascii: "'") || first == 0xE2 || utf8.contains(UInt8(ascii: "-")) {
            // Numbers, "'90s", "’90s"; "two-year", "third-quarter" (a byte test: String.contains(String) goes through Foundation).
            result.insert(.starter)
        }
        if utf8.count > 4, utf8.last == UInt8(ascii: "d"), utf8.dropLast().last == UInt8(ascii: "e") { result.insert(.pastForm) }
        return result
    }

    /// Tense of the clause around token `index`, from the nearest cue among the few words before
    /// it in the same clause: a future auxiliary or plan ("will", "is scheduled to", "due")
    /// looks forward, a past form ("said", "was", "had", a verb in -ed) looks back; with no cue
    /// the tense is unknown. A cue elsewhere in the sentence (a "will" inside a quote) does not count.
    /// Deadlines look ahead when nothing else decides: "by February", "was extended to Nov. 20".
    static func tense(_ classes: [WordClass], at index: Int, from start: Int, to end: Int) -> Tense {
        // "the offer was extended to Nov. 20": the verb is past, the new date is ahead.
        if index - 2 >= start, classes[index - 1].contains(.towards), classes[index - 2].contains(.postponement) {
            return .future
        }
        // "as early as Tuesday", "as soon as Monday": the earliest a thing may happen, ahead.
        if index - 3 >= start, classes[index - 1].contains(.asWord), classes[index - 2].contains(.earliness), classes[index - 3].contains(.asWord) {
            return .future
        }
        // A sentence that opens with the expression: the main clause after the comma decides
        // ("On Tuesday, the league plans to…", "Until Thursday, they had not called him…").
        if index - start <= 1, let main = mainClauseTense(classes, after: index, to: end) { return main }
        var token = index - 1
        while token >= start, index - token <= 6 {
            let word = classes[token]
            if word.contains(.clauseBreak) { break }
            if word.contains(.futureCue), !isNotACue(classes, at: token, to: end) {
                // A plan in the past perfect looks back: "it had been due to expire Friday".
                return Self.perfect(classes, before: token, from: start, within: 2) ? .past : .future
            }
            if word.contains(.pastCue) { return .past }
            // A participle after "be" is passive, not past: "to be completed by Dec. 15".
            if word.contains(.pastForm), index - token <= 3, token == start || !classes[token - 1].contains(.be) {
                return .past
            }
            token -= 1
        }
        // A deadline with no other cue looks ahead: "pay down the loan by February"
        // ("ended by May" and "had filed reports by Wednesday" found their past above).
        if index - 1 >= start && classes[index - 1].contains(.deadline) { return .future }
        // Nothing before it: the verb after it ("The 24th was quiet", "Monday will see talks").
        token = index + 1
        while token < end, token - index <= 4, !classes[token].contains(.clauseBreak) {
            let word = classes[token]
            if !word.contains(.starter) {
                if word.contains(.futureCue), !isNotACue(classes, at: token, to: end) { return .future }
                if word.contains(.pastCue) { return .past }
            }
            token += 1
        }
        return .unknown
    }

    /// Whether the future cue at `token` is another part of speech here: "the plan" (a noun, not
    /// "plans to"), "the record set on Aug. 6" ("set" not before "to" or "for").
    private static func isNotACue(_ classes: [WordClass], at token: Int, to end: Int) -> Bool {
        let word = classes[token]
        let next = token + 1 < end ? classes[token + 1] : []
        if word.contains(.nounCue) { return !next.contains(.towards) }
        if word.contains(.setCue) { return !next.contains(.setComplement) }
        return false
    }

    /// The tense of the main clause after an opening expression and its comma, from the first
    /// cue among the next words; nil without a comma or a cue.
    private static func mainClauseTense(_ classes: [WordClass], after index: Int, to end: Int) -> Tense? {
        var token = index + 1
        // The rest of the expression: "On Friday, Oct. 13,", "Until Thursday,".
        while token < end, token - index <= 3, classes[token].contains(.starter), !classes[token].contains(.comma) { token += 1 }
        guard token < end, classes[token].contains(.comma) else { return nil }
        let comma = token
        token += 1
        while token < end, token - comma <= 10, !classes[token].contains(.clauseBreak) {
            let word = classes[token]
            if word.contains(.futureCue), !isNotACue(classes, at: token, to: end) {
                // The main verb in -ed is a past plan ("the government planned to pay"), unless after "is" ("are expected to").
                if !word.contains(.pastForm) || classes[token - 1].contains(.presentBe) || classes[token - 1].contains(.be) { return .future }
                return .past
            }
            // A form in -ed after a determiner names something: "the United States".
            if word.contains(.pastCue) || (word.contains(.pastForm) && !classes[token - 1].contains(.determiner)) { return .past }
            token += 1
        }
        return nil
    }

    /// Whether "had" is among the `within` words before token `cue` in its clause.
    private static func perfect(_ classes: [WordClass], before cue: Int, from start: Int, within: Int) -> Bool {
        var token = cue - 1
        while token >= start, cue - token <= within, !classes[token].contains(.clauseBreak) {
            if classes[token].contains(.perfect) { return true }
            token -= 1
        }
        return false
    }


    // Word lists of the patterns, built once (array literals in the matcher would allocate per token).
    private static let set0: WordSet = ["last", "next", "this", "coming", "past"]
    private static let set1: WordSet = ["last", "next", "this", "coming"]
    private static let set2: WordSet = ["earlier", "later", "early", "late", "mid"]
    private static let set3: WordSet = ["last", "next", "this", "coming", "previous", "past", "current"]
    private static let set4: WordSet = ["week", "month", "year", "quarter", "weekend", "decade", "century"]
    private static let set5: WordSet = ["year", "month", "week", "quarter"]
    private static let set6: WordSet = ["the", "last", "past", "next", "coming"]
    private static let set7: WordSet = ["last", "past", "next", "coming", "first"]
    private static let set8: WordSet = ["recent", "coming", "several", "many"]
    private static let set9: WordSet = ["days", "weeks", "months", "years", "decades", "hours"]
    private static let set10: WordSet = ["recent", "coming", "several", "many", "the"]
    private static let set11: WordSet = ["year-earlier", "year-ago", "year-before"]
    /// Words after "fall" that make it a decline: "the fall in sales", "this fall from 2.1%".
    private static let declineFollowers: WordSet = [
        "in", "of", "from", "to", "was", "is", "came", "comes", "has", "had", "could", "would", "will", "reflects", "reflected", "out",
        "back", "below", "on",
    ]
    /// Prepositions before "the fall" as a season: "in the fall", "by the fall".
    private static let seasonPrepositions: WordSet = ["in", "during", "by", "until", "till", "since", "through", "over", "before", "after"]

    /// Modal verbs, before "one day" that means some day ahead.
    private static let modals: WordSet = ["will", "would", "could", "may", "might", "can", "shall", "should", "'ll", "’ll"]
    static let meridiems: WordSet = ["a.m.", "p.m.", "am", "pm", "a.m", "p.m"]
    /// Words before a bare "May" that make it the month: "by May", "in early May".
    private static let monthCallers: WordSet = ["in", "by", "since", "until", "till", "through", "of", "early", "late", "mid", "before", "after", "last", "next", "this", "from", "to", "during"]
    /// Units of "the past year": the previous calendar unit, not a duration.
    private static let calendarUnits: WordSet = ["year", "decade", "week", "month", "quarter"]
    /// Words between a count and its unit that leave the count as it is: "two more weeks".
    private static let countFillers: WordSet = [
        "more", "additional", "full", "straight", "consecutive", "whole", "extra", "trading", "business", "working", "calendar",
    ]
    /// Fillers that may follow an article: "an additional year", "a whole week" ("a calendar year"
    /// is mostly a kind of year, not an amount).
    private static let addedAmounts: WordSet = ["additional", "extra", "further", "whole"]
    private static let hedgedPrefixes = ["mid-", "late-", "early-", "post-", "pre-"]
    /// Nouns after a four-digit number that make it a count, not a year.
    private static let countNouns: WordSet = [
        "people", "troops", "tons", "tonnes", "jobs", "workers", "cars", "units", "shares", "points", "votes", "pence", "cents", "euros",
        "dollars", "pounds", "yen", "metres", "meters", "miles", "feet", "barrels",
    ]
    /// Words before "current" that make it the noun: "alternating current", "the ocean current".
    private static let currentNouns: WordSet = ["alternating", "direct", "electric", "electrical", "ocean", "rip", "strong", "tidal", "cold", "warm"]
    /// Words after "current" that make it no time: accounting terms and a noun's verbs and function words
    /// ("the current account", "current assets", "the current of the river", "the current is").
    private static let notNowAfterCurrent: WordSet = [
        "account", "accounts", "affairs", "assets", "liabilities", "ratio", "expenditure", "of", "and", "or", "is", "was", "are", "were", "in", "on", "at",
        "to", "for", "from", "with", "by", "as", "that", "which", "the", "a", "an", "has", "had", "have", "will", "would", "can", "could",
        "may", "might", "should", "be", "been", "it", "its", "this", "flows", "flowed", "flowing", "carried", "swept", "runs", "ran",
    ]

    /// Whether the word after "current" is the noun it describes: a word of letters, not one of `notNowAfterCurrent`.
    private static func describesNow(_ next: String) -> Bool {
        guard let letter = next.utf8.first, letter &- 0x61 < 26 else { return false }
        return !notNowAfterCurrent.contains(next)
    }
    private static let table0: WordTable<Int> = ["today": 0, "yesterday": -1, "tomorrow": 1]
    private static let table1: WordTable<String> = ["daily": "P1D", "weekly": "P1W", "monthly": "P1M", "annually": "P1Y", "yearly": "P1Y", "nightly": "P1D", "hourly": "PT1H"]
    private static let table2: WordTable<String> = ["now": "PRESENT_REF", "currently": "PRESENT_REF", "nowadays": "PRESENT_REF", "recently": "PAST_REF", "lately": "PAST_REF", "soon": "FUTURE_REF"]

    // MARK: - Matching

    func match(
        _ w: [String], _ caps: [Bool], _ i: Int, _ end: Int, anchor: CivilDate?, tense: Tense
    ) -> Found? {
        // The longest candidate wins; among equals, the first offered that starts at `i`.
        var best: Found?
        func offer(_ candidate: Found) { Self.keep(candidate, at: i, in: &best) }
        func word(_ k: Int) -> String? { k < end ? w[k] : nil }
        let a = anchor

        // Relative days and their parts; "the day before yesterday", "the day after Christmas",
        // "the day before last Tuesday's hearing": a day from a dated day.
        if w[i] == "the", word(i + 1) == "day", let rel = word(i + 2), rel == "before" || rel == "after",
            let inner = match(w, caps, i + 3, end, anchor: anchor, tense: tense), inner.first == i + 3, inner.type == .date,
            inner.value.utf8.count == 10, let date = TimeExpressionStage.anchor(inner.value)
        {
            let shifted = CivilDate(daysSinceEpoch: date.daysSinceEpoch + (rel == "before" ? -1 : 1))
            offer(Found(first: i, last: inner.last, type: .date, value: shifted.iso))
        }
        if let offset = Self.table0[w[i]] {
            if let part = word(i + 1).flatMap({ TimeVocabulary.partsOfDay[$0] }) {
                offer(Found(first: i, last: i + 1, type: .time, value: Self.day(a, offset: offset) + "T" + part))
            } else {
                offer(Found(first: i, last: i, type: .date, value: Self.day(a, offset: offset)))
            }
        }
        // "will one day be": some day ahead, not a day's length (offered before the
        // duration, which would win a tie).
        if w[i] == "one", word(i + 1) == "day", i > 0, Self.modals.contains(w[i - 1]) {
            offer(Found(first: i, last: i + 1, type: .date, value: "FUTURE_REF"))
        }
        if w[i] == "tonight" { offer(Found(first: i, last: i, type: .time, value: Self.day(a, offset: 0) + "TNI")) }

        // Weekdays, with a direction word and a part of the day.
        do {
            var k = i
            var direction: String?
            if Self.set0.contains(w[k]), let next = word(k + 1), TimeVocabulary.weekdays[next] != nil {
                direction = w[k]
                k += 1
            }
            if let weekday = TimeVocabulary.weekdays[w[k]], direction != nil || caps[k] {
                let value = Self.weekday(a, weekday, direction: direction, tense: tense)
                if let part = word(k + 1).flatMap({ TimeVocabulary.partsOfDay[$0] }) {
                    offer(Found(first: i, last: k + 1, type: .time, value: value + "T" + part))
                } else {
                    offer(Found(first: i, last: k, type: .date, value: value))
                }
            }
        }

        // "next March", "last December", "this May".
        if Self.set1.contains(w[i]), let monthText = word(i + 1), let month = TimeVocabulary.months[monthText],
            caps[i + 1], word(i + 2).flatMap(Self.dayNumber) == nil, let anchor = a
        {
            var year = anchor.year
            switch w[i] {
            case "next", "coming": if month <= anchor.month { year += 1 }
            case "last": if month >= anchor.month { year -= 1 }
            default: break
            }
            offer(Found(first: i, last: i + 1, type: .date, value: "\(CivilDate.pad(year, 4))-\(CivilDate.pad(month, 2))"))
        }

        // Month-first and day-first dates; month and year; month alone.
        if let month = TimeVocabulary.months[w[i]], caps[i] {
            if let dayText = word(i + 1), let day = Self.dayNumber(dayText) {
                var last = i + 1
                var year: Int?
                var k = i + 2
                if word(k) == "," { k += 1 }
                if let yearText = word(k), let y = Self.year(yearText) {
                    year = y
                    last = k
                }
                let date = Self.resolve(a, month: month, day: day, year: year, tense: tense)
                offer(Found(first: i, last: last, type: .date, value: date))
            } else {
                var k = i + 1
                if word(k) == "," || word(k) == "of" { k += 1 }
                if let yearText = word(k), let y = Self.year(yearText) {
                    offer(Found(first: i, last: k, type: .date, value: "\(CivilDate.pad(y, 4))-\(CivilDate.pad(month, 2))"))
                } else if w[i].count > 3 || w[i].hasSuffix(".") || (i > 0 && Self.monthCallers.contains(w[i - 1])) {
                    offer(Found(first: i, last: i, type: .date, value: Self.resolveMonth(a, month: month, tense: tense)))
                }
            }
        }
        if let day = Self.dayNumber(w[i]), let monthText = word(i + 1), let month = TimeVocabulary.months[monthText], caps[i + 1] {
            var last = i + 1
            var year: Int?
            // "30 July 2002", "30 July, 2002".
            let k = word(i + 2) == "," ? i + 3 : i + 2
            if let yearText = word(k), let y = Self.year(yearText) {
                year = y
                last = k
            }
            offer(Found(first: i, last: last, type: .date, value: Self.resolve(a, month: month, day: day, year: year, tense: tense)))
        }
        if w[i] == "the", let ordinal = word(i + 1), let day = Self.dayNumber(ordinal), ordinal.count > 2, !ordinal.allSatisfy(\.isNumber) {
            if let anchor = a {
                // The day of this month, the last or the next, nearest in the clause's tense ("The 24th was quiet").
                let months = [-1, 0, 1].map { offset -> CivilDate in
                    let index = anchor.year * 12 + anchor.month - 1 + offset
                    return CivilDate(year: index / 12, month: index % 12 + 1, day: day)
                }
                if let date = Self.nearest(months, anchor: anchor, tense: tense, slack: 0) {
                    offer(Found(first: i, last: i + 1, type: .date, value: date.iso))
                }
            }
        }

        // "mid-March", "late-1990s", "early-2024": a hedged month, decade or year in one token.
        // One scan for the hyphen, not one per prefix: this runs on every token that may start an expression.
        for prefix in w[i].utf8.contains(UInt8(ascii: "-")) ? Self.hedgedPrefixes : [] where w[i].hasPrefix(prefix) {
            let rest = String(w[i].dropFirst(prefix.count))
            if let month = TimeVocabulary.months[rest], rest.count > 3, prefix != "post-", prefix != "pre-" {
                offer(Found(first: i, last: i, type: .date, value: Self.resolveMonth(a, month: month, tense: tense)))
            } else if let decade = Self.decade(rest) {
                offer(Found(first: i, last: i, type: .date, value: decade))
            } else if let year = Self.year(rest) {
                offer(Found(first: i, last: i, type: .date, value: CivilDate.pad(year, 4)))
            } else if prefix == "mid-", let part = TimeVocabulary.partsOfDay[rest] {
                // "mid-afternoon", "mid-morning yesterday": a part of that day (a hyphenated
                // "late-night" or "early-morning" is mostly an adjective: "late-night talks").
                offer(Found(first: i, last: i, type: .time, value: Self.day(a, offset: 0) + "T" + part))
                if let day = word(i + 1).flatMap({ Self.table0[$0] }) {
                    offer(Found(first: i, last: i + 1, type: .time, value: Self.day(a, offset: day) + "T" + part))
                }
            }
        }
        // "by mid afternoon".
        if w[i] == "mid", let part = word(i + 1).flatMap({ TimeVocabulary.partsOfDay[$0] }) {
            offer(Found(first: i, last: i + 1, type: .time, value: Self.day(a, offset: 0) + "T" + part))
        }

        // Numeric dates.
        if let value = Self.numericDate(w[i], order: dateOrder) { offer(Found(first: i, last: i, type: .date, value: value)) }

        // Decades and years.
        if let decade = Self.decade(w[i]) {
            let first = i > 0 && w[i - 1] == "the" ? i - 1 : i
            offer(Found(first: first, last: i, type: .date, value: decade))
        }
        // "the 1990's", "the mid 1990's": a decade written with an apostrophe (the tokenizer splits off "'s").
        if let year = Self.year(w[i]), year % 10 == 0, let mark = word(i + 1), mark == "'s" || mark == "’s", i > 0,
            ["the", "mid", "early", "late", "since", "in"].contains(w[i - 1])
        {
            let first = w[i - 1] == "the" ? i - 1 : i
            offer(Found(first: first, last: i + 1, type: .date, value: String(CivilDate.pad(year, 4).prefix(3))))
        }
        if let year = Self.year(w[i]), !(i > 0 && (w[i - 1] == "$" || w[i - 1] == "€" || w[i - 1] == "£")) {
            let next = word(i + 1) ?? ""
            if !Self.countNouns.contains(next), TimeVocabulary.units[next] == nil {
                offer(Found(first: i, last: i, type: .date, value: CivilDate.pad(year, 4)))
            }
        }

        // Quarters: "the third quarter", "third-quarter", "the first quarter of 1990", "the fiscal
        // first quarter", "the fiscal-first quarter".
        do {
            var k = i
            if w[k] == "the" { k += 1 }
            if word(k) == "fiscal" { k += 1 }
            var quarter: Int?
            var last = k
            if let token = word(k), token.utf8.first == UInt8(ascii: "f"), token.hasPrefix("fiscal-"), let n = TimeVocabulary.ordinals[String(token.dropFirst(7))], n > 0,
                word(k + 1) == "quarter"
            {
                quarter = n
                last = k + 1
            } else if word(k) == "last", word(k + 1) == "quarter", word(k + 2) == "of", word(k + 3).flatMap(Self.year) != nil {
                // "the last quarter of 2004" is its fourth.
                quarter = 4
                last = k + 1
            } else if let ordinal = word(k), let n = TimeVocabulary.ordinals[ordinal], n > 0, word(k + 1) == "quarter" {
                quarter = n
                last = k + 1
            } else if let token = word(k), token.hasSuffix("-quarter"), let n = TimeVocabulary.ordinals[String(token.dropLast(8))], n > 0,
                w[i] != "the"
            {
                // "the third-quarter results": the adjective is the expression, the article the noun's
                // (the match from the next token finds it).
                quarter = n
                last = k
            }
            if let quarter, quarter <= 4 {
                var year = a.map { Self.quarterYear($0, quarter) }
                if word(last + 1) == "of", let yearText = word(last + 2), let y = Self.year(yearText) {
                    year = y
                    last += 2
                }
                let value = year.map { "\(CivilDate.pad($0, 4))-Q\(quarter)" } ?? "XXXX-Q\(quarter)"
                offer(Found(first: i, last: last, type: .date, value: value))
            }
        }

        // Relative periods: "last year", "this week", "earlier this month", "the past year".
        do {
            var k = i
            // "earlier this month": the hedge is part of the expression's span.
            if Self.set2.contains(w[k]), word(k + 1) == "this" || word(k + 1) == "last" || word(k + 1) == "next" {
                k += 1
            }
            if let direction = word(k), Self.set3.contains(direction),
                let unit = word(k + 1), Self.set4.contains(unit) || TimeVocabulary.seasons[unit] != nil
            {
                if direction == "past" && i == k {
                    // "the past year" is a duration; bare "past year" too.
                } else if unit == "fall", direction == "this", let next = word(k + 2), Self.declineFollowers.contains(next) {
                    // "predicts this fall from 2.1%": the decline, not the autumn ("last fall in his home" is the autumn).
                } else if let value = Self.relativePeriod(a, direction: direction, unit: unit) {
                    offer(Found(first: i, last: k + 1, type: .date, value: value))
                }
            }
            if w[i] == "the", let unit = word(i + 1), Self.set5.contains(unit), word(i + 2) != "of", word(i + 2) != "ended", word(i + 2) != "ending" {
                if let value = Self.relativePeriod(a, direction: unit == "quarter" ? "previous" : "this", unit: unit) {
                    offer(Found(first: i, last: i + 1, type: .date, value: value))
                }
            }
            // "the quarter ended Sept. 30": the calendar quarter that holds most of the three months
            // ending on that day, the quarter of the month before it ("ended July 31" is May to July, Q2).
            if w[i] == "the", word(i + 1) == "quarter", word(i + 2) == "ended" || word(i + 2) == "ending",
                let closing = match(w, caps, i + 3, end, anchor: anchor, tense: tense), closing.first == i + 3, closing.type == .date,
                closing.value.utf8.count == 10, let date = TimeExpressionStage.anchor(closing.value)
            {
                let months = date.year * 12 + date.month - 2
                offer(Found(first: i, last: i + 1, type: .date, value: "\(CivilDate.pad(months / 12, 4))-Q\((months % 12) / 3 + 1)"))
            }
        }

        // "N units ago", "a year earlier", and durations.
        if let (count, length) = Self.number(w, i, end) {
            var k = i + length
            var half = false
            // "2 1/2 years"; "two more weeks", "three full days".
            if word(k) == "1/2" || word(k) == "½" {
                half = true
                k += 1
            } else if let filler = word(k), Self.countFillers.contains(filler), word(k + 1).flatMap({ TimeVocabulary.units[$0] }) != nil {
                k += 1
            }
            if let unitWord = word(k), let unit = TimeVocabulary.units[unitWord] {
                // "a minute and a half", "two years and a half".
                if !half, word(k + 1) == "and", word(k + 2) == "a", word(k + 3) == "half", count > 0 {
                    offer(Found(first: i, last: k + 3, type: .duration, value: Self.duration(halfMore: count, unit)))
                }
                // "a week or so ago", "two years or so": the hedge is part of the expression (refine makes it APPROX).
                let hedged = word(k + 1) == "or" && word(k + 2) == "so"
                let after = word(k + (hedged ? 3 : 1)) ?? ""
                // "a year earlier" names last year; "three days later" is a duration after some event, not after the anchor.
                let yearEarlier = count == 1 && unit.letter == "Y" && (after == "earlier" || after == "before")
                if after == "ago" || yearEarlier {
                    // "several years ago" is some time in the past, not a year counted back.
                    let value = count < 0 ? "PAST_REF" : Self.shift(a, count: -count, unit: unitWord)
                    if let value { offer(Found(first: i, last: k + (hedged ? 3 : 1), type: .date, value: value)) }
                } else if hedged, !half {
                    offer(Found(first: i, last: k + 2, type: .duration, value: Self.duration(count, unit)))
                } else if half, count > 0 {
                    offer(Found(first: i, last: k, type: .duration, value: Self.duration(halfMore: count, unit)))
                } else {
                    offer(Found(first: i, last: k, type: .duration, value: Self.duration(count, unit)))
                }
            }
        }
        // "the nine months", "the four days": a counted span keeps its article, as TimeML extents do
        // (not a count used as an adjective: "the 15 year embargo" is the embargo's).
        if w[i] == "the", i + 1 < end, w[i + 1] != "a", w[i + 1] != "an", Self.number(w, i + 1, end) != nil,
            let inner = match(w, caps, i + 1, end, anchor: anchor, tense: tense), inner.first == i + 1, inner.type == .duration,
            w[inner.last].utf8.last == UInt8(ascii: "s")
        {
            offer(Found(first: i, last: inner.last, type: .duration, value: inner.value))
        }
        if Self.set6.contains(w[i]) {
            var k = i
            if w[k] == "the", let next = word(k + 1), Self.set7.contains(next) { k += 1 }
            if k > i || w[i] != "the" {
                let start = k + 1
                if let (count, length) = Self.number(w, start, end), let unitWord = word(start + length),
                    let unit = TimeVocabulary.units[unitWord], w[start] != "a" && w[start] != "an"
                {
                    offer(Found(first: i, last: start + length, type: .duration, value: Self.duration(count, unit)))
                } else if let unitWord = word(start), let unit = TimeVocabulary.units[unitWord], w[k] == "past" || w[i] == "the" && w[k] != "first" {
                    if w[i] == "the", w[k] == "past" || w[k] == "last", Self.calendarUnits.contains(unitWord), word(start + 1) != "of",
                        let value = Self.relativePeriod(a, direction: "previous", unit: unitWord)
                    {
                        // "the past year" is the calendar year before the anchor's, as TimeML annotates it.
                        offer(Found(first: i, last: start, type: .date, value: value))
                    } else if w[k] == "past" || w[k] == "last" {
                        // "the past week" is one; "past years" some.
                        let count = unitWord.utf8.last == UInt8(ascii: "s") ? -1 : 1
                        offer(Found(first: i, last: start, type: .duration, value: Self.duration(count, unit)))
                    }
                }
            }
        }
        if let token = Optional(w[i]), token.utf8.contains(UInt8(ascii: "-")), let hyphen = token.firstIndex(of: "-") {
            let head = String(token[..<hyphen])
            let tail = String(token[token.index(after: hyphen)...])
            // "two-year", "several-year" (a vague count).
            if let unit = TimeVocabulary.units[tail], let count = TimeVocabulary.numbers[head] ?? Int(head), count > 0 || count == -1 {
                offer(Found(first: i, last: i, type: .duration, value: Self.duration(count, unit)))
            }
            // "a day-long meeting", "a decades-long battle": one unit, or some.
            if tail == "long", let unit = TimeVocabulary.units[head] {
                offer(Found(first: i, last: i, type: .duration, value: Self.duration(head.utf8.last == UInt8(ascii: "s") ? -1 : 1, unit)))
            }
        }

        // Sets.
        if w[i] == "every" || w[i] == "each", let next = word(i + 1) {
            if let weekday = TimeVocabulary.weekdays[next] {
                offer(Found(first: i, last: i + 1, type: .set, value: "XXXX-WXX-\(weekday)"))
            } else if let month = TimeVocabulary.months[next], caps[i + 1] {
                offer(Found(first: i, last: i + 1, type: .set, value: "XXXX-\(CivilDate.pad(month, 2))"))
            } else if let unit = TimeVocabulary.units[next] {
                offer(Found(first: i, last: i + 1, type: .set, value: Self.duration(1, unit)))
            } else if let (count, length) = Self.number(w, i + 1, end), let unitWord = word(i + 1 + length),
                let unit = TimeVocabulary.units[unitWord]
            {
                offer(Found(first: i, last: i + 1 + length, type: .set, value: Self.duration(count, unit)))
            }
        }
        if let value = Self.table1[w[i]] {
            offer(Found(first: i, last: i, type: .set, value: value))
        }

        // Vague references.
        if let value = Self.table2[w[i]] {
            offer(Found(first: i, last: i, type: .date, value: value))
        }
        // "current market conditions", "his current post": the present, as an adjective before
        // a noun ("the then current price" is a past present). Not the noun ("the current was
        // strong", "electric current") nor the accounting terms ("the current account").
        if w[i] == "current", let next = word(i + 1), Self.describesNow(next), !(i > 0 && Self.currentNouns.contains(w[i - 1])) {
            let then = i > 0 && w[i - 1] == "then"
            offer(Found(first: then ? i - 1 : i, last: i, type: .date, value: then ? "PAST_REF" : "PRESENT_REF"))
        }
        if w[i] == "these", word(i + 1) == "days" {
            offer(Found(first: i, last: i + 1, type: .date, value: "PRESENT_REF"))
        }
        // "the weeks ahead", "the months ahead": some weeks from now.
        if w[i] == "the", word(i + 2) == "ahead", let unitWord = word(i + 1), Self.set9.contains(unitWord), let unit = TimeVocabulary.units[unitWord] {
            offer(Found(first: i, last: i + 2, type: .duration, value: Self.duration(-1, unit)))
        }
        // "at a later date": some day ahead.
        if w[i] == "a", word(i + 2) == "date", word(i + 1) == "later" || word(i + 1) == "future" {
            offer(Found(first: i, last: i + 2, type: .date, value: "FUTURE_REF"))
        }
        // "recent years", "coming months": vague durations.
        if Self.set8.contains(w[i]), let unitWord = word(i + 1), unitWord.hasSuffix("s"),
            let unit = TimeVocabulary.units[unitWord]
        {
            offer(Found(first: i, last: i + 1, type: .duration, value: Self.duration(-1, unit)))
        }
        // Bare plural units: "for weeks", "days of talks".
        if let unit = TimeVocabulary.units[w[i]], w[i].hasSuffix("s"), Self.set9.contains(w[i]),
            i == 0 || (Self.number(w, i - 1, end) == nil && !Self.set10.contains(w[i - 1]))
        {
            offer(Found(first: i, last: i, type: .duration, value: Self.duration(-1, unit)))
        }
        // "the weekend", "year-earlier", "year-ago", "the latest quarter".
        if w[i] == "the", word(i + 1) == "weekend", let anchor = a {
            // The weekend just gone, unless the clause looks ahead (ISO weeks run Monday to Sunday).
            let weekday = Self.weekday(of: anchor)
            let saturday = tense == .future ? (6 - weekday + 7) % 7 : -((weekday - 6 + 7) % 7)
            offer(Found(first: i, last: i + 1, type: .date, value: Self.isoWeek(CivilDate(daysSinceEpoch: anchor.daysSinceEpoch + saturday)) + "-WE"))
        }
        if Self.set11.contains(w[i]), let anchor = a {
            offer(Found(first: i, last: i, type: .date, value: CivilDate.pad(anchor.year - 1, 4)))
        }
        // "the year-earlier nine months": a span as long as "the nine months", a year before.
        if w[i] == "the", let next = word(i + 1), Self.set11.contains(next), let (count, length) = Self.number(w, i + 2, end),
            let unitWord = word(i + 2 + length), let unit = TimeVocabulary.units[unitWord], w[i + 2] != "a" && w[i + 2] != "an"
        {
            offer(Found(first: i, last: i + 2 + length, type: .duration, value: Self.duration(count, unit)))
        }
        if w[i] == "the", word(i + 1) == "latest", word(i + 2) == "quarter" {
            offer(Found(first: i, last: i + 2, type: .date, value: Self.relativePeriod(a, direction: "previous", unit: "quarter") ?? "XXXX-QX"))
        }
        if w[i] == "the", let next = word(i + 1), next == "past" || next == "future", word(i + 2).map({ TimeVocabulary.units[$0] == nil && !$0.hasPrefix("fortnight") && !(Self.number(w, i + 2, end) != nil) }) ?? true {
            offer(Found(first: i, last: i + 1, type: .date, value: next == "past" ? "PAST_REF" : "FUTURE_REF"))
        }

        // Seasons: "last summer", "the winter of 2023", "spring 2024".
        if let season = TimeVocabulary.seasons[w[i]] {
            var last = i
            var year = a?.year
            if word(i + 1) == "of", let y = word(i + 2).flatMap(Self.year) {
                year = y
                last = i + 2
            } else if let y = word(i + 1).flatMap(Self.year) {
                year = y
                last = i + 1
            }
            var first = i > 0 && Self.directions.contains(w[i - 1]) ? i - 1 : i
            if first < i, let anchorYear = a?.year {
                year = w[i - 1] == "last" ? anchorYear - 1 : w[i - 1] == "next" ? anchorYear + 1 : anchorYear
            }
            // "over the summer", "the early summer", "this past spring": the season nearest the anchor in the clause's tense.
            let previous = i > 0 ? w[i - 1] : ""
            let articled = previous == "the" || ((previous == "early" || previous == "late") && i > 1 && w[i - 2] == "the")
            let thisPast = previous == "past" && i > 1 && w[i - 2] == "this"
            if last == i, first == i, articled || thisPast, let anchor = a {
                let start = ["SP": 3, "SU": 6, "FA": 9, "WI": 12][season] ?? 1
                year = anchor.year
                // News looks back: unless the clause looks ahead, a season not yet begun is last year's.
                if tense != .future, start > anchor.month { year = anchor.year - 1 }
                if tense == .future, start + 2 < anchor.month { year = anchor.year + 1 }
                if thisPast { first = i - 2 }
            }
            // "fall" is mostly a decline ("the fall in sales", "this fall from 2.1%"): the season
            // needs a year, "last" or "next", or "this" or "in the" and no word that makes it the noun.
            var isSeason = first < i || last > i || caps[i] || articled
            if w[i] == "fall", last == i, first == i || w[first] == "this" {
                let noun = word(i + 1).map { Self.declineFollowers.contains($0) } ?? false
                let timed = first < i || (articled && i > 1 && w[i - 1] == "the" && Self.seasonPrepositions.contains(w[i - 2]))
                isSeason = timed && !noun
            }
            if isSeason {
                offer(Found(first: first, last: last, type: .date, value: "\(year.map { CivilDate.pad($0, 4) } ?? "XXXX")-\(season)"))
            }
        }

        // Parts of a dated day: "the morning of January 24".
        if w[i] == "the", let part = word(i + 1).flatMap({ TimeVocabulary.partsOfDay[$0] }), word(i + 2) == "of",
            let inner = match(w, caps, i + 3, end, anchor: anchor, tense: tense), inner.first == i + 3, inner.type == .date
        {
            offer(Found(first: i, last: inner.last, type: .time, value: inner.value + "T" + part))
        }

        // Clock times: "10:30 a.m.", "3 p.m.", "noon", "midday", "midnight".
        if let (clock, last) = Self.clockPhrase(w, i, end) {
            offer(Found(first: i, last: last, type: .time, value: Self.day(a, offset: 0) + "T" + clock))
        }

        matchPhrases(w, caps, i, end, anchor: anchor, tense: tense, best: &best)
        return best
    }
}
