/// The BILOU tags of a statistical tagger over its span types.
///
/// Tag 0 is `O`; type `t` (0-based) has `B` = 1 + 4t, `I` = 2 + 4t, `L` = 3 + 4t, `U` = 4 + 4t.
/// The entity tagger learns CoNLL's coarse types (PER, ORG, LOC, MISC), which the entity stage
/// refines into the record's types; the attribution tagger learns content, cue and source.
public struct TagSet: Sendable, Hashable {
    public let types: [String]

    public init(types: [String]) {
        self.types = types
    }

    public static let conll = TagSet(types: ["PER", "ORG", "LOC", "MISC"])

    /// The parts of an attribution (PolNeAR's labels): what is attributed, the cue, the source.
    public static let attribution = TagSet(types: ["CONTENT", "CUE", "SOURCE"])

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

    /// `allows` as a table: `transitionMask[(previous + 1) * count + next]`, row 0 for the start.
    public var transitionMask: [Bool] {
        var mask = [Bool](repeating: false, count: (count + 1) * count)
        for previous in -1..<count {
            for next in 0..<count { mask[(previous + 1) * count + next] = allows(previous, next) }
        }
        return mask
    }

    /// Whether a sentence may end after `tag`.
    public func canEnd(_ tag: Int) -> Bool {
        guard let last = decompose(tag) else { return true }
        return last.position == .last || last.position == .unit
    }
}
