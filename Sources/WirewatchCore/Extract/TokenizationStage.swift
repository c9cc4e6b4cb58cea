/// The extract stage that adds tokens and sentences.
public struct TokenizationStage: Stage {
    public let name = "tokenize"
    public let requires: Set<Annotation> = [.text]
    public let provides: Set<Annotation> = [.tokens, .sentences]
    private let tokenizer = Tokenizer()
    private let splitter = SentenceSplitter()

    public init() {}

    public func process(_ document: Document) throws(StageFailure) -> Document {
        var result = document
        var text = document.text
        text.withUTF8 { bytes in
            let tokens = tokenizer.tokenize(bytes: bytes)
            result.tokens = tokens
            (result.words, result.capitalised) = Document.words(bytes, tokens[...])
            result.sentences = splitter.split(bytes: bytes, tokens: tokens)
        }
        return result
    }
}
