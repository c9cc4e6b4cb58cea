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

    /// The commonest English function words: together about a tenth of any English text, and
    /// (written alike) rare in other languages' text.
    static let functionWords: [String: Int] = [
        "the": 0, "of": 1, "and": 2, "to": 3, "is": 4, "was": 5, "that": 6, "with": 7, "for": 8, "said": 9, "he": 10,
        "it": 11, "are": 12, "has": 13, "have": 14, "were": 15, "which": 16, "this": 17, "from": 18, "by": 19,
        "his": 20, "their": 21, "would": 22, "will": 23, "been": 24, "after": 25, "but": 26, "they": 27,
    ]

    /// Minimum number of words before a judgement is made.
    static let minimumWords = 8

    public init() {}

    public func process(_ document: Document) throws(StageFailure) -> Document {
        guard document.language == nil else { return document }
        var result = document
        var words = 0
        var hits = 0
        var distinct: UInt32 = 0
        var text = document.text
        text.withUTF8 { bytes in
            var lowered: [UInt8] = []
            lowered.reserveCapacity(8)
            for token in document.tokens where token.kind == .word {
                words += 1
                guard token.span.length <= 5 else { continue }
                lowered.removeAll(keepingCapacity: true)
                for i in token.span.start..<token.span.end { lowered.append(bytes[i] | (bytes[i] &- 0x41 < 26 ? 0x20 : 0)) }
                if let index = Self.functionWords[String(decoding: lowered, as: UTF8.self)] {
                    hits += 1
                    distinct |= 1 << UInt32(index)
                }
            }
        }
        if words >= Self.minimumWords {
            // English prose runs at 15–25% of these words; a page of English team lists or
            // results still at 3% or more with several different ones. Other languages' text,
            // where a few of them happen to be words too, stays near 1% with one or two.
            if hits * 100 >= words * 3 && distinct.nonzeroBitCount >= 3 {
                result.language = "en"
            } else {
                result.warnings.append("the text does not look like English; extractors are built for English")
            }
        }
        return result
    }
}
