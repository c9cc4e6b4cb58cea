import Foundation
import WirewatchCore

/// `wirewatch eval quotes GOLD.jsonl…`: content, cue and speaker measures of the attributions
/// against PolNeAR-style gold.
///
/// Each record's `text` runs through the whole pipeline with `publication_date` as its date.
/// Content spans match exactly (same code point offsets) or by overlap: the shared tokens are at
/// least half of each span's tokens; matching is one to one, best overlap first. Cue F1 counts
/// overlapping cue spans. Speaker accuracy is over overlap-matched attributions: right when the
/// predicted speaker span, or any mention of the entity it resolved to, overlaps the gold
/// source span (and when both have no source). Direct figures compare gold content in quotation
/// marks with predicted `direct` quotes. Predicted `partial` quotes are fragments of a reported
/// attribution already counted, so they are not scored on their own.
public struct QuoteEvaluation: Sendable {
    public let plan: PipelinePlan
    public let gold: [String]
    public let limit: Int?

    public init(plan: PipelinePlan, gold: [String], limit: Int?) {
        self.plan = plan
        self.gold = gold
        self.limit = limit
    }

    /// Counts of one family of attributions (all, or direct only).
    struct Tally {
        var predicted = 0
        var expected = 0
        var exact = 0
        var overlap = 0
        var speakerRight = 0

        func line(_ name: String) -> String {
            func f1(_ correct: Int) -> (Double, Double, Double) {
                let precision = predicted > 0 ? Double(correct) / Double(predicted) : 0
                let recall = expected > 0 ? Double(correct) / Double(expected) : 0
                return (precision, recall, precision + recall > 0 ? 2 * precision * recall / (precision + recall) : 0)
            }
            let (ep, er, ef) = f1(exact)
            let (op, or, of) = f1(overlap)
            let speaker = overlap > 0 ? Double(speakerRight) / Double(overlap) : 0
            return String(
                format: "%@: gold %d, predicted %d\n  content exact    P %.4f  R %.4f  F1 %.4f\n  content overlap  P %.4f  R %.4f  F1 %.4f\n  speaker accuracy %.4f (of %d matched)",
                name, expected, predicted, ep, er, ef, op, or, of, speaker, overlap)
        }
    }

    struct GoldAttribution {
        var content: (Int, Int)
        var speaker: (Int, Int)?
        var cue: (Int, Int)?
        var direct: Bool
    }

    struct Predicted {
        var content: (Int, Int)
        var speakers: [(Int, Int)]
        var hasSpeaker: Bool
        var cue: (Int, Int)?
        var direct: Bool
    }

