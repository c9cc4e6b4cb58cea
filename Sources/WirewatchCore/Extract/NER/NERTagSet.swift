/// The BILOU tags of the statistical tagger over its coarse types.
///
/// Tag 0 is `O`; type `t` (0-based) has `B` = 1 + 4t, `I` = 2 + 4t, `L` = 3 + 4t, `U` = 4 + 4t.
/// The tagger learns CoNLL's coarse types (PER, ORG, LOC, MISC); the entity stage refines them
/// into the record's types with lexicons and patterns.
public struct NERTagSet: Sendable, Hashable {
    public let types: [String]

    public init(types: [String]) {
        self.types = types
    }

    public static let conll = NERTagSet(types: ["PER", "ORG", "LOC", "MISC"])

    public var count: Int { 1 + 4 * types.count }

    public enum Position: UInt8 { case begin = 0, inside = 1, last = 2, unit = 3 }

    public func tag(type: Int, _ position: Position) -> Int { 1 + 4 * type + Int(position.rawValue) }

    /// The type index and position of a tag, or nil for `O`.
    public func decompose(_ tag: Int) -> (type: Int, position: Position)? {
        guard tag > 0 else { return nil }
        return ((tag - 1) / 4, Position(rawValue: UInt8((tag - 1) % 4)) ?? .unit)
    }

    /// Whether `next` may follow `previous` (-1 for the sentence start) under BILOU.
    public func allows(_ previous: Int, _ next: Int) -> Bool {
        let open = previous >= 0 ? decompose(previous) : nil
        let isOpen = open.map { $0.position == .begin || $0.position == .inside } ?? false
        guard let following = decompose(next) else { return !isOpen }
        switch following.position {
        case .begin, .unit: return !isOpen
        case .inside, .last: return isOpen && open?.type == following.type
        }
    }

    /// Whether a sentence may end after `tag`.
    public func canEnd(_ tag: Int) -> Bool {
        guard let last = decompose(tag) else { return true }
        return last.position == .last || last.position == .unit
    }
}
