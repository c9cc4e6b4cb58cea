/// A half-open range of UTF-8 byte offsets into a document's `text`.
///
/// Stages work on bytes because scanning UTF-8 is fast; the record writer converts spans to
/// Unicode scalar (code point) offsets, which is what the outbox contract promises.
public struct Span: Sendable, Hashable, Comparable {
    /// First byte of the span (UTF-8 offset, inclusive).
    public var start: Int
    /// One past the last byte of the span (UTF-8 offset, exclusive).
    public var end: Int

    public init(start: Int, end: Int) {
        self.start = start
        self.end = end
    }

    /// Length in UTF-8 bytes.
    public var length: Int { end - start }

    public static func < (lhs: Span, rhs: Span) -> Bool {
        lhs.start != rhs.start ? lhs.start < rhs.start : lhs.end < rhs.end
    }
}
