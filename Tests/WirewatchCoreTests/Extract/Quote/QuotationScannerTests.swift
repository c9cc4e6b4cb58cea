import Testing
@testable import WirewatchCore

/// Quotation marks on sentences written for the tests.
@Suite struct QuotationScannerTests {
    /// The quoted texts (marks included) the scanner finds.
    private func quotations(_ text: String) throws -> [String] {
        let document = try TokenizationStage().process(try Fixtures.document(text))
        var body = document.text
        return body.withUTF8 { bytes in
            QuotationScanner().scan(bytes, document.tokens).map { quotation in
                let start = document.tokens[quotation.open].span.start
                let end = document.tokens[quotation.close].span.end
                return String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self)
            }
        }
    }

    @Test(arguments: [
        ("“We will stay,” he said.", ["“We will stay,”"]),
        ("\"We will stay,\" he said.", ["\"We will stay,\""]),
        ("«Nous restons», a-t-il dit.", ["«Nous restons»"]),
        ("‘We will stay,’ he said.", ["‘We will stay,’"]),
        ("'We will stay,' he said.", ["'We will stay,'"]),
        ("''We will stay,'' he said.", ["''We will stay,''"]),
    ])
    func everyKindOfMark(text: String, expected: [String]) throws {
        #expect(try quotations(text) == expected)
    }

    @Test func apostrophesAreNotQuotationMarks() throws {
        #expect(try quotations("Putin’s aides didn’t play rock ’n’ roll in the ’90s.").isEmpty)
        #expect(try quotations("The dogs' bowls and the cats' toys weren't there.").isEmpty)
        #expect(try quotations("“Putin’s plan didn’t work,” she said.") == ["“Putin’s plan didn’t work,”"])
    }

    @Test func aQuoteRunsOnWhenTheNextParagraphOpensWithAMark() throws {
        let text = "“The first paragraph ends open.\n\n“The second one closes,” she said.\n\nNo quote here."
        #expect(try quotations(text) == ["“The first paragraph ends open.\n\n“The second one closes,”"])
    }

    @Test func anUnclosedQuoteEndsWithItsParagraph() throws {
        let text = "He said “this never closes and goes on.\n\nThe next paragraph is narrative."
        #expect(try quotations(text) == ["“this never closes and goes on."])
    }

    @Test func nestedQuotesBelongToTheOuterOne() throws {
        let text = "“He told me ‘never again’ and left,” she said."
        #expect(try quotations(text) == ["“He told me ‘never again’ and left,”"])
    }

    @Test func anInnerQuoteLeftOpenDoesNotKeepTheOuterOneOpen() throws {
        let text = "“He always whispered, ‘You are the Queen,'” she said. “Later,” he said."
        #expect(try quotations(text) == ["“He always whispered, ‘You are the Queen,'”", "“Later,”"])
    }

    @Test func misTypedClosingMarksStillClose() throws {
        #expect(try quotations("“Apparently not,“ he said.") == ["“Apparently not,“"])
        #expect(try quotations("“I fundamentally disagree,\" said the general.") == ["“I fundamentally disagree,\""])
    }

    @Test func emptyQuotesAreIgnored() throws {
        #expect(try quotations("The field was \"\" and “” in the form.").isEmpty)
    }
}
