import Foundation
import WirewatchCore

/// `wirewatch train quotes`: trains the attribution model on PolNeAR-style JSONL and writes
/// `quotes.model`: the filter on the rules' reported speech (logistic regression) and the
/// attribution tagger (a CRF over content, cue and source).
///
/// Each record's `text` goes through tokenisation and the entity stage, then the quote rules;
/// the record's `quotes` (content, cue and speaker spans in code points) are the gold. The
/// filter learns which of the rules' indirect attributions match a gold one; the tagger reads
/// the rules' findings as features. Both are the last epoch's: no development data chooses
/// anything, so `wirewatch eval quotes` on held-out data measures them cleanly.
public struct QuoteTraining: Sendable {
    public struct Options: Sendable {
        public var train: [String]
        public var output: String?
        public var epochs = 30
        public var seed: UInt64 = 1
        /// 2^14 buckets × 13 tags is 213 KB: small enough to stay in a core's L2 cache, which
        /// the stage's speed depends on (about a quarter faster than 2^16 here); on held-out
        /// PolNeAR train it scored as 2^16 did (0.703 against 0.701).
        public var buckets = 1 << 14
        public var l2 = 1.0
        public var rate = 0.001
        /// The filter drops a rule attribution below this probability. 0.5 (drop what is more
        /// likely wrong than right) scored best on a held-out tenth of PolNeAR train, with 0.4
        /// to 0.7 within 0.003 of it: where the filter doubts the rules, the tagger's span is
        /// usually the better one.
        public var filterThreshold: Float = 0.5
        /// Word clusters (`scripts/build-word-clusters.py` output) for the tagger's features; the
        /// model carries them. Without them the tagger has no cluster features. With them it
        /// scored 0.708 against 0.700 on a held-out tenth of PolNeAR train.
        public var clusters: String?

        public init(train: [String]) {
            self.train = train
        }
    }

    public let options: Options
    public let dataDirectory: String

    public init(options: Options, dataDirectory: String) {
        self.options = options
        self.dataDirectory = dataDirectory
    }

    /// Trains and writes the model; `report` receives progress lines. Returns the exit status.
    public func run(report: (String) -> Void) -> Int32 {
        let started = MonotonicClock.now()
        guard options.buckets > 0, options.buckets & (options.buckets - 1) == 0, options.epochs > 0 else {
            report("buckets must be a power of two and epochs positive")
            return 2
        }
        guard (0...1).contains(options.filterThreshold) else {
            report("the filter threshold is a probability, from 0 to 1")
            return 2
        }
        let plan: PipelinePlan
        do throws(StageFailure) {
            let entities = EntityStage(model: try ModelResources.model(dataDirectory), lexicons: ModelResources.lexicons(dataDirectory))
            plan = try PipelinePlan(extract: [TokenizationStage(), entities], enrich: [])
        } catch {
            report("pipeline: \(error.reason)")
            return 1
        }
        var clusters = WordClusters.none
        if let path = options.clusters {
            do throws(StageFailure) {
                clusters = try ModelResources.wordClusters(path)
            } catch {
                report(error.reason)
                return 1
            }
            report("clusters: \(clusters.count) entries from \(path)")
        }
        let rules = QuoteStage(lexicons: ModelResources.lexicons(dataDirectory))
        var examples: [CRFTrainer.Example] = []
        var filterExamples: [AttributionFilterTrainer.Example] = []
        let filterTrainer = AttributionFilterTrainer(seed: options.seed, threshold: options.filterThreshold)
        var attributions = 0
        let records = GoldRecords(plan: plan, paths: options.train, limit: nil, dateField: "publication_date")
        let read = records.forEach(report: report) { object, processed, _ in
            let offsets = GoldDocument.byteOffsets(processed.text)
            func byte(_ scalar: Any?) -> Int? {
                (scalar as? Int).map { offsets[min(max($0, 0), offsets.count - 1)] }
            }
            func span(_ start: Any?, _ end: Any?) -> Span? {
                guard let start = byte(start), let end = byte(end), end > start else { return nil }
                return Span(start: start, end: end)
            }
            var gold: [QuoteStage.GoldAttribution] = []
            for case let quote as [String: Any] in object["quotes"] as? [Any] ?? [] {
                guard let content = span(quote["start"], quote["end"]) else { continue }
                gold.append(
                    QuoteStage.GoldAttribution(
                        content: content, cue: span(quote["cue_start"], quote["cue_end"]),
                        source: span(quote["speaker_start"], quote["speaker_end"])))
            }
            attributions += gold.count
            examples.append(rules.trainingExample(processed, gold: gold, buckets: options.buckets, clusters: clusters))
            filterExamples += rules.filterExamples(processed, gold: gold, buckets: filterTrainer.buckets)
        }
        guard read else { return 1 }
        let tokens = examples.reduce(0) { $0 + $1.tokenCount }
        report("train: \(examples.count) documents, \(tokens) tokens, \(attributions) attributions")
        let right = filterExamples.filter(\.right).count
        report("filter: \(filterExamples.count) indirect attributions of the rules, \(right) of them right")
        let filter = filterTrainer.train(filterExamples) { epoch, loss in
            if epoch == filterTrainer.epochs { report(String(format: "filter epoch %d  log loss %.4f", epoch, loss)) }
        }
        let trainer = CRFTrainer(
            tagSet: .attribution, buckets: options.buckets, epochs: options.epochs, seed: options.seed, l2: options.l2,
            rate: options.rate)
        let files = options.train.map { ($0 as NSString).lastPathComponent }.joined(separator: ", ")
        let clusterFile = options.clusters.map { ", word clusters from \(($0 as NSString).lastPathComponent)" } ?? ""
        let tagger = trainer.train(
            examples,
            provenance: "CRF (SGD, l2 \(options.l2), rate \(options.rate)), \(options.buckets) buckets, \(options.epochs) epochs, seed \(options.seed), trained on \(files)\(clusterFile)"
        ) { epoch, loss in
            report(String(format: "epoch %2d  loss per token %.4f", epoch, loss))
        }
        let output = options.output ?? ModelResources.quotesModelPath(dataDirectory)
        let model = AttributionModel(
            filter: filter, clusters: clusters, tagger: tagger,
            provenance: "logistic regression (SGD, l2 \(filterTrainer.l2), rate \(filterTrainer.rate)), \(filterTrainer.buckets) buckets, \(filterTrainer.epochs) epochs, threshold \(options.filterThreshold), seed \(options.seed), trained on \(files)")
        let size: Int
        do throws(SystemError) {
            size = try ModelResources.write(model.serialized(), to: output)
        } catch {
            report("cannot write \(output): \(error)")
            return 1
        }
        let seconds = Double(MonotonicClock.now() - started) / 1e9
        report(String(format: "model: %@ (%.1f MB), %.0f s", output, Double(size) / 1e6, seconds))
        return 0
    }
}
