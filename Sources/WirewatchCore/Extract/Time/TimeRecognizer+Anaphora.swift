/// Anaphoric time expressions: "the previous day", "the same day", "later that year", "the
/// following month", "that night". They count from the last calendar date the text named (its
/// reference time), not from the publication date: "In 1995 the plant opened; the following
/// year it closed" is 1996.
extension TimeRecognizer {
    /// The last date the text named, at the granularity it was named.
    struct Reference {
        var year: Int
        var month: Int?
        var day: Int?

        /// The calendar date at the start of a TimeML value (`1995`, `1995-06`, `1995-06-12T10:00`);
        /// nil for anything vaguer (`PAST_REF`, `1995-W24`, `1995-Q2`, `XXXX-06-12`).
        init?(value: String) {
            let bytes = Array(value.utf8.prefix(10))
            func digits(_ range: Range<Int>) -> Int? {
                guard range.upperBound <= bytes.count else { return nil }
                var result = 0
                for byte in bytes[range] {
                    guard byte &- 0x30 < 10 else { return nil }
                    result = result * 10 + Int(byte &- 0x30)
                }
                return result
            }
            guard let year = digits(0..<4), bytes.count == 4 || bytes[4] == UInt8(ascii: "-") else { return nil }
            self.year = year
            month = digits(5..<7).flatMap { (1...12).contains($0) ? $0 : nil }
            if month != nil, bytes.count > 7, bytes[7] != UInt8(ascii: "-") { return nil }
            day = month == nil ? nil : digits(8..<10)
            // "1995-Q2", "1995-W24", "1995-SU": a reference vaguer than a month.
            if month == nil, bytes.count > 4 { return nil }
        }

        init(_ date: CivilDate) {
            year = date.year
            month = date.month
            day = date.day
        }
    }

    /// Units an anaphor can name, and whether it names a part of a day.
    private static let anaphorUnits: WordSet = ["day", "week", "month", "year", "morning", "afternoon", "evening", "night"]

    /// An anaphoric expression at token `i` with its value counted from `reference`.
    func anaphor(_ w: [String], _ i: Int, _ end: Int, reference: Reference?) -> Found? {
        func word(_ k: Int) -> String? { k < end ? w[k] : nil }
        var k = i
        // "earlier that day", "later that year".
        if w[k] == "earlier" || w[k] == "later" { k += 1 }
        var delta = 0
        switch word(k) {
        case "that":
            k += 1
            if word(k) == "same" { k += 1 }
        case "the":
            switch word(k + 1) {
            case "same": delta = 0
            case "following": delta = 1
            case "next" where word(k + 2) != "year" && word(k + 2) != "month" && word(k + 2) != "week": delta = 1
            case "previous" where word(k + 2) != "year" && word(k + 2) != "month" && word(k + 2) != "week": delta = -1
            case "preceding": delta = -1
            case "day", "week", "month", "year":
                // "the day before" and "the year before" at the end of a clause ("the day after his
                // death" counts from the death, "the year before last" from the anchor).
                guard k == i, let unit = word(k + 1), let relation = word(k + 2), relation == "before" || relation == "after" else { return nil }
                if let next = word(k + 3), next.utf8.first.map({ $0 &- 0x61 < 26 || $0 &- 0x30 < 10 }) == true { return nil }
                return anaphor(unit: unit, delta: relation == "before" ? -1 : 1, first: i, last: k + 2, reference: reference)
            default: return nil
            }
            k += 2
        default: return nil
        }
        // "the previous Friday", "the following Monday": that weekday before or after the reference day.
        if delta != 0, let name = word(k), let weekday = TimeVocabulary.weekdays[name], let reference, let month = reference.month,
            let day = reference.day
        {
            let date = CivilDate(year: reference.year, month: month, day: day)
            guard date.isValid else { return nil }
            let current = Self.weekday(of: date)
            let offset = delta < 0 ? -((current - weekday + 6) % 7 + 1) : (weekday - current + 6) % 7 + 1
            return Found(first: i, last: k, type: .date, value: CivilDate(daysSinceEpoch: date.daysSinceEpoch + offset).iso)
        }
        guard let unit = word(k), Self.anaphorUnits.contains(unit) else { return nil }
        return anaphor(unit: unit, delta: delta, first: i, last: k, reference: reference)
    }

    private func anaphor(unit: String, delta: Int, first: Int, last: Int, reference: Reference?) -> Found? {
        guard let reference else { return nil }
        let date = reference.month.flatMap { month in
            reference.day.map { CivilDate(daysSinceEpoch: CivilDate(year: reference.year, month: month, day: $0).daysSinceEpoch + delta) }
        }
        switch unit {
        case "year":
            return Found(first: first, last: last, type: .date, value: CivilDate.pad(reference.year + delta, 4))
        case "month":
            guard let month = reference.month else { return nil }
            let months = reference.year * 12 + month - 1 + delta
            return Found(first: first, last: last, type: .date, value: "\(CivilDate.pad(months / 12, 4))-\(CivilDate.pad(months % 12 + 1, 2))")
        case "week":
            guard let date else { return nil }
            return Found(first: first, last: last, type: .date, value: Self.isoWeek(CivilDate(daysSinceEpoch: date.daysSinceEpoch + 7 * delta)))
        case "day":
            if let date { return Found(first: first, last: last, type: .date, value: date.iso) }
            // "that same day" after "in October 1998": a day of that month.
            guard delta == 0, let month = reference.month else { return nil }
            return Found(first: first, last: last, type: .date, value: "\(CivilDate.pad(reference.year, 4))-\(CivilDate.pad(month, 2))-XX")
        default:
            guard let date, let part = TimeVocabulary.partsOfDay[unit] else { return nil }
            return Found(first: first, last: last, type: .time, value: date.iso + "T" + part)
        }
    }
}
