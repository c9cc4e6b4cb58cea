/// Why a stage could not produce a document: the data that routes an input to `failed/`.
public struct StageFailure: Error, Sendable, Hashable, CustomStringConvertible {
    /// Name of the stage that failed (`decode`, `parse`, `extract`, …).
    public var stage: String
    /// A sentence a person can act on.
    public var reason: String

    public init(stage: String, reason: String) {
        self.stage = stage
        self.reason = reason
    }

    public var description: String { "\(stage): \(reason)" }
}
