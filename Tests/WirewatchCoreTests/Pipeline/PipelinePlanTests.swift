import Testing
import WirewatchCore

@Suite struct PipelinePlanTests {
    private struct NeedsEntities: Stage {
        let name = "needs-entities"
        let requires: Set<Annotation> = [.entities]
        let provides: Set<Annotation> = [.quotes]
        func process(_ document: Document) throws(StageFailure) -> Document { document }
    }

    private struct Failing: Stage {
        let name = "failing"
        let requires: Set<Annotation> = [.text]
        let provides: Set<Annotation> = []
        func process(_ document: Document) throws(StageFailure) -> Document {
            throw StageFailure(stage: name, reason: "always")
        }
    }

    @Test func theStandardPlanIsConsistent() throws {
        let plan = try PipelinePlan.standard()
        #expect(plan.extract.map(\.name) == ["tokenize", "dateline", "times", "quantities", "quotes", "quote-anchor"])
        #expect(plan.enrich.map(\.name) == ["language"])
    }

    @Test func refusesAStageWhoseInputsNoEarlierStageProvides() {
        #expect(throws: StageFailure.self) { try PipelinePlan(extract: [NeedsEntities()], enrich: []) }
        // Order matters: language needs tokens, which tokenize provides only when it runs first.
        #expect(throws: StageFailure.self) { try PipelinePlan(extract: [LanguageStage(), TokenizationStage()], enrich: []) }
        #expect(throws: Never.self) { try PipelinePlan(extract: [TokenizationStage()], enrich: [LanguageStage()]) }
    }

    @Test func stageFailuresPropagate() throws {
        let plan = try PipelinePlan(extract: [Failing()], enrich: [])
        #expect(throws: StageFailure(stage: "failing", reason: "always")) { try plan.run(try Fixtures.document("Text.")) }
    }
}
