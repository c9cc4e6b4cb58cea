import Foundation
import WirewatchCore

/// `wirewatch eval ner GOLD.jsonl`: runs the article pipeline on each record's text and scores
/// the entities against the gold spans: exact-span precision, recall and F1, overall and per
/// coarse type (PER; ORG; LOC = GPE + LOC + FAC; MISC = NORP + EVENT + MISC). EQUIPMENT is
/// reported on its own and left out of the scores, since the gold has no such type.
public struct NEREvaluation: Sendable {
    public let plan: PipelinePlan
    public let gold: String
    public let limit: Int?

    public init(plan: PipelinePlan, gold: String, limit: Int?) {
        self.plan = plan
        self.gold = gold
        self.limit = limit
    }

    static func coarse(_ type: String) -> String? {
        switch type {
        case "PERSON": "PER"
        case "ORG": "ORG"
        case "GPE", "LOC", "FAC": "LOC"
        case "NORP", "EVENT", "MISC": "MISC"
        default: nil
        }
    }

    public func run(report: (String) -> Void) -> Int32 {
        let documents: [GoldDocument]
        do throws(SystemError) {
            documents = try GoldDocument.read(gold).documents
        } catch {
            report("cannot read \(gold): \(error)")
            return 1
        }
        let selected = limit.map { Array(documents.prefix($0)) } ?? documents
        var counts: [String: (correct: Int, predicted: Int, gold: Int)] = [:]
        var equipment = 0
        var tokens = 0
        var nanos: Int64 = 0
        for document in selected {
            let source = Source(file: document.id, format: .jsonl, item: nil, sha256: "", encoding: "utf-8", received: Date())
            let started = MonotonicClock.now()
            let processed: Document
            do throws(StageFailure) {
                processed = try plan.run(Document(source: source, text: document.text))
            } catch {
                report("\(document.id): \(error)")
                continue
            }
            nanos += MonotonicClock.now() - started
            tokens += processed.tokens.count
            let offsets = ScalarOffsets(processed.text)
            var predicted = Set<[String]>()
            for entity in processed.entities {
                guard let type = Self.coarse(entity.type) else {
                    if entity.type == "EQUIPMENT" { equipment += entity.mentions.count }
                    continue
                }
                for mention in entity.mentions where mention.kind == .name {
                    let (start, end) = offsets.scalars(mention.span)
                    predicted.insert(["\(start)", "\(end)", type])
                }
            }
            let expected = Set(document.scalarEntities.map { ["\($0.start)", "\($0.end)", $0.coarse] })
            for type in ["PER", "ORG", "LOC", "MISC"] {
                let p = predicted.filter { $0[2] == type }
                let g = expected.filter { $0[2] == type }
                var entry = counts[type] ?? (0, 0, 0)
                entry.correct += p.intersection(g).count
                entry.predicted += p.count
                entry.gold += g.count
                counts[type] = entry
            }
        }
        func line(_ label: String, _ c: (correct: Int, predicted: Int, gold: Int)) -> String {
            let precision = c.predicted > 0 ? Double(c.correct) / Double(c.predicted) : 0
            let recall = c.gold > 0 ? Double(c.correct) / Double(c.gold) : 0
            let f1 = precision + recall > 0 ? 2 * precision * recall / (precision + recall) : 0
            return String(format: "%-8@ precision %.4f  recall %.4f  F1 %.4f  (gold %d, predicted %d, correct %d)",
                label, precision, recall, f1, c.gold, c.predicted, c.correct)
        }
        report("documents \(selected.count), tokens \(tokens)")
        var total = (correct: 0, predicted: 0, gold: 0)
        for type in ["PER", "ORG", "LOC", "MISC"] {
            let c = counts[type] ?? (0, 0, 0)
            total.correct += c.correct
            total.predicted += c.predicted
            total.gold += c.gold
            report(line(type, c))
        }
        report(line("overall", total))
        report("EQUIPMENT mentions (not scored): \(equipment)")
        let seconds = Double(nanos) / 1e9
        report(String(format: "pipeline tokens/s: %.0f (one core, all stages)", Double(tokens) / max(seconds, 1e-9)))
        return 0
    }
}
