import Foundation
import Testing
import WirewatchCore

@Suite struct CivilDateTests {
    @Test func roundTripsThroughDaysSinceEpoch() {
        for days in stride(from: -800_000, through: 800_000, by: 997) {
            let date = CivilDate(daysSinceEpoch: days)
            #expect(date.isValid)
            #expect(date.daysSinceEpoch == days)
        }
        #expect(CivilDate(year: 1970, month: 1, day: 1).daysSinceEpoch == 0)
        #expect(CivilDate(year: 2024, month: 2, day: 29).daysSinceEpoch == 19782)
    }

    @Test func validity() {
        #expect(CivilDate(year: 2024, month: 2, day: 29).isValid)
        #expect(!CivilDate(year: 2023, month: 2, day: 29).isValid)
        #expect(!CivilDate(year: 1900, month: 2, day: 29).isValid)
        #expect(CivilDate(year: 2000, month: 2, day: 29).isValid)
        #expect(!CivilDate(year: 2024, month: 4, day: 31).isValid)
        #expect(!CivilDate(year: 2024, month: 13, day: 1).isValid)
    }

    @Test func formatsRFC3339InUTC() {
        #expect(CivilDate.rfc3339(Date(timeIntervalSince1970: 0)) == "1970-01-01T00:00:00.000Z")
        #expect(CivilDate.rfc3339(Date(timeIntervalSince1970: 1_707_386_400.25)) == "2024-02-08T10:00:00.250Z")
        #expect(CivilDate.rfc3339(Date(timeIntervalSince1970: -1)) == "1969-12-31T23:59:59.000Z")
    }
}
