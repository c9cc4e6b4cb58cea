/// A canonical entity of one article, with every mention of it.
public struct Entity: Sendable, Hashable {
    /// Identifier unique within the article (for example `e1`).
    public var id: String
    /// The entity type: `PERSON`, `ORG`, `GPE`, `LOC`, `FAC`, `NORP`, `EQUIPMENT`, `EVENT`, `MISC`.
    public var type: String
    /// The fullest name seen for the entity.
    public var name: String
    public var mentions: [Mention]

    public init(id: String, type: String, name: String, mentions: [Mention]) {
        self.id = id
        self.type = type
        self.name = name
        self.mentions = mentions
    }
}