    public func run(report: (String) -> Void) -> Int32 {
        var all = Tally()
        var direct = Tally()
        var cuePredicted = 0
        var cueExpected = 0
        var cueMatched = 0
        var documents = 0
        var bytes = 0
        var stageNanos: Int64 = 0
        var kinds: [String: Int] = [:]
        // The stages up to the quote stage run as a plan; the quote stage then runs once, timed.
        // (What follows it changes no quote or entity.)
        let quoteStage = plan.extract.first { $0.name == "quotes" }
        let before = plan.extract.prefix { $0.name != "quotes" }
        let records: GoldRecords
        do throws(StageFailure) {
            records = GoldRecords(
                plan: quoteStage == nil ? plan : try PipelinePlan(extract: Array(before), enrich: []), paths: gold, limit: limit,
                dateField: "publication_date")
        } catch {
            report("pipeline: \(error.reason)")
            return 1
        }
        let read = records.forEach(report: report) { object, prepared, _ in
            documents += 1
            var processed = prepared
            if let quoteStage {
                let started = MonotonicClock.now()
                processed = (try? quoteStage.process(prepared)) ?? prepared
                stageNanos += MonotonicClock.now() - started
            }
            bytes += processed.text.utf8.count
            let offsets = ScalarOffsets(processed.text)
            let tokenStarts = processed.tokens.map { offsets.scalars($0.span).0 }
            var entityMentions: [String: [(Int, Int)]] = [:]
            for entity in processed.entities {
                entityMentions[entity.id] = entity.mentions.map { offsets.scalars($0.span) }
            }
            let mine: [Predicted] = processed.quotes.compactMap { quote in
                kinds[quote.kind.rawValue + "/" + quote.sourceKind.rawValue, default: 0] += 1
                guard quote.kind != .partial else { return nil }
                var speakers: [(Int, Int)] = []
                if let speaker = quote.speaker {
                    speakers.append(offsets.scalars(speaker.span))
                    if let entity = speaker.entity { speakers += entityMentions[entity] ?? [] }
                }
                return Predicted(
                    content: offsets.scalars(quote.span), speakers: speakers, hasSpeaker: quote.speaker != nil,
                    cue: quote.cue.map { offsets.scalars($0) }, direct: quote.kind == .direct)
            }
            var theirs: [GoldAttribution] = []
            for case let quote as [String: Any] in object["quotes"] as? [Any] ?? [] {
                guard let start = quote["start"] as? Int, let end = quote["end"] as? Int else { continue }
                var speaker: (Int, Int)?
                if let s = quote["speaker_start"] as? Int, let e = quote["speaker_end"] as? Int { speaker = (s, e) }
                var cue: (Int, Int)?
                if let s = quote["cue_start"] as? Int, let e = quote["cue_end"] as? Int { cue = (s, e) }
                theirs.append(GoldAttribution(content: (start, end), speaker: speaker, cue: cue, direct: quote["direct_heuristic"] as? Bool ?? false))
            }
            Self.score(mine, theirs, tokenStarts: tokenStarts, into: &all)
            Self.score(mine.filter(\.direct), theirs.filter(\.direct), tokenStarts: tokenStarts, into: &direct)
            // Cues: one-to-one by overlap.
            let predictedCues = mine.compactMap(\.cue)
            let goldCues = theirs.compactMap(\.cue)
            cuePredicted += predictedCues.count
            cueExpected += goldCues.count
            var used = Set<Int>()
            for cue in goldCues {
                if let index = predictedCues.indices.first(where: { !used.contains($0) && predictedCues[$0].0 < cue.1 && cue.0 < predictedCues[$0].1 }) {
                    used.insert(index)
                    cueMatched += 1
                }
            }
        }
        guard read else { return 1 }
        report("documents \(documents)")
        report(all.line("all attributions"))
        report(direct.line("direct quotes"))
        let cueP = cuePredicted > 0 ? Double(cueMatched) / Double(cuePredicted) : 0
        let cueR = cueExpected > 0 ? Double(cueMatched) / Double(cueExpected) : 0
        report(String(format: "cue              P %.4f  R %.4f  F1 %.4f", cueP, cueR, cueP + cueR > 0 ? 2 * cueP * cueR / (cueP + cueR) : 0))
        report("predicted kinds: " + kinds.sorted { $0.key < $1.key }.map { "\($0.key) \($0.value)" }.joined(separator: ", "))
        report(String(format: "quote stage MB/s: %.1f (one core)", Double(bytes) / 1e6 / max(Double(stageNanos) / 1e9, 1e-9)))
        return 0
    }

    /// Matches predictions to gold one to one (`QuoteStage.overlapMatches`) and adds to `tally`.
    static func score(_ mine: [Predicted], _ theirs: [GoldAttribution], tokenStarts: [Int], into tally: inout Tally) {
        tally.predicted += mine.count
        tally.expected += theirs.count
        func tokens(_ span: (Int, Int)) -> Range<Int> {
            let first = tokenStarts.partitionPoint { $0 < span.0 }
            let end = tokenStarts.partitionPoint { $0 < span.1 }
            return first..<max(first, end)
        }
        let matches = QuoteStage.overlapMatches(gold: theirs.map { tokens($0.content) }, predicted: mine.map { tokens($0.content) })
        for pair in matches {
            tally.overlap += 1
            let expected = theirs[pair.gold]
            let predicted = mine[pair.predicted]
            if expected.content == predicted.content { tally.exact += 1 }
            if let speaker = expected.speaker {
                if predicted.speakers.contains(where: { $0.0 < speaker.1 && speaker.0 < $0.1 }) { tally.speakerRight += 1 }
            } else if !predicted.hasSpeaker {
                tally.speakerRight += 1
            }
        }
    }
}
