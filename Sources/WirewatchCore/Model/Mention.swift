/// One place in the text where an entity is named or referred to.
public struct Mention: Sendable, Hashable {
    /// How the entity is referred to.
    public enum Kind: String, Sendable, Hashable {
        case name
        case nominal
        case pronoun
    }

    /// UTF-8 byte offsets into the document's text.
    public var span: Span
    public var kind: Kind

    public init(span: Span, kind: Kind) {
        self.span = span
        self.kind = kind
    }
}
