import Foundation

/// Calendar arithmetic on the proleptic Gregorian calendar, without Foundation's calendars
/// (which are slow to create and depend on the process's locale and time zone).
public struct CivilDate: Sendable, Hashable, Comparable {
    public var year: Int
    public var month: Int
    public var day: Int

    public init(year: Int, month: Int, day: Int) {
        self.year = year
        self.month = month
        self.day = day
    }

    /// True when the date exists (month 1–12, day within the month).
    public var isValid: Bool {
        month >= 1 && month <= 12 && day >= 1 && day <= CivilDate.daysIn(month: month, year: year)
    }

    public static func isLeap(_ year: Int) -> Bool {
        (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
    }

    public static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: isLeap(year) ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }

    /// Days since 1970-01-01 (Howard Hinnant's days_from_civil).
    public var daysSinceEpoch: Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let mp = (month + 9) % 12
        let doy = (153 * mp + 2) / 5 + day - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146_097 + doe - 719_468
    }

    /// The date `days` days after 1970-01-01.
    public init(daysSinceEpoch days: Int) {
        let z = days + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let doe = z - era * 146_097
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146_096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let d = doy - (153 * mp + 2) / 5 + 1
        let m = mp < 10 ? mp + 3 : mp - 9
        self.init(year: yoe + era * 400 + (m <= 2 ? 1 : 0), month: m, day: d)
    }

    /// `YYYY-MM-DD`.
    public var iso: String {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(10)
        CivilDate.appendPadded(year, 4, to: &bytes)
        bytes.append(UInt8(ascii: "-"))
        CivilDate.appendPadded(month, 2, to: &bytes)
        bytes.append(UInt8(ascii: "-"))
        CivilDate.appendPadded(day, 2, to: &bytes)
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Zero-pads a non-negative number to `width` digits.
    public static func pad(_ value: Int, _ width: Int) -> String {
        var bytes: [UInt8] = []
        appendPadded(value, width, to: &bytes)
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Appends `value` as at least `width` ASCII digits (negative values keep their sign).
    static func appendPadded(_ value: Int, _ width: Int, to bytes: inout [UInt8]) {
        if value < 0 {
            bytes.append(UInt8(ascii: "-"))
            appendPadded(-value, width, to: &bytes)
            return
        }
        var digits: [UInt8] = []
        var rest = value
        repeat {
            digits.append(UInt8(ascii: "0") + UInt8(rest % 10))
            rest /= 10
        } while rest > 0
        if digits.count < width { bytes.append(contentsOf: repeatElement(UInt8(ascii: "0"), count: width - digits.count)) }
        bytes.append(contentsOf: digits.reversed())
    }

    /// An instant as RFC 3339 in UTC with millisecond precision, e.g. `2024-02-08T10:00:00.000Z`.
    public static func rfc3339(_ date: Date) -> String {
        let millis = Int((date.timeIntervalSince1970 * 1000).rounded(.down))
        let days = millis >= 0 ? millis / 86_400_000 : (millis - 86_399_999) / 86_400_000
        let rest = millis - days * 86_400_000
        let civil = CivilDate(daysSinceEpoch: days)
        let h = rest / 3_600_000
        let m = rest / 60000 % 60
        let s = rest / 1000 % 60
        let ms = rest % 1000
        return "\(civil.iso)T\(pad(h, 2)):\(pad(m, 2)):\(pad(s, 2)).\(pad(ms, 3))Z"
    }

    public static func < (lhs: CivilDate, rhs: CivilDate) -> Bool {
        (lhs.year, lhs.month, lhs.day) < (rhs.year, rhs.month, rhs.day)
    }
}
