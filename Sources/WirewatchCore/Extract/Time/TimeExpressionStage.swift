/// The extract stage that finds time expressions and normalises them to TimeML values,
/// anchored on the document's publication date.
public struct TimeExpressionStage: Stage {
    public let name = "times"
    public let requires: Set<Annotation> = [.tokens, .sentences, .metadata]
    public let provides: Set<Annotation> = [.times]
    private let recognizer: TimeRecognizer

    /// `dateOrder` reads all-numeric dates such as `1/2/2024` (config `date_order`).
    public init(dateOrder: DateOrder = .monthFirst) {
        recognizer = TimeRecognizer(dateOrder: dateOrder)
    }

    public func process(_ document: Document) throws(StageFailure) -> Document {
        var result = document
        let anchor = document.published.flatMap(Self.anchor)
        var text = document.text
        result.times = text.withUTF8 { bytes in
            let tokens = document.tokens
            let (words, capitalised) = document.tokenWords(bytes)
            let ranges = tokens.ranges(of: document.sentences)
            let found = Self.earnings(
                recognizer.find(words: words, capitalised: capitalised, sentences: ranges, anchor: anchor), words: words, sentences: ranges,
                anchor: anchor)
            return Self.refine(found, words: words, capitalised: capitalised, tokens: tokens, bytes: bytes).map {
                TimeExpression(
                    span: $0.bytes ?? Span(start: tokens[$0.first].span.start, end: tokens[$0.last].span.end), type: $0.type, value: $0.value,
                    mod: $0.mod)
            }
        }
        return result
    }

    /// The calendar date at the start of a `published` value.
    static func anchor(_ published: String) -> CivilDate? {
        let parts = published.prefix(10).split(separator: "-")
        guard parts.count == 3, let year = Int(parts[0]), let month = Int(parts[1]), let day = Int(parts[2]) else { return nil }
        let date = CivilDate(year: year, month: month, day: day)
        return date.isValid ? date : nil
    }
}
