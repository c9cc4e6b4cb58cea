import Foundation
import Testing
@testable import WirewatchCore

/// The entity stage with the shipped model on raw news text written for these tests: curly
/// quotes, possessives, datelines, headlines, names the training data never saw.
@Suite struct EntityStageTests {
    private func entities(_ text: String) throws -> [Entity] {
        try Fixtures.plan().run(try Fixtures.document(text)).entities
    }

    private func find(_ entities: [Entity], _ name: String) -> Entity? {
        entities.first { $0.name == name }
    }

    @Test func rawNewsText() throws {
        let text = """
            Dam talks stall as drought deepens

            NAIROBI, March 3 (Wirewatch) — Kenya’s energy minister, Wanjiru Kamau, said on Tuesday that talks with Ethiopia over the Grand Renaissance Dam had stalled. “We will not accept delays,” Kamau told reporters in Nairobi.
            Ethiopian officials did not respond. The African Union (AU) has offered to mediate, and the AU’s envoy is expected in Addis Ababa next week.
            """
        let found = try entities(text)
        let kamau = try #require(find(found, "Wanjiru Kamau"))
        #expect(kamau.type == "PERSON")
        #expect(kamau.mentions.count == 2)
        let kenya = try #require(found.first { $0.name == "Kenya" })
        #expect(kenya.type == "GPE")
        #expect(kenya.country == "KE")
        let nairobi = try #require(found.first { $0.name == "Nairobi" || $0.name == "NAIROBI" })
        #expect(nairobi.type == "GPE")
        #expect(nairobi.geo != nil)
        let union = try #require(find(found, "African Union"))
        #expect(union.type == "ORG")
        #expect(union.mentions.count >= 2)
        #expect(found.first { $0.name == "Ethiopian" }?.type == "NORP")
        #expect(found.first { $0.name == "Ethiopian" }?.country == "ET")
    }

    @Test func equipmentAndMentionsOfOneCountry() throws {
        let text = "The United States sent more F-16 jets and HIMARS launchers to Poland. U.S. officials said the Su-25 was shot down by a Stinger missile. The US also pledged T-90M spare parts."
        let found = try entities(text)
        let equipment = Set(found.filter { $0.type == "EQUIPMENT" }.map(\.name))
        #expect(equipment.isSuperset(of: ["F-16", "Su-25", "T-90M", "HIMARS", "Stinger"]))
        let states = try #require(find(found, "United States"))
        #expect(states.mentions.count == 3)
        #expect(states.country == "US")
    }

    @Test func aNameEndsBeforeAColon() throws {
        let document = try TokenizationStage().process(try Fixtures.document("WALLACE: Let us start. : Here"))
        var text = document.text
        text.withUTF8 { bytes in
            // Tokens: WALLACE : Let us start . : Here
            #expect(EntityStage.lastBeforeColon(bytes, document.tokens, first: 0, last: 2) == 0)
            #expect(EntityStage.lastBeforeColon(bytes, document.tokens, first: 2, last: 4) == 4)
            #expect(EntityStage.lastBeforeColon(bytes, document.tokens, first: 6, last: 7) == nil)
        }
    }

    @Test func mentionsHaveTheirOwnText() throws {
        let document = try Fixtures.plan().run(try Fixtures.document("Pope Francis met President Emmanuel Macron in Rome."))
        for entity in document.entities {
            for mention in entity.mentions {
                let bytes = Array(document.text.utf8)[mention.span.start..<mention.span.end]
                #expect(!bytes.isEmpty)
            }
        }
        #expect(document.entities.contains { $0.name == "Emmanuel Macron" && $0.type == "PERSON" })
        #expect(document.entities.contains { $0.name == "Rome" && $0.type == "GPE" && $0.country == "IT" })
    }

    /// CoNLL-2003 dev through the whole pipeline, where `../shared/data` is present: exact-span
    /// F1 over PER, ORG, LOC and MISC stays at the target.
    @Test func conllDevelopmentF1() throws {
        let path = Fixtures.root.deletingLastPathComponent().appendingPathComponent("shared/data/ner/conll2003/dev.jsonl")
        guard let data = FileManager.default.contents(atPath: path.path) else {
            print("skipped: \(path.path) is absent")
            return
        }
        let plan = try Fixtures.plan()
        var correct = 0
        var predicted = 0
        var gold = 0
        for line in data.split(separator: 0x0A) {
            let object = try #require(try JSONSerialization.jsonObject(with: Data(line)) as? [String: Any])
            let text = try #require(object["text"] as? String)
            let document = try plan.run(try PlainTextParser().document(text: text, id: nil, item: nil, file: "dev", published: nil, title: nil, received: Fixtures.received))
            let offsets = ScalarOffsets(document.text)
            var mine = Set<String>()
            for entity in document.entities {
                let coarse: String
                switch entity.type {
                case "PERSON": coarse = "PER"
                case "ORG": coarse = "ORG"
                case "GPE", "LOC", "FAC": coarse = "LOC"
                case "NORP", "EVENT", "MISC": coarse = "MISC"
                default: continue
                }
                for mention in entity.mentions where mention.kind == .name {
                    let (start, end) = offsets.scalars(mention.span)
                    mine.insert("\(start):\(end):\(coarse)")
                }
            }
            var theirs = Set<String>()
            for case let entity as [String: Any] in object["entities"] as? [Any] ?? [] {
                theirs.insert("\(entity["start"] ?? 0):\(entity["end"] ?? 0):\(entity["coarse"] ?? "")")
            }
            correct += mine.intersection(theirs).count
            predicted += mine.count
            gold += theirs.count
        }
        let precision = Double(correct) / Double(max(predicted, 1))
        let recall = Double(correct) / Double(max(gold, 1))
        let f1 = 2 * precision * recall / max(precision + recall, 1e-9)
        print("CoNLL-2003 dev pipeline F1 \(f1)")
        #expect(f1 >= 0.905)
    }
}
