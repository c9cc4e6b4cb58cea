import Foundation

/// One article and everything the stages have found in it.
///
/// The text is fixed when the document is parsed; stages only add annotations. All spans are
/// UTF-8 byte offsets into `text`; the record writer turns them into code point offsets.
public struct Document: Sendable {
    public var source: Source
    /// The article body, decoded and normalised (LF line ends, no control characters).
    public let text: String
    /// Publication date: `YYYY-MM-DD`, or an RFC 3339 date-time; nil when unknown.
    public var published: String?
    /// Where `published` came from (`header`, `input`, later `feed`, `dateline`, `mtime`).
    public var publishedFrom: String?
    public var title: String?
    public var url: String?
    public var authors: [String]
    /// BCP 47 language tag, when given or identified.
    public var language: String?
    public var sentences: [Span]
    public var tokens: [Token]
    /// Each token's text, ASCII letters lower-cased, as the stages match words; filled with `tokens`.
    public var words: [String]
    /// Whether each token starts with an ASCII capital; filled with `tokens`.
    public var capitalised: [Bool]
    public var entities: [Entity]
    public var quotes: [Quote]
    public var times: [TimeExpression]
    public var quantities: [Quantity]
    /// Human-readable notes about anything that was repaired or guessed.
    public var warnings: [String]

    public init(source: Source, text: String) {
        self.source = source
        self.text = text
        self.published = nil
        self.publishedFrom = nil
        self.title = nil
        self.url = nil
        self.authors = []
        self.language = nil
        self.sentences = []
        self.tokens = []
        self.words = []
        self.capitalised = []
        self.entities = []
        self.quotes = []
        self.times = []
        self.quantities = []
        self.warnings = []
    }

    /// The record id: deterministic from the input's bytes and the article's position in it.
    public var id: String {
        RecordIdentity.id(sha256: source.sha256, item: source.item)
    }
}
