/// The ordered stages of the extract and enrich phases, checked for consistency.
///
/// Parsing provides the text and metadata; each later stage may read only what the parser or
/// an earlier stage provides. A plan that breaks this is refused when it is built, at start,
/// rather than producing records with silently missing annotations.
public struct PipelinePlan: Sendable {
    public let extract: [any Stage]
    public let enrich: [any Stage]

    /// What the parse phase provides to every document.
    public static let parsed: Set<Annotation> = [.text, .metadata]

    /// Builds a plan, or explains which stage lacks which input.
    public init(extract: [any Stage], enrich: [any Stage]) throws(StageFailure) {
        var available = Self.parsed
        for (phase, stages) in [(StagePhase.extract, extract), (.enrich, enrich)] {
            for stage in stages {
                let missing = stage.requires.subtracting(available)
                guard missing.isEmpty else {
                    let names = missing.sorted().map(\.rawValue).joined(separator: ", ")
                    throw StageFailure(
                        stage: stage.name,
                        reason: "the \(phase.rawValue) stage \(stage.name) needs \(names), which no earlier stage provides")
                }
                available.formUnion(stage.provides)
            }
        }
        self.extract = extract
        self.enrich = enrich
    }

    /// The standard plan of this version, checked. Without an entity stage (no model loaded)
    /// records have no entities; without `quotes` (the attribution model) the quote rules work
    /// alone; `dateOrder` reads all-numeric dates (config `date_order`).
    public static func standard(
        entities: EntityStage? = nil, quotes: AttributionModel? = nil, dateOrder: DateOrder = .monthFirst
    ) throws(StageFailure) -> PipelinePlan {
        var extract: [any Stage] = [TokenizationStage(), DatelineStage(), TimeExpressionStage(dateOrder: dateOrder), QuantityStage()]
        if let entities { extract.append(entities) }
        // Quotes come after entities so that speakers resolve to them.
        extract.append(QuoteStage(lexicons: entities?.lexicons ?? Lexicons(), model: quotes))
        extract.append(QuoteAnchorStage())
        return try PipelinePlan(extract: extract, enrich: [LanguageStage()])
    }

    /// Runs the extract stages.
    public func runExtract(_ document: Document) throws(StageFailure) -> Document {
        try Self.run(extract, document)
    }

    /// Runs the enrich stages.
    public func runEnrich(_ document: Document) throws(StageFailure) -> Document {
        try Self.run(enrich, document)
    }

    /// Runs every stage in order.
    public func run(_ document: Document) throws(StageFailure) -> Document {
        try runEnrich(try runExtract(document))
    }

    private static func run(_ stages: [any Stage], _ document: Document) throws(StageFailure) -> Document {
        var current = document
        for stage in stages {
            current = try stage.process(current)
        }
        return current
    }
}
