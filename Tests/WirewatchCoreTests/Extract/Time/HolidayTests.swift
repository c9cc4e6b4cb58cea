import Testing
@testable import WirewatchCore

/// Holiday dates checked against published calendars for 2024 and 2025.
@Suite struct HolidayTests {
    @Test(arguments: [
        (Holiday.easter(offset: 0), 2024, "2024-03-31"), (.easter(offset: 0), 2025, "2025-04-20"), (.easter(offset: -2), 2024, "2024-03-29"),
        (.nthWeekday(month: 11, weekday: 4, n: 4), 2024, "2024-11-28"), (.nthWeekday(month: 11, weekday: 4, n: 4), 2025, "2025-11-27"),
        (.nthWeekday(month: 5, weekday: 1, n: -1), 2024, "2024-05-27"), (.nthWeekday(month: 9, weekday: 1, n: 1), 2024, "2024-09-02"),
        (.electionDay, 2024, "2024-11-05"), (.electionDay, 2022, "2022-11-08"), (.fixed(month: 12, day: 25), 2024, "2024-12-25"),
    ])
    func dates(holiday: Holiday, year: Int, expected: String) {
        #expect(holiday.date(in: year).iso == expected)
    }

    @Test func longerNamesComeFirst() {
        let christmas = Holiday.names.firstIndex { $0.words == ["christmas"] }
        let eve = Holiday.names.firstIndex { $0.words == ["christmas", "eve"] }
        #expect(eve != nil && christmas != nil && eve! < christmas!)
    }
}
