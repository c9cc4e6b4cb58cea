/// One attribution: words or claims and who they come from.
public struct Quote: Sendable, Hashable {
    /// Direct quotation, reported speech, or a quoted fragment inside reported speech.
    public enum Kind: String, Sendable, Hashable {
        case direct
        case indirect
        case partial
    }

    /// Who the words are attributed to.
    public struct Speaker: Sendable, Hashable {
        /// Canonical name of the resolved entity, or the surface text when unresolved.
        public var name: String
        /// Id of the resolved entity of the article, or nil.
        public var entity: String?
        /// UTF-8 byte offsets of the speaker's span in the text.
        public var span: Span

        public init(name: String, entity: String?, span: Span) {
            self.name = name
            self.entity = entity
            self.span = span
        }
    }

    /// UTF-8 byte offsets of the content.
    public var span: Span
    public var kind: Kind
    public var speaker: Speaker?
    /// UTF-8 byte offsets of the cue (said, told, according to), when there is one.
    public var cue: Span?

    public init(span: Span, kind: Kind, speaker: Speaker?, cue: Span?) {
        self.span = span
        self.kind = kind
        self.speaker = speaker
        self.cue = cue
    }
}
