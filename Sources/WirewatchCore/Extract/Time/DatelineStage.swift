/// The extract stage that dates an article from its dateline when nothing else did.
///
/// Wire copy opens with a dateline — `LONDON 1996-08-30`, `WASHINGTON, Jan. 5, 2024 —`,
/// `Feb. 8 (Reuters) -` — and when no header or feed gave `published`, that date is the best
/// anchor for everything relative in the text. The date must come within the first dozen tokens,
/// after nothing but capitalised place words and commas; a date without a year takes the year
/// nearest the time the article was received. `published_from` becomes `dateline`.
public struct DatelineStage: Stage {
    public let name = "dateline"
    public let requires: Set<Annotation> = [.tokens, .sentences, .metadata]
    public let provides: Set<Annotation> = [.metadata]
    private let recognizer = TimeRecognizer()

    public init() {}

    public func process(_ document: Document) throws(StageFailure) -> Document {
        guard document.published == nil, !document.tokens.isEmpty else { return document }
        let received = CivilDate.rfc3339(document.source.received)
        let anchor = TimeExpressionStage.anchor(received)
        var text = document.text
        let value: String? = text.withUTF8 { bytes in
            let tokens = Array(document.tokens.prefix(14))
            let (allWords, allCapitalised) = document.tokenWords(bytes)
            let words = Array(allWords.prefix(tokens.count))
            let capitalised = Array(allCapitalised.prefix(tokens.count))
            let found = recognizer.find(words: words, capitalised: capitalised, sentences: [0..<tokens.count], anchor: anchor)
            guard let date = found.first, date.type == .date, date.value.count == 10, date.value.first != "X" else { return nil }
            // Only place words and punctuation may come before it.
            for index in 0..<date.first {
                let token = tokens[index]
                let isPlace = token.kind == .word && capitalised[index]
                let isPunctuation = token.kind == .punctuation && (words[index] == "," || words[index] == "-" || words[index] == "(")
                guard isPlace || isPunctuation else { return nil }
            }
            return date.value
        }
        guard let value else { return document }
        var result = document
        result.published = value
        result.publishedFrom = "dateline"
        return result
    }
}
