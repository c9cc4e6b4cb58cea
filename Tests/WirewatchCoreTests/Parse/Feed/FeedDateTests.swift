import Testing
import WirewatchCore

@Suite struct FeedDateTests {
    @Test(arguments: [
        ("Thu, 08 Feb 2024 10:30:00 GMT", "2024-02-08T10:30:00Z"),
        ("08 Feb 2024 10:30:00 +0100", "2024-02-08T10:30:00+01:00"),
        ("Thu,  8 Feb  2024 10:30 EST", "2024-02-08T10:30:00-05:00"),
        ("Thu, 08 Feb 24 10:30:00 PST", "2024-02-08T10:30:00-08:00"),
        ("Thu 08 Feb 2024 10:30:00 +0000", "2024-02-08T10:30:00Z"),
        ("Thu, 08 Feb 2024 10:30:00 -0500 (EST)", "2024-02-08T10:30:00-05:00"),
        ("Thu, 08 Feb 2024 10:30:00 XYZ", "2024-02-08T10:30:00"),
        ("2024-02-08T10:30:00+01:00", "2024-02-08T10:30:00+01:00"),
        ("2024-02-08T10:30:00.000+0100", "2024-02-08T10:30:00+01:00"),
        ("2024-02-08T10:30Z", "2024-02-08T10:30:00Z"),
        ("  2024-02-08  ", "2024-02-08"),
        ("2024-02", "2024-02"),
        ("2024", "2024"),
        ("thu, 08 feb 2024 10:30:00 gmt", "2024-02-08T10:30:00Z"),
    ])
    func readsRealFeedDates(raw: String, expected: String) {
        #expect(FeedDate.parse(raw) == expected)
    }

    @Test(arguments: ["", "soon", "32 Feb 2024", "Thu, 08 Foo 2024", "2024-13"])
    func unreadableDatesAreNil(raw: String) {
        #expect(FeedDate.parse(raw) == nil)
    }
}
