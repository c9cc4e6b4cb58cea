import Dispatch
import Foundation
import Synchronization
import WirewatchCore

/// `wirewatch train ner`: trains the tagger on annotated JSONL corpora and writes the model.
public struct NERTraining: Sendable {
    public struct Options: Sendable {
        public var train: [String]
        public var extra: [String]
        public var dev: String
        public var output: String?
        public var epochs: Int = 15
        public var seed: UInt64 = 1
        public var buckets: Int = 1 << 19

        public init(train: [String], extra: [String], dev: String) {
            self.train = train
            self.extra = extra
            self.dev = dev
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
        let lexicons = ModelResources.lexicons(dataDirectory)
        report("lexicons: \(lexicons.count) phrases from \(FileOperations.join(dataDirectory, "lexicons"))")
        let trainer = NERTrainer(buckets: options.buckets, epochs: options.epochs, seed: options.seed, lexicons: lexicons)
        var training: [NERTrainer.Example] = []
        var development: [NERTrainer.Example] = []
        do throws(SystemError) {
            for path in options.train + options.extra {
                let (examples, note) = try Self.examples(path, trainer: trainer)
                training += examples
                report("train: \(path): \(note)")
            }
            let (examples, note) = try Self.examples(options.dev, trainer: trainer)
            development = examples
            report("dev: \(options.dev): \(note)")
        } catch {
            report("cannot read: \(error)")
            return 1
        }
        let (model, epoch, f1) = trainer.train(training, development: development) { epoch, errors, f1 in
            report(String(format: "epoch %2d  sentence errors %6d  dev F1 %.4f", epoch, errors, f1))
        }
        let output = options.output ?? ModelResources.modelPath(dataDirectory)
        let size: Int
        do throws(SystemError) {
            size = try ModelResources.write(model.serialized(), to: output)
        } catch {
            report("cannot write \(output): \(error)")
            return 1
        }
        let seconds = Double(MonotonicClock.now() - started) / 1e9
        report(
            String(
                format: "model: %@ (%.1f MB), epoch %d, dev F1 %.4f (tagger alone, CoNLL types), %.0f s",
                output, Double(size) / 1e6, epoch, f1, seconds))
        return 0
    }

    /// The examples of a corpus, encoded on every core.
    static func examples(_ path: String, trainer: NERTrainer) throws(SystemError) -> ([NERTrainer.Example], String) {
        let (documents, skipped) = try GoldDocument.read(path)
        let results = Mutex([[NERTrainer.Example]?](repeating: nil, count: documents.count))
        let misaligned = Atomic<Int>(0)
        let types = TagSet.conll.types
        DispatchQueue.concurrentPerform(iterations: documents.count) { index in
            let document = documents[index]
            let entities = document.entities.compactMap { entity -> (start: Int, end: Int, type: Int)? in
                guard let type = types.firstIndex(of: entity.coarse) else { return nil }
                return (entity.span.start, entity.span.end, type)
            }
            let (examples, lost) = trainer.examples(text: document.text, sentences: document.sentences, entities: entities)
            misaligned.add(lost, ordering: .relaxed)
            results.withLock { $0[index] = examples }
        }
        let examples = results.withLock { $0 }.compactMap { $0 }.flatMap { $0 }
        let tokens = examples.reduce(0) { $0 + $1.tokenCount }
        return (
            examples,
            "\(documents.count) documents, \(examples.count) sentences, \(tokens) tokens, "
                + "\(misaligned.load(ordering: .relaxed)) entities not on token boundaries, \(skipped) lines skipped"
        )
    }
}
