/// The enrich stage that identifies English text when no header or feed named a language.
///
/// Wirewatch's extractors are built for English, so the one question worth answering is
/// whether a text is English: it is when common English function words make up a share of
/// its words that other languages' text does not reach. Other text keeps `language` null
/// and gets a warning, so a reader knows the extractors were not meant for it.
public struct LanguageStage: Stage {
    public let name = "language"
    public let requires: Set<Annotation> = [.tokens]
    public let provides: Set<Annotation> = [.language]

    /// English function words, the most frequent words of any English text.
    static let functionWords: Set<String> = [
        "the", "of", "and", "to", "a", "in", "is", "that", "for", "it", "was", "on", "with", "he", "as", "by",
        "at", "his", "be", "from", "are", "this", "have", "or", "had", "not", "but", "they", "has", "were",
        "which", "an", "their", "been", "will", "would", "she", "her", "its", "who", "said", "there", "we",
        "than", "also", "after", "into", "more", "other", "about", "over", "can", "could", "all", "when",
        "them", "some", "what", "if", "no", "out", "up", "our", "so", "my", "did", "do", "you", "i",
    ]

    /// Minimum number of words before a judgement is made.
    static let minimumWords = 8

    public init() {}

    public func process(_ document: Document) throws(StageFailure) -> Document {
        guard document.language == nil else { return document }
        var result = document
        var words = 0
        var hits = 0
        var text = document.text
        text.withUTF8 { bytes in
            for token in document.tokens where token.kind == .word {
                words += 1
                let length = token.span.length
                guard length <= 5 else { continue }
                var lowered: [UInt8] = []
                lowered.reserveCapacity(length)
                for i in token.span.start..<token.span.end { lowered.append(bytes[i] | (bytes[i] &- 0x41 < 26 ? 0x20 : 0)) }
                if Self.functionWords.contains(String(decoding: lowered, as: UTF8.self)) { hits += 1 }
            }
        }
        if words >= Self.minimumWords {
            // English news runs at 35–50% function words; other Latin-script languages at under 10%.
            if hits * 100 >= words * 20 {
                result.language = "en"
            } else {
                result.warnings.append("the text does not look like English; extractors are built for English")
            }
        }
        return result
    }
}
