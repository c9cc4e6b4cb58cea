/// Told by the engine each time an input is finished (archived, failed, or left for retry).
public protocol EngineObserver: AnyObject, Sendable {
    /// Called with the number of inputs still in the pipeline.
    func inputFinished(active: Int)
}
