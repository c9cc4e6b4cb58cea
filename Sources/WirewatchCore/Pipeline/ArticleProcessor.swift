/// The whole article pipeline in one call, for batch use (`process`, `annotate`, `bench`):
/// parse, every extract and enrich stage, and the record.
public struct ArticleProcessor: Sendable {
    public let plan: PipelinePlan
    public let record: ArticleRecord
    private let parser = PlainTextParser()

    public init(plan: PipelinePlan, record: ArticleRecord) {
        self.plan = plan
        self.record = record
    }

    /// Runs an input file's bytes through every stage.
    public func document(for input: RawInput) throws(StageFailure) -> Document {
        try plan.run(try parser.parse(input))
    }

    /// The record of an input file (one line of JSON, no newline).
    public func record(for input: RawInput) throws(StageFailure) -> [UInt8] {
        record.encode(try document(for: input))
    }

    /// Runs a document built elsewhere (annotate) through every stage and returns its record.
    public func record(for document: Document) throws(StageFailure) -> [UInt8] {
        record.encode(try plan.run(document))
    }
}
