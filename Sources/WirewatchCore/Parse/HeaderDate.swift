/// Parses the date at the start of a header value: ISO 8601 / RFC 3339, RFC 2822 and the
/// common `Month D, YYYY` form.
///
/// Returns the normalised value (`YYYY-MM-DD`, or a date-time with its offset) and how many
/// UTF-8 bytes of the input it used, so that text following a date on the same line (as in
/// ` date 2024-02-08 The US State Department…`) can be kept as the body.
public enum HeaderDate {
    public struct Match: Sendable, Hashable {
        /// `YYYY-MM-DD`, `YYYY-MM-DDTHH:MM:SS±HH:MM`, `…Z`, or a local time without offset.
        public var value: String
        /// UTF-8 bytes consumed from the start of the input.
        public var length: Int
    }

    static let monthNames: [String] = [
        "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec",
    ]
    static let fullMonthNames: [String] = [
        "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
        "november", "december",
    ]
    static let zones: [String: Int] = [
        "ut": 0, "utc": 0, "gmt": 0, "z": 0, "est": -300, "edt": -240, "cst": -360, "cdt": -300, "mst": -420,
        "mdt": -360, "pst": -480, "pdt": -420, "bst": 60, "cet": 60, "cest": 120, "msk": 180,
    ]

    /// Parses a date at the start of `text`, or returns nil.
    public static func parsePrefix(_ text: Substring) -> Match? {
        parsePrefix(bytes: Array(text.utf8))
    }

    /// Parses a date at the start of UTF-8 `bytes`, or returns nil.
    static func parsePrefix(bytes: [UInt8]) -> Match? {
        var cursor = ByteCursor(bytes)
        if let match = iso(&cursor) { return match }
        cursor = ByteCursor(bytes)
        if let match = rfc2822(&cursor) { return match }
        cursor = ByteCursor(bytes)
        return monthFirst(&cursor)
    }

    /// Parses `text` as a whole date (surrounding spaces allowed), or returns nil.
    public static func parse(_ text: String) -> String? {
        var bytes = Array(text.utf8)
        while let last = bytes.last, last == 0x20 || last == 0x09 || last == 0x0A || last == 0x0D { bytes.removeLast() }
        let leading = bytes.prefix { $0 == 0x20 || $0 == 0x09 || $0 == 0x0A || $0 == 0x0D }.count
        if leading > 0 { bytes.removeFirst(leading) }
        guard let match = parsePrefix(bytes: bytes), match.length == bytes.count else { return nil }
        return match.value
    }

    private static func iso(_ c: inout ByteCursor) -> Match? {
        guard let year = c.digits(exactly: 4), c.take(UInt8(ascii: "-")),
            let month = c.digits(exactly: 2), c.take(UInt8(ascii: "-")),
            let day = c.digits(exactly: 2)
        else { return nil }
        let date = CivilDate(year: year, month: month, day: day)
        var afterDate = c
        let timeFollows = afterDate.take(UInt8(ascii: "T")) || afterDate.take(UInt8(ascii: "t"))
        guard date.isValid, c.atBoundary || timeFollows else { return nil }
        let dateEnd = c.position
        var timeCursor = c
        if timeCursor.take(UInt8(ascii: "T")) || timeCursor.take(UInt8(ascii: "t"))
            || (timeCursor.take(UInt8(ascii: " ")) && timeCursor.peekDigit)
        {
            if let time = clock(&timeCursor) {
                var zone: Int? = nil
                if timeCursor.take(UInt8(ascii: "Z")) || timeCursor.take(UInt8(ascii: "z")) {
                    zone = 0
                } else if let offset = numericZone(&timeCursor, colonAllowed: true) {
                    zone = offset
                }
                if timeCursor.atBoundary {
                    c = timeCursor
                    return Match(value: format(date, time, zone), length: c.position)
                }
            }
        }
        guard c.atBoundary else { return nil }
        return Match(value: date.iso, length: dateEnd)
    }

    private static func rfc2822(_ c: inout ByteCursor) -> Match? {
        // Optional weekday: "Thu," or "Thursday,".
        var probe = c
        if probe.letters() != nil, probe.take(UInt8(ascii: ",")) {
            probe.skipSpaces()
            c = probe
        }
        guard let day = c.digits(min: 1, max: 2) else { return nil }
        c.skipSpaces()
        guard let monthWord = c.letters(), let month = monthNumber(monthWord) else { return nil }
        _ = c.take(UInt8(ascii: "."))
        c.skipSpaces()
        guard var year = c.digits(min: 2, max: 4) else { return nil }
        if year < 100 { year += year < 50 ? 2000 : 1900 }
        let date = CivilDate(year: year, month: month, day: day)
        guard date.isValid, c.atBoundary else { return nil }
        let dateEnd = c.position
        var timeCursor = c
        timeCursor.skipSpaces()
        if let time = clock(&timeCursor) {
            let beforeZone = timeCursor
            timeCursor.skipSpaces()
            var zone: Int? = nil
            if let offset = numericZone(&timeCursor, colonAllowed: true) {
                zone = offset
            } else {
                var named = timeCursor
                if let word = named.letters(), let offset = zones[word.lowercased()], named.atBoundary {
                    zone = offset
                    timeCursor = named
                } else {
                    timeCursor = beforeZone
                }
            }
            if zone == nil { timeCursor = beforeZone }
            if timeCursor.atBoundary {
                c = timeCursor
                return Match(value: format(date, time, zone), length: c.position)
            }
        }
        return Match(value: date.iso, length: dateEnd)
    }

