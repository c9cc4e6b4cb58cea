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

    /// What kind of source the words are attributed to.
    public enum SourceKind: String, Sendable, Hashable, CaseIterable {
        /// A person or organisation by name (or a pronoun or role noun resolved to one).
        case named
        /// Unnamed people: "officials who spoke on condition of anonymity", "a source familiar with".
        case anonymous
        /// A report, statement, study or publication.
        case document
        /// No source at all: "it is believed".
        case unattributed
    }

    /// UTF-8 byte offsets of the content: from the first part's start to the last part's end.
    public var span: Span
    /// UTF-8 byte offsets of each part; a quote split by its attribution has two or more.
    public var parts: [Span]
    public var kind: Kind
    public var speaker: Speaker?
    /// UTF-8 byte offsets of the cue (said, told, according to), when there is one.
    public var cue: Span?
    public var sourceKind: SourceKind

    public init(span: Span, parts: [Span]? = nil, kind: Kind, speaker: Speaker?, cue: Span?, sourceKind: SourceKind = .unattributed) {
        self.span = span
        self.parts = parts ?? [span]
        self.kind = kind
        self.speaker = speaker
        self.cue = cue
        self.sourceKind = sourceKind
    }
}
