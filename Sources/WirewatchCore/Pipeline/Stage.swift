/// One step of the article pipeline: takes a document and returns it with annotations added.
///
/// Stages never rewrite the text. They declare what they read and what they add so that the
/// pipeline can check at start that every input is provided by an earlier stage.
public protocol Stage: Sendable {
    /// Short name used in logs and failure sidecars.
    var name: String { get }
    /// Annotations this stage reads.
    var requires: Set<Annotation> { get }
    /// Annotations this stage adds.
    var provides: Set<Annotation> { get }
    /// Returns `document` with this stage's annotations added, or a failure.
    func process(_ document: Document) throws(StageFailure) -> Document
}
