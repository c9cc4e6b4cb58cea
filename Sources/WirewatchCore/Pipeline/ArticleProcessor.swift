/// The whole article pipeline in one call, for batch use (`process`, `annotate`, `bench`):
/// parse, every extract and enrich stage, and the record.
public struct ArticleProcessor: Sendable {
    public let plan: PipelinePlan
    public let record: ArticleRecord
    public let parser: ArticleParser

    public init(plan: PipelinePlan, record: ArticleRecord, parser: ArticleParser = ArticleParser()) {
        self.plan = plan
        self.record = record
        self.parser = parser
    }

    /// Runs an input's bytes (an article or a feed) through every stage; one document per article.
    public func documents(for input: RawInput) throws(StageFailure) -> [Document] {
        var documents: [Document] = []
        var failure: StageFailure?
        try parser.parse(input) { document in
            do throws(StageFailure) {
                documents.append(try plan.run(document))
                return true
            } catch {
                failure = error
                return false
            }
        }
        if let failure { throw failure }
        return documents
    }

    /// The single document of a plain-text input (the first article of a feed).
    public func document(for input: RawInput) throws(StageFailure) -> Document {
        guard let first = try documents(for: input).first else {
            throw StageFailure(stage: "parse", reason: "no article")
        }
        return first
    }

    /// The records of an input (lines of JSON, no newline), one per article.
    public func records(for input: RawInput) throws(StageFailure) -> [[UInt8]] {
        try documents(for: input).map { record.encode($0) }
    }

    /// The record of a single-article input.
    public func record(for input: RawInput) throws(StageFailure) -> [UInt8] {
        record.encode(try document(for: input))
    }

    /// Runs a document built elsewhere (annotate) through every stage and returns its record.
    public func record(for document: Document) throws(StageFailure) -> [UInt8] {
        record.encode(try plan.run(document))
    }
}