    /// `February 8, 2024` and `Feb. 8 2024`.
    private static func monthFirst(_ c: inout ByteCursor) -> Match? {
        guard let word = c.letters(), let month = monthNumber(word) else { return nil }
        _ = c.take(UInt8(ascii: "."))
        c.skipSpaces()
        guard let day = c.digits(min: 1, max: 2) else { return nil }
        _ = c.take(UInt8(ascii: ","))
        c.skipSpaces()
        guard let year = c.digits(exactly: 4) else { return nil }
        let date = CivilDate(year: year, month: month, day: day)
        guard date.isValid, c.atBoundary else { return nil }
        return Match(value: date.iso, length: c.position)
    }

    private static func monthNumber(_ word: String) -> Int? {
        let lower = word.lowercased()
        if let index = fullMonthNames.firstIndex(of: lower) { return index + 1 }
        if lower == "sept" { return 9 }
        if let index = monthNames.firstIndex(of: lower) { return index + 1 }
        return nil
    }

    /// `HH:MM[:SS[.fraction]]`, as (hour, minute, second).
    private static func clock(_ c: inout ByteCursor) -> (Int, Int, Int)? {
        var probe = c
        guard let hour = probe.digits(min: 1, max: 2), probe.take(UInt8(ascii: ":")),
            let minute = probe.digits(exactly: 2), hour < 24, minute < 60
        else { return nil }
        var second = 0
        var withSeconds = probe
        if withSeconds.take(UInt8(ascii: ":")), let s = withSeconds.digits(exactly: 2), s <= 60 {
            second = s
            probe = withSeconds
            var fraction = probe
            if fraction.take(UInt8(ascii: ".")) || fraction.take(UInt8(ascii: ",")), fraction.digits(min: 1, max: 9) != nil {
                probe = fraction
            }
        }
        c = probe
        return (hour, minute, min(second, 59))
    }

    /// `+HHMM`, `-HH:MM`, `+HH`; returns minutes east of UTC.
    private static func numericZone(_ c: inout ByteCursor, colonAllowed: Bool) -> Int? {
        var probe = c
        let sign: Int
        if probe.take(UInt8(ascii: "+")) {
            sign = 1
        } else if probe.take(UInt8(ascii: "-")) {
            sign = -1
        } else {
            return nil
        }
        guard let hours = probe.fixedDigits(2), hours <= 14 else { return nil }
        var minutes = 0
        var withMinutes = probe
        if colonAllowed { _ = withMinutes.take(UInt8(ascii: ":")) }
        if let m = withMinutes.fixedDigits(2), m < 60, withMinutes.atBoundary {
            minutes = m
            probe = withMinutes
        }
        c = probe
        return sign * (hours * 60 + minutes)
    }

    private static func format(_ date: CivilDate, _ time: (Int, Int, Int), _ zone: Int?) -> String {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(25)
        CivilDate.appendPadded(date.year, 4, to: &bytes)
        bytes.append(UInt8(ascii: "-"))
        CivilDate.appendPadded(date.month, 2, to: &bytes)
        bytes.append(UInt8(ascii: "-"))
        CivilDate.appendPadded(date.day, 2, to: &bytes)
        bytes.append(UInt8(ascii: "T"))
        CivilDate.appendPadded(time.0, 2, to: &bytes)
        bytes.append(UInt8(ascii: ":"))
        CivilDate.appendPadded(time.1, 2, to: &bytes)
        bytes.append(UInt8(ascii: ":"))
        CivilDate.appendPadded(time.2, 2, to: &bytes)
        if let zone {
            if zone == 0 {
                bytes.append(UInt8(ascii: "Z"))
            } else {
                bytes.append(zone < 0 ? UInt8(ascii: "-") : UInt8(ascii: "+"))
                CivilDate.appendPadded(abs(zone) / 60, 2, to: &bytes)
                bytes.append(UInt8(ascii: ":"))
                CivilDate.appendPadded(abs(zone) % 60, 2, to: &bytes)
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }
}
