/// A named day of the calendar ("Christmas", "Thanksgiving Day", "Easter") and how to find
/// its date in a given year.
///
/// News refers to holidays as dates ("talks resume after Thanksgiving"); the year comes from
/// the anchor like any date without a year. Only holidays whose date is the same wherever
/// the article comes from, or that are named for one country (US Thanksgiving), are listed:
/// "Independence Day" or "Victory Day" differ by country and are left out.
enum Holiday: Sendable {
    /// The same month and day every year.
    case fixed(month: Int, day: Int)
    /// The `n`th given weekday (ISO, Monday = 1) of a month; `n` = -1 for the last.
    case nthWeekday(month: Int, weekday: Int, n: Int)
    /// Days after Western (Gregorian) Easter Sunday.
    case easter(offset: Int)
    /// US Election Day: the Tuesday after the first Monday of November.
    case electionDay

    /// The holiday's date in `year`.
    func date(in year: Int) -> CivilDate {
        switch self {
        case .fixed(let month, let day):
            return CivilDate(year: year, month: month, day: day)
        case .nthWeekday(let month, let weekday, let n):
            if n > 0 {
                let first = CivilDate(year: year, month: month, day: 1)
                let shift = (weekday - TimeRecognizer.weekday(of: first) + 7) % 7
                return CivilDate(daysSinceEpoch: first.daysSinceEpoch + shift + 7 * (n - 1))
            }
            let last = CivilDate(year: year, month: month, day: CivilDate.daysIn(month: month, year: year))
            let shift = (TimeRecognizer.weekday(of: last) - weekday + 7) % 7
            return CivilDate(daysSinceEpoch: last.daysSinceEpoch - shift)
        case .easter(let offset):
            return CivilDate(daysSinceEpoch: Self.easterSunday(year).daysSinceEpoch + offset)
        case .electionDay:
            let monday = Holiday.nthWeekday(month: 11, weekday: 1, n: 1).date(in: year)
            return CivilDate(daysSinceEpoch: monday.daysSinceEpoch + 1)
        }
    }

    /// Gregorian Easter Sunday (the anonymous Gregorian algorithm, Meeus/Jones/Butcher).
    static func easterSunday(_ year: Int) -> CivilDate {
        let a = year % 19
        let b = year / 100
        let c = year % 100
        let d = b / 4
        let e = b % 4
        let f = (b + 8) / 25
        let g = (b - f + 1) / 3
        let h = (19 * a + b - d - g + 15) % 30
        let i = c / 4
        let k = c % 4
        let l = (32 + 2 * e + 2 * i - h - k) % 7
        let m = (a + 11 * h + 22 * l) / 451
        let month = (h + l - 7 * m + 114) / 31
        let day = (h + l - 7 * m + 114) % 31 + 1
        return CivilDate(year: year, month: month, day: day)
    }

    /// Holiday names as lower-case tokens (the tokenizer splits "Year's" into "year" "'s"),
    /// longest first so that "Christmas Eve" wins over "Christmas".
    static let names: [(words: [String], holiday: Holiday)] = {
        var table: [(words: [String], holiday: Holiday)] = [
            (["christmas", "eve"], .fixed(month: 12, day: 24)), (["christmas", "day"], .fixed(month: 12, day: 25)),
            (["christmas"], .fixed(month: 12, day: 25)), (["boxing", "day"], .fixed(month: 12, day: 26)),
            (["new", "year", "'s", "day"], .fixed(month: 1, day: 1)), (["new", "year", "'s", "eve"], .fixed(month: 12, day: 31)),
            (["halloween"], .fixed(month: 10, day: 31)), (["valentine", "'s", "day"], .fixed(month: 2, day: 14)),
            (["thanksgiving", "day"], .nthWeekday(month: 11, weekday: 4, n: 4)), (["thanksgiving"], .nthWeekday(month: 11, weekday: 4, n: 4)),
            (["labor", "day"], .nthWeekday(month: 9, weekday: 1, n: 1)), (["memorial", "day"], .nthWeekday(month: 5, weekday: 1, n: -1)),
            (["election", "day"], .electionDay), (["easter", "sunday"], .easter(offset: 0)), (["easter", "monday"], .easter(offset: 1)),
            (["good", "friday"], .easter(offset: -2)), (["easter"], .easter(offset: 0)),
        ]
        // The same names with a curly apostrophe.
        for (words, holiday) in table where words.contains("'s") {
            table.append((words.map { $0 == "'s" ? "’s" : $0 }, holiday))
        }
        return table.sorted { $0.words.count > $1.words.count }
    }()
}
