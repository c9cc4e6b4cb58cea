import Testing
import WirewatchCore

@Suite struct HeaderDateTests {
    @Test(arguments: [
        ("2024-02-08", "2024-02-08"),
        ("2024-02-08T10:30:00Z", "2024-02-08T10:30:00Z"),
        ("2024-02-08T10:30:00.123+03:00", "2024-02-08T10:30:00+03:00"),
        ("2024-02-08 10:30", "2024-02-08T10:30:00"),
        ("Thu, 08 Feb 2024 10:30:00 +0000", "2024-02-08T10:30:00Z"),
        ("Thu, 8 Feb 2024 10:30:00 GMT", "2024-02-08T10:30:00Z"),
        ("8 Feb 2024 10:30 -0500", "2024-02-08T10:30:00-05:00"),
        ("Thursday, 08 February 2024 10:30:00 EST", "2024-02-08T10:30:00-05:00"),
        ("08 Feb 24", "2024-02-08"),
        ("February 8, 2024", "2024-02-08"),
        ("Feb. 8 2024", "2024-02-08"),
    ])
    func parsesWholeValues(input: String, expected: String) {
        #expect(HeaderDate.parse(input) == expected)
    }

    @Test(arguments: ["2024-02-30", "2024-13-01", "yesterday", "Feb 30, 2024", "20240208", "2024-02-08x"])
    func rejectsInvalidDates(input: String) {
        #expect(HeaderDate.parse(input) == nil)
    }

    @Test func reportsHowMuchOfALineItUsed() throws {
        let match = try #require(HeaderDate.parsePrefix("2024-02-08 The body starts here."))
        #expect(match.value == "2024-02-08")
        #expect(match.length == 10)
    }
}
