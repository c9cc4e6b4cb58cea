/// What happens to an input once its records are durable in the outbox.
public enum AfterSuccess: String, Sendable, CaseIterable {
    /// Move it to `archive/`.
    case archive
    /// Delete it.
    case delete
}
