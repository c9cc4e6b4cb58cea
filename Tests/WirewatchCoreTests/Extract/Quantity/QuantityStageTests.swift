import Testing
@testable import WirewatchCore

/// Quantities in sentences written for the tests.
@Suite struct QuantityStageTests {
    private func quantities(_ text: String) throws -> [Quantity] {
        var document = try TokenizationStage().process(try Fixtures.document(text))
        document.published = "2024-02-08"
        document = try TimeExpressionStage().process(document)
        return try QuantityStage().process(document).quantities
    }

    private func text(_ source: String, _ quantity: Quantity) -> String {
        String(decoding: Array(source.utf8)[quantity.span.start..<quantity.span.end], as: UTF8.self)
    }

    @Test func countsWithTheirNounsAndModifiers() throws {
        let sentence = "The ferry carried nine crew members, 120 Greek passengers and four Italian navy officers."
        let found = try quantities(sentence)
        #expect(found.map { text(sentence, $0) } == ["nine crew members", "120 Greek passengers", "four Italian navy officers"])
        #expect(found.map(\.value) == [9, 120, 4])
        #expect(found.map(\.unit) == ["crew members", "passengers", "navy officers"])
        #expect(found[1].modifiers == ["Greek"])
        #expect(found[2].modifiers == ["Italian"])
    }

    @Test func moneyPercentagesAndScales() throws {
        let sentence = "The deal is worth $1.2 billion, up 12 percent, after a £600m loss and 3,500 roubles in fees."
        let found = try quantities(sentence)
        #expect(found.count == 4)
        #expect(found[0].value == 1_200_000_000)
        #expect(found[0].currency == "USD")
        #expect(found[0].kind == .money)
        #expect(found[1].kind == .percent)
        #expect(found[1].value == 12)
        #expect(found[2].value == 600_000_000)
        #expect(found[2].currency == "GBP")
        #expect(found[3].value == 3500)
        #expect(found[3].currency == "RUB")
    }

    @Test func measuresConvertToSI() throws {
        let found = try quantities("The convoy drove 12 miles across 40 hectares carrying 3 tonnes of grain.")
        #expect(found.map(\.kind) == [.measure, .measure, .measure])
        #expect(abs((found[0].si?.value ?? 0) - 19312.128) < 0.001)
        #expect(found[0].si?.unit == "m")
        #expect(found[1].si?.value == 400_000)
        #expect(found[2].si?.value == 3000)
        #expect(found[2].si?.unit == "kg")
    }

    @Test func qualifiersApproximationsAndRanges() throws {
        let sentence = "About 300 workers joined, more than 1,000 people marched, hundreds of volunteers helped and between 40 and 50 buses ran."
        let found = try quantities(sentence)
        #expect(found.map { text(sentence, $0) } == [
            "About 300 workers", "more than 1,000 people", "hundreds of volunteers", "between 40 and 50 buses",
        ])
        #expect(found[0].qualifier == "about" && found[0].approximate)
        #expect(found[1].qualifier == "more than" && !found[1].approximate)
        #expect(found[2].approximate && found[2].value == 100)
        #expect(found[3].value == 40 && found[3].maximum == 50)
    }

    @Test func numbersThatAreNotQuantities() throws {
        let found = try quantities("In 2023 the Il-76 and two F-16 jets flew for three days; call 555-0134 or visit 10 Downing Street at 10:30.")
        #expect(found.map(\.value) == [2])
        #expect(found.first?.unit == "F-16 jets" || found.first?.unit == "jets")
    }
}
