import Testing
import WirewatchCore

@Suite struct HeaderParserTests {
    private func body(_ text: String, _ result: HeaderParser.Result) -> String {
        String(decoding: Array(text.utf8)[result.bodyStart...], as: UTF8.self)
    }

    @Test func colonHeadersEndAtABlankLine() {
        let text = "Title: Bridge closes\nDATE: 2024-03-14\nAuthor: A. Writer; B. Writer\nurl: https://example.org/x\nLanguage: en-GB\nsource: Wire\n\nBody text."
        let result = HeaderParser.parse(text)
        #expect(result.headers.title == "Bridge closes")
        #expect(result.headers.date == "2024-03-14")
        #expect(result.headers.authors == ["A. Writer", "B. Writer"])
        #expect(result.headers.url == "https://example.org/x")
        #expect(result.headers.language == "en-gb")
        #expect(result.headers.source == "Wire")
        #expect(body(text, result) == "Body text.")
    }

    @Test func aDateHeaderMayShareItsLineWithTheBody() {
        let text = " date 2024-02-08 The ministry said on Thursday that talks would resume."
        let result = HeaderParser.parse(text)
        #expect(result.headers.date == "2024-02-08")
        #expect(body(text, result) == "The ministry said on Thursday that talks would resume.")
    }

    @Test func headersEndAtTheFirstLineThatIsNotOne() {
        let text = "date: 2024-01-10\nThe library reopened.\ntitle: not a header any more"
        let result = HeaderParser.parse(text)
        #expect(result.headers.date == "2024-01-10")
        #expect(result.headers.title == nil)
        #expect(body(text, result).hasPrefix("The library reopened."))
    }

    @Test func proseThatStartsWithAKeyIsNotAHeader() {
        for text in ["Title IX complaints rose sharply last year.\nMore text.", "Source code leaks worry banks\nBody.", "Dated policies remain."] {
            let result = HeaderParser.parse(text)
            #expect(result.headers.isEmpty, "\(text)")
            #expect(result.bodyStart == 0)
        }
    }

    @Test func colonlessUncheckableHeadersNeedABlankLineOrACheckedHeader() {
        let closed = HeaderParser.parse("title Bridge closes\n\nBody.")
        #expect(closed.headers.title == "Bridge closes")
        let withDate = HeaderParser.parse("date 2024-03-14\ntitle Bridge closes\nBody.")
        #expect(withDate.headers.title == "Bridge closes")
        #expect(withDate.headers.date == "2024-03-14")
    }

    @Test func badValuesInColonHeadersAreWarnings() {
        let result = HeaderParser.parse("date: soon\nlanguage: English!\n\nBody.")
        #expect(result.headers.date == nil)
        #expect(result.headers.language == nil)
        #expect(result.warnings.count == 2)
    }

    @Test func textWithoutHeaders() {
        let result = HeaderParser.parse("\n\nJust a body.")
        #expect(result.headers.isEmpty)
        #expect(body("\n\nJust a body.", result) == "Just a body.")
    }
}
