/// One token of a document's text.
public struct Token: Sendable, Hashable {
    /// What kind of text the token holds.
    public enum Kind: UInt8, Sendable, Hashable, CaseIterable {
        case word
        case number
        case punctuation
        case symbol
        case url
        case email

        /// The name used in the outbox record.
        public var name: String {
            switch self {
            case .word: "word"
            case .number: "number"
            case .punctuation: "punctuation"
            case .symbol: "symbol"
            case .url: "url"
            case .email: "email"
            }
        }
    }

    /// Where the token is, in UTF-8 byte offsets.
    public var span: Span
    public var kind: Kind

    public init(span: Span, kind: Kind) {
        self.span = span
        self.kind = kind
    }
}
