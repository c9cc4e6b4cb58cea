/// A counted or measured amount.
public struct Quantity: Sendable, Hashable {
    /// What the amount is of.
    public enum Kind: String, Sendable, Hashable {
        case count, money, percent, measure
        /// A part of a whole, as a ratio: "two thirds of" is 0.667, "one in five" 0.2.
        case fraction
    }

    /// UTF-8 byte offsets into the text.
    public var span: Span
    /// The number, as a plain value (`1.2 million` is 1200000); the lower end of a range.
    public var value: Double
    /// The upper end of a range ("between 40 and 50"), or nil.
    public var maximum: Double?
    /// The unit noun or symbol as written (`crew members`, `km`, `percent`), or nil.
    public var unit: String?
    public var kind: Kind
    /// ISO 4217 code for money.
    public var currency: String?
    /// Words qualifying the counted thing ("Ukrainian" in "65 Ukrainian prisoners").
    public var modifiers: [String]
    /// "about", "more than", "at least", "up to", "less than"…, as written.
    public var qualifier: String?
    /// True for round or vague amounts ("about 300", "hundreds of", "a dozen").
    public var approximate: Bool
    /// The value in SI units (metres, kilograms, square metres, litres), for measures that convert.
    public var si: (value: Double, unit: String)?

    public init(
        span: Span, value: Double, unit: String?, kind: Kind = .count, maximum: Double? = nil, currency: String? = nil,
        modifiers: [String] = [], qualifier: String? = nil, approximate: Bool = false, si: (value: Double, unit: String)? = nil
    ) {
        self.span = span
        self.value = value
        self.unit = unit
        self.kind = kind
        self.maximum = maximum
        self.currency = currency
        self.modifiers = modifiers
        self.qualifier = qualifier
        self.approximate = approximate
        self.si = si
    }

    public static func == (lhs: Quantity, rhs: Quantity) -> Bool {
        lhs.span == rhs.span && lhs.value == rhs.value && lhs.unit == rhs.unit && lhs.kind == rhs.kind
            && lhs.maximum == rhs.maximum && lhs.currency == rhs.currency && lhs.modifiers == rhs.modifiers
            && lhs.qualifier == rhs.qualifier && lhs.approximate == rhs.approximate
            && lhs.si?.value == rhs.si?.value && lhs.si?.unit == rhs.si?.unit
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(span)
        hasher.combine(value)
    }
}
