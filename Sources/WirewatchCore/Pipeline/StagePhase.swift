/// The phases of the article pipeline, in order. The daemon runs each on its own queue.
public enum StagePhase: String, Sendable, CaseIterable {
    case parse
    case extract
    case enrich
    case write
}
