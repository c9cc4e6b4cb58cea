/// A time expression normalised to a TimeML TIMEX3 type and value.
public struct TimeExpression: Sendable, Hashable {
    /// TIMEX3 `type`.
    public enum Kind: String, Sendable, Hashable {
        case date = "DATE"
        case time = "TIME"
        case duration = "DURATION"
        case set = "SET"
    }

    /// UTF-8 byte offsets into the text.
    public var span: Span
    public var type: Kind
    /// TIMEX3 `value`, such as `2024-02-06`, `P3D` or `PAST_REF`.
    public var value: String
    /// TIMEX3 `mod`: `START` (early), `MID`, `END` (late), `APPROX` (about), `MORE_THAN`,
    /// `LESS_THAN`, `EQUAL_OR_MORE` (at least), `EQUAL_OR_LESS` (up to, no more than), `BEFORE`
    /// ("pre-2000"), `AFTER` ("post-1959").
    public var mod: String?

    public init(span: Span, type: Kind, value: String, mod: String? = nil) {
        self.span = span
        self.type = type
        self.value = value
        self.mod = mod
    }
}
