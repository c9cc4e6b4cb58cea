/// A canonical entity of one article, with every mention of it.
public struct Entity: Sendable, Hashable {
    /// Identifier unique within the article (for example `e1`).
    public var id: String
    /// The entity type: `PERSON`, `ORG`, `GPE`, `LOC`, `FAC`, `NORP`, `EQUIPMENT`, `EVENT`, `MISC`.
    public var type: String
    /// The fullest name seen for the entity.
    public var name: String
    public var mentions: [Mention]
    /// ISO 3166-1 alpha-2 code of the country a GPE is in (or is), or a NORP belongs to.
    public var country: String?
    /// Coordinates of a place from the lexicon, in degrees (WGS 84).
    public var geo: (latitude: Double, longitude: Double)?
    /// Titles and descriptions seen with the entity ("ambassador", "spokesman"), lower case.
    public var roles: [String] = []
    /// Indexes into the document's `quotes` of the attributions this entity is the speaker of.
    public var quotes: [Int] = []

    public init(id: String, type: String, name: String, mentions: [Mention], country: String? = nil, geo: (latitude: Double, longitude: Double)? = nil) {
        self.id = id
        self.type = type
        self.name = name
        self.mentions = mentions
        self.country = country
        self.geo = geo
    }

    public static func == (lhs: Entity, rhs: Entity) -> Bool {
        lhs.id == rhs.id && lhs.type == rhs.type && lhs.name == rhs.name && lhs.mentions == rhs.mentions
            && lhs.roles == rhs.roles && lhs.quotes == rhs.quotes && lhs.country == rhs.country && lhs.geo?.latitude == rhs.geo?.latitude && lhs.geo?.longitude == rhs.geo?.longitude
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(id)
        hasher.combine(mentions)
    }
}
