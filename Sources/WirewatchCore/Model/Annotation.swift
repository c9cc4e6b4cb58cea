/// A kind of information a stage reads or adds to a document.
///
/// The pipeline checks at start that each stage's `requires` are provided by an earlier stage.
public enum Annotation: String, Sendable, Hashable, CaseIterable, Comparable {
    /// The decoded, normalised text and the source.
    case text
    /// Header metadata: published date, title, url, authors.
    case metadata
    case tokens
    case sentences
    case language
    case entities
    case quotes
    case times
    case quantities

    public static func < (lhs: Annotation, rhs: Annotation) -> Bool { lhs.rawValue < rhs.rawValue }
}
