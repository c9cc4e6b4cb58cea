extension TimeRecognizer {
    /// `YYYY-MM-DD` of the anchor plus `offset` days, or `XXXX-XX-XX` without an anchor.
    static func day(_ anchor: CivilDate?, offset: Int) -> String {
        guard let anchor else { return "XXXX-XX-XX" }
        return CivilDate(daysSinceEpoch: anchor.daysSinceEpoch + offset).iso
    }

    /// ISO weekday (Monday = 1) of a date.
    static func weekday(of date: CivilDate) -> Int {
        // 1970-01-01 was a Thursday (4).
        let days = date.daysSinceEpoch
        return ((days % 7 + 7) % 7 + 3) % 7 + 1
    }

    /// The date of a weekday mentioned relative to the anchor.
    static func weekday(_ anchor: CivilDate?, _ target: Int, direction: String?, tense: Tense) -> String {
        guard let anchor else { return "XXXX-WXX-\(target)" }
        let current = weekday(of: anchor)
        let back = (current - target + 7) % 7
        let forward = (target - current + 7) % 7
        let offset: Int
        switch direction {
        case "last", "past": offset = -(back == 0 ? 7 : back)
        case "next", "coming": offset = forward == 0 ? 7 : forward
        case "this": offset = target - current
        default: offset = tense == .future ? forward : -back
        }
        return CivilDate(daysSinceEpoch: anchor.daysSinceEpoch + offset).iso
    }

    /// A day number: `24`, `24th`, `1st`.
    static func dayNumber(_ word: String) -> Int? {
        // Bytes, not Characters: this runs on every token that may start an expression.
        var utf8 = word.utf8.makeIterator()
        guard let first = utf8.next(), first &- 0x30 < 10 else { return nil }
        var value = Int(first &- 0x30)
        var digits = 1
        var suffix: UInt16 = 0  // the letters after the digits, two bytes at most
        var letters = 0
        while let byte = utf8.next() {
            if letters == 0, byte &- 0x30 < 10 {
                digits += 1
                guard digits <= 2 else { return nil }
                value = value * 10 + Int(byte &- 0x30)
            } else {
                letters += 1
                guard letters <= 2 else { return nil }
                suffix = suffix << 8 | UInt16(byte)
            }
        }
        // "st", "nd", "rd", "th" as two bytes, first byte high.
        let ordinal: Bool
        switch suffix {
        case 0x7374, 0x6E64, 0x7264, 0x7468: ordinal = letters == 2
        default: ordinal = false
        }
        guard letters == 0 || ordinal, (1...31).contains(value) else { return nil }
        return value
    }

    /// A four-digit year from 1000 to 2099, or `'90`-style two-digit years.
    static func year(_ word: String) -> Int? {
        guard word.utf8.count == 4 else { return nil }
        var value = 0
        for byte in word.utf8 {
            guard byte &- 0x30 < 10 else { return nil }
            value = value * 10 + Int(byte &- 0x30)
        }
        return (1000...2099).contains(value) ? value : nil
    }

    /// `the 1990s` → `199`; `’90s` → `199`.
    static func decade(_ word: String) -> String? {
        guard word.utf8.last == UInt8(ascii: "s"), let first = word.utf8.first,
            first &- 0x30 < 10 || first == UInt8(ascii: "'") || first == 0xE2
        else { return nil }
        var body = String(word.dropLast())
        if body.hasPrefix("'") || body.hasPrefix("’") {
            body.removeFirst()
            guard body.count == 2, let value = Int(body), value % 10 == 0 else { return nil }
            return "19\(body.prefix(1))"
        }
        guard body.count == 4, let value = Int(body), value % 10 == 0, (1000...2090).contains(value) else { return nil }
        return String(body.prefix(3))
    }

    /// `2024-01-24`; `1/24/2024`, `1/24/24`, `24.01.2024`, `24-01-2024` in `order` (or the
    /// other order when only that one gives a valid date). Dotted and dashed dates need a
    /// four-digit year, so that version numbers ("1.2.3") are not dates.
    static func numericDate(_ word: String, order: DateOrder) -> String? {
        guard word.utf8.count >= 6, let first = word.utf8.first, first &- 0x30 < 10 else { return nil }
        if let value = HeaderDate.parse(word), value.count == 10 { return value }
        guard let separator = word.utf8.first(where: { $0 == UInt8(ascii: "/") || $0 == UInt8(ascii: ".") || $0 == UInt8(ascii: "-") })
        else { return nil }
        let parts = word.utf8.split(separator: separator, omittingEmptySubsequences: false)
        guard parts.count == 3, parts.allSatisfy({ !$0.isEmpty && $0.count <= 4 && $0.allSatisfy { $0 &- 0x30 < 10 } }),
            parts[0].count <= 2, parts[1].count <= 2, parts[2].count == 4 || (separator == UInt8(ascii: "/") && parts[2].count == 2)
        else { return nil }
        func value(_ digits: Substring.UTF8View.SubSequence) -> Int { digits.reduce(0) { $0 * 10 + Int($1 &- 0x30) } }
        let a = value(parts[0])
        let b = value(parts[1])
        var year = value(parts[2])
        if parts[2].count == 2 { year += year < 50 ? 2000 : 1900 }
        let monthFirst = CivilDate(year: year, month: a, day: b)
        let dayFirst = CivilDate(year: year, month: b, day: a)
        let (preferred, other) = order == .monthFirst ? (monthFirst, dayFirst) : (dayFirst, monthFirst)
        if preferred.isValid { return preferred.iso }
        return other.isValid ? other.iso : nil
    }

    /// `10:30` → (10, 30).
    static func clock(_ word: String) -> (Int, Int)? {
        guard let first = word.utf8.first, first &- 0x30 < 10, word.utf8.contains(UInt8(ascii: ":")) else { return nil }
        let parts = word.split(separator: ":")
        guard parts.count == 2, let hour = Int(parts[0]), let minute = Int(parts[1]), hour < 24, minute < 60 else { return nil }
        return (hour, minute)
    }

    /// A count in digits or words at `start` ("two", "24", "twenty four", "a"), with its token length.
    static func number(_ words: [String], _ start: Int, _ end: Int) -> (Int, Int)? {
        guard start < end else { return nil }
        let word = words[start]
        if let first = word.utf8.first, first &- 0x30 < 10 {
            // A year is not a count: "the 1988 quarter", "1988 second".
            if let year = year(word), year >= 1800 { return nil }
            // "1,000"; "2.0" (a whole number); huge counts are not times.
            var value = 0
            var fraction = false
            for byte in word.utf8 {
                if byte &- 0x30 < 10 {
                    if fraction {
                        guard byte == UInt8(ascii: "0") else { return nil }
                    } else {
                        value = value * 10 + Int(byte &- 0x30)
                        guard value < 1_000_000 else { return nil }
                    }
                } else if byte == UInt8(ascii: ","), !fraction {
                    continue
                } else if byte == UInt8(ascii: "."), !fraction {
                    fraction = true
                } else {
                    return nil
                }
            }
            return value > 0 ? (value, 1) : nil
        }
        guard let value = TimeVocabulary.numbers[word] else { return nil }
        if value >= 20, value % 10 == 0, start + 1 < end, let unit = TimeVocabulary.numbers[words[start + 1]], (1...9).contains(unit) {
            return (value + unit, 2)
        }
        if word == "a" || word == "an", start + 1 < end, words[start + 1] == "few" { return (-1, 2) }
        // "a couple of years", "a dozen years".
        if word == "a" || word == "an", start + 1 < end, words[start + 1] == "couple" || words[start + 1] == "dozen" {
            let value = words[start + 1] == "couple" ? 2 : 12
            return start + 2 < end && words[start + 2] == "of" ? (value, 3) : (value, 2)
        }
        if word == "couple", start + 1 < end, words[start + 1] == "of" { return (2, 2) }
        return (value, 1)
    }

    /// A TimeML duration: `P3D`, `PT2H`, `P1Y`, `PXY` for vague counts.
    static func duration(_ count: Int, _ unit: (letter: String, clock: Bool)) -> String {
        let amount = count < 0 ? "X" : String(count)
        switch unit.letter {
        case "DE": return "P\(count < 0 ? "X" : String(count * 10))Y"
        case "CE": return "P\(count < 0 ? "X" : String(count * 100))Y"
        case "Q": return "P\(count < 0 ? "X" : String(count * 3))M"
        case "WE": return "P\(amount)WE"
        default: return unit.clock ? "PT\(amount)\(unit.letter)" : "P\(amount)\(unit.letter)"
        }
    }

    /// A duration of `count` and a half units: `P2Y6M` for two and a half years, `PT1H30M`,
    /// `P1M15D`, `P2DT12H`; other units in decimals (`P1.5W`).
    static func duration(halfMore count: Int, _ unit: (letter: String, clock: Bool)) -> String {
        switch unit.letter {
        case "Y": return "P\(count)Y6M"
        case "M" where !unit.clock: return "P\(count)M15D"
        case "D": return "P\(count)DT12H"
        case "H": return "PT\(count)H30M"
        case "M": return "PT\(count)M30S"
        case "DE": return "P\(count * 10 + 5)Y"
        default: return unit.clock ? "PT\(count).5\(unit.letter)" : "P\(count).5\(unit.letter)"
        }
    }

    /// The anchor moved by `count` units, at the unit's granularity.
    static func shift(_ anchor: CivilDate?, count: Int, unit: String) -> String? {
        guard let anchor else { return nil }
        switch unit {
        case "day", "days": return CivilDate(daysSinceEpoch: anchor.daysSinceEpoch + count).iso
        case "week", "weeks": return isoWeek(CivilDate(daysSinceEpoch: anchor.daysSinceEpoch + 7 * count))
        case "month", "months":
            let months = anchor.year * 12 + anchor.month - 1 + count
            return "\(CivilDate.pad(months / 12, 4))-\(CivilDate.pad(months % 12 + 1, 2))"
        case "year", "years": return CivilDate.pad(anchor.year + count, 4)
        case "decade", "decades": return String(CivilDate.pad(anchor.year + 10 * count, 4).prefix(3))
        default: return nil
        }
    }

    /// `2024-W06` for the ISO week containing `date`.
    static func isoWeek(_ date: CivilDate) -> String {
        let weekday = weekday(of: date)
        let thursday = CivilDate(daysSinceEpoch: date.daysSinceEpoch - weekday + 4)
        let firstDay = CivilDate(year: thursday.year, month: 1, day: 1).daysSinceEpoch
        let week = (thursday.daysSinceEpoch - firstDay) / 7 + 1
        return "\(CivilDate.pad(thursday.year, 4))-W\(CivilDate.pad(week, 2))"
    }

    /// "last year", "this week", "next month", "last summer".
    static func relativePeriod(_ anchor: CivilDate?, direction: String, unit: String) -> String? {
        guard let anchor else { return nil }
        let step = ["last": -1, "previous": -1, "past": -1, "next": 1, "coming": 1, "this": 0, "current": 0][direction] ?? 0
        switch unit {
        case "year": return CivilDate.pad(anchor.year + step, 4)
        case "month": return shift(anchor, count: step, unit: "month")
        case "week": return isoWeek(CivilDate(daysSinceEpoch: anchor.daysSinceEpoch + 7 * step))
        case "weekend": return isoWeek(CivilDate(daysSinceEpoch: anchor.daysSinceEpoch + 7 * step)) + "-WE"
        case "decade": return String(CivilDate.pad(anchor.year + 10 * step, 4).prefix(3))
        case "century": return String(CivilDate.pad(anchor.year + 100 * step, 4).prefix(2))
        case "quarter":
            let quarters = anchor.year * 4 + (anchor.month - 1) / 3 + step
            return "\(CivilDate.pad(quarters / 4, 4))-Q\(quarters % 4 + 1)"
        default:
            guard let season = TimeVocabulary.seasons[unit] else { return nil }
            return "\(CivilDate.pad(anchor.year + step, 4))-\(season)"
        }
    }

    /// The year of a quarter mentioned without one: the latest such quarter not after the anchor's.
    static func quarterYear(_ anchor: CivilDate, _ quarter: Int) -> Int {
        let current = (anchor.month - 1) / 3 + 1
        return quarter <= current ? anchor.year : anchor.year - 1
    }

    /// A month and day without a year: the year that puts the date nearest the anchor, in the
    /// direction the tense allows.
    static func resolve(_ anchor: CivilDate?, month: Int, day: Int, year: Int?, tense: Tense, slack: Int = 7) -> String {
        if let year { return CivilDate(year: year, month: month, day: day).iso }
        guard let anchor else { return "XXXX-\(CivilDate.pad(month, 2))-\(CivilDate.pad(day, 2))" }
        let candidates = [anchor.year - 1, anchor.year, anchor.year + 1].map { CivilDate(year: $0, month: month, day: day) }
        return nearest(candidates, anchor: anchor, tense: tense, slack: slack)?.iso ?? "XXXX-\(CivilDate.pad(month, 2))-\(CivilDate.pad(day, 2))"
    }

    /// Of the same day in different years, the one nearest the anchor in the direction the tense
    /// allows; a date within `slack` days of the anchor is allowed either way (a report dated a
    /// day early, "in February" written on February 10), since the alternative is a year away.
    static func nearest(_ dates: [CivilDate], anchor: CivilDate, tense: Tense, slack: Int = 7) -> CivilDate? {
        let candidates = dates.filter(\.isValid)
        let anchorDays = anchor.daysSinceEpoch
        let allowed = candidates.filter { date in
            if abs(date.daysSinceEpoch - anchorDays) <= slack { return true }
            switch tense {
            case .past: return date.daysSinceEpoch <= anchorDays
            case .future: return date.daysSinceEpoch >= anchorDays
            case .unknown: return true
            }
        }
        let pool = allowed.isEmpty ? candidates : allowed
        var best = pool.min { abs($0.daysSinceEpoch - anchorDays) < abs($1.daysSinceEpoch - anchorDays) }
        if tense == .unknown, let chosen = best, chosen.daysSinceEpoch > anchorDays,
            let past = pool.filter({ $0.daysSinceEpoch <= anchorDays }).max(),
            anchorDays - past.daysSinceEpoch < 4 * (chosen.daysSinceEpoch - anchorDays)
        {
            // News reports mostly look back: a later date wins only when it is much nearer.
            best = past
        }
        return best
    }

    /// A month without a year, by the same rule.
    static func resolveMonth(_ anchor: CivilDate?, month: Int, tense: Tense) -> String {
        guard let anchor else { return "XXXX-\(CivilDate.pad(month, 2))" }
        // The middle of the month stands for it: the anchor's own month is within 16 days either way.
        let value = resolve(anchor, month: month, day: 15, year: nil, tense: tense, slack: 16)
        return String(value.prefix(7))
    }
}
