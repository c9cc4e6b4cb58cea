import Foundation
import Testing
import WirewatchCore

@Suite struct DatelineStageTests {
    /// Received 2024-02-09 12:00 UTC.
    private func published(_ text: String, header: String? = nil) throws -> (String?, String?) {
        var document = try TokenizationStage().process(
            try PlainTextParser().parse(RawInput(name: "a.txt", bytes: Array(text.utf8), received: Date(timeIntervalSince1970: 1_707_480_000))))
        if let header {
            document.published = header
            document.publishedFrom = "header"
        }
        let result = try DatelineStage().process(document)
        return (result.published, result.publishedFrom)
    }

    @Test func datelinesGiveThePublicationDate() throws {
        #expect(try published("LONDON 1996-08-30 Shares fell on Friday.") == ("1996-08-30", "dateline"))
        #expect(try published("WASHINGTON, Jan. 5, 2024 — The Senate voted.") == ("2024-01-05", "dateline"))
        #expect(try published("Feb. 8 (Reuters) - Oil prices rose.") == ("2024-02-08", "dateline"))
    }

    @Test func onlyAnOpeningDatelineCounts() throws {
        #expect(try published("The council said on Feb. 8 that it would vote.") == (nil, nil))
        #expect(try published("LONDON 1996-08-30 Shares fell.", header: "2001-01-01") == ("2001-01-01", "header"))
    }
}
