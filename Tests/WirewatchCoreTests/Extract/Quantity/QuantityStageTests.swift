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

    private func described(_ text: String) throws -> [String] {
        try quantities(text).map { quantity in
            var parts = [self.text(text, quantity), "\(quantity.value)", quantity.unit ?? "-", quantity.kind.rawValue]
            if let maximum = quantity.maximum { parts.append("max \(maximum)") }
            if let currency = quantity.currency { parts.append(currency) }
            if let qualifier = quantity.qualifier { parts.append(qualifier) }
            return parts.joined(separator: " | ")
        }
    }

    @Test func numbersInNamesReferencesAndIdiomsAreNotCounts() throws {
        #expect(try described("The Six Nations match aired on Radio 4's evening show.").isEmpty)
        #expect(try described("The PlayStation 3 console beat the Series 60 phone.").isEmpty)
        #expect(try described("No one thought so. The one he played won. They helped one another. At one point it rained.").isEmpty)
        #expect(try described("At the age of 77 he retired; the top 20 singles; chapter 11 bankruptcy; 50 Cent's entourage.").isEmpty)
        // At a sentence's start a capital is not a name, and a people is counted.
        #expect(try described("Three Russian military personnel died.") == ["Three Russian military personnel | 3.0 | personnel | count"])
        #expect(try described("Two Americans were hurt.") == ["Two Americans | 2.0 | Americans | count"])
        // In a title-case headline every word is capitalised.
        #expect(try described("Floods Kill 300 People In Bangladesh") == ["300 People | 300.0 | People | count"])
    }

    @Test func theCountedNounIsANounHead() throws {
        #expect(try described("Seven leading industrialised nations met.") == ["Seven leading industrialised nations | 7.0 | industrialised nations | count"])
        #expect(try described("About 3,000 Caribs live there.") == ["About 3,000 Caribs | 3000.0 | Caribs | count | about"])
        #expect(try described("They sold 178 million new PCs.") == ["178 million new PCs | 178000000.0 | PCs | count"])
        #expect(try described("She has three children Nora adores.") == ["three children | 3.0 | children | count"])
        #expect(try described("Only one soldier died.") == ["one soldier | 1.0 | soldier | count"])
        #expect(try described("Staff cancelled 77 short and medium-distance flights.") == ["77 short and medium-distance flights | 77.0 | medium-distance flights | count"])
    }

    @Test func fractionsAndRatios() throws {
        #expect(try described("Two thirds of voters agreed.") == ["Two thirds | \(2.0 / 3) | - | fraction"])
        #expect(try described("More than half of graduates left.") == ["More than half | 0.5 | - | fraction | more than"])
        #expect(try described("Three out of four girls and one in five loans failed.") == [
            "Three out of four girls | 0.75 | girls | fraction", "one in five loans | 0.2 | loans | fraction",
        ])
        #expect(try described("She won a third term.").isEmpty)
    }

    @Test func currenciesBeyondTheSymbols() throws {
        #expect(try described("Reserves of 86.7bn Swiss francs.") == ["86.7bn Swiss francs | 86700000000.0 | Swiss francs | money | CHF"])
        #expect(try described("It cost A$3.1bn.") == ["A$3.1bn | 3100000000.0 | AUD | money | AUD"])
        #expect(try described("Each costs 25 cents.") == ["25 cents | 0.25 | cents | money | USD"])
        #expect(try described("Shares rose to 10.75p.") == ["10.75p | 0.1075 | p | money | GBP"])
        #expect(try described("The bill is $16.4bn.") == ["$16.4bn | 16400000000.0 | USD | money | USD"])
    }

    @Test func unitsRangesSignsAndScales() throws {
        #expect(try described("Speeds of 14Mbps.") == ["14Mbps | 14.0 | Mbps | measure"])
        #expect(try described("A 12cm screen.") == ["12cm | 12.0 | cm | measure"])
        #expect(try described("She won the 60m hurdles while 18m people watched.") == [
            "60m | 60.0 | m | measure", "18m people | 18000000.0 | people | count",
        ])
        #expect(try described("Growth was -0.1% after a rise of 20-25%.") == ["-0.1% | -0.1 | percent | percent", "20-25% | 20.0 | percent | percent | max 25.0"])
        #expect(try described("The team won a 2-1 victory.").isEmpty)
        #expect(try described("She could win five or six awards.") == ["five or six awards | 5.0 | awards | count | max 6.0"])
        #expect(try quantities("She could win five or six awards.").first?.approximate == true)
        #expect(try described("It sent 300 megabits.") == ["300 megabits | 300.0 | megabits | measure"])
        #expect(try described("The rate went up to 5.5%.") == ["5.5% | 5.5 | percent | percent"])
        #expect(try described("Fines of up to 5.5% apply.") == ["up to 5.5% | 5.5 | percent | percent | up to"])
        #expect(try described("As many as 3,000 firms sold a million copies to half a dozen people.") == [
            "As many as 3,000 firms | 3000.0 | firms | count | as many as", "a million copies | 1000000.0 | copies | count",
            "half a dozen people | 6.0 | people | count",
        ])
        #expect(try described("Hundreds of millions of dollars were lost.") == ["Hundreds of millions of dollars | 100000000.0 | dollars | money | USD"])
    }
}
