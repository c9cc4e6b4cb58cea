/// A counted or measured amount.
public struct Quantity: Sendable, Hashable {
    /// UTF-8 byte offsets into the text.
    public var span: Span
    /// The number, as a plain value (`1.2 million` is 1200000).
    public var value: Double
    /// The unit noun or symbol as written, or nil for a bare number.
    public var unit: String?

    public init(span: Span, value: Double, unit: String?) {
        self.span = span
        self.value = value
        self.unit = unit
    }
}
