/// The extract stage that dates what people said by when they said it.
///
/// Relative time words inside an attribution ("…the day before yesterday we met," he told
/// reporters on Thursday) count from the time of speaking when the attribution says it: a
/// calendar date in the attribution's sentence, outside the quoted or reported content and near
/// the cue. Their values are recomputed against that date; everything else keeps the
/// publication date as its anchor. Runs after the time and quote stages.
public struct QuoteAnchorStage: Stage {
    public let name = "quote-anchor"
    public let requires: Set<Annotation> = [.tokens, .sentences, .times, .quotes]
    public let provides: Set<Annotation> = []
    private let recognizer = TimeRecognizer()
    /// Bytes a time expression spans at most, for the search window around a cue; longer
    /// ones (none the recognizer makes) are not read as the time of speaking.
    static let longestExpression = 512
    /// Tokens either side of a quote that the recognizer sees with it.
    static let margin = 16

    public init() {}

    public func process(_ document: Document) throws(StageFailure) -> Document {
        guard !document.quotes.isEmpty, !document.times.isEmpty else { return document }
        var result = document
        var text = document.text
        text.withUTF8 { bytes in reanchor(bytes, &result) }
        return result
    }

    private func reanchor(_ bytes: UnsafeBufferPointer<UInt8>, _ document: inout Document) {
        let tokens = document.tokens
        let sentences = document.sentences
        var words: [String]?
        var capitalised: [Bool] = []
        var sentenceRanges: [Range<Int>] = []
        for quote in document.quotes {
            guard let cue = quote.cue, let spoken = speakingDate(cue: cue, content: quote.span, document.times, sentences) else { continue }
            // Only expressions whose value depends on the anchor change; absolute dates stay.
            // (The times are in text order: those inside the quote are a binary search away.)
            let from = document.times.partitionPoint { $0.span.start < quote.span.start }
            let to = document.times.partitionPoint { $0.span.start < quote.span.end }
            let inside = (from..<max(from, to)).filter { document.times[$0].span.end <= quote.span.end }
            guard !inside.isEmpty else { continue }
            if words == nil {
                (words, capitalised) = document.tokenWords(bytes)
                sentenceRanges = tokens.ranges(of: sentences)
            }
            guard let words else { continue }
            let first = tokens.partitionPoint { $0.span.end <= quote.span.start }
            let end = tokens.partitionPoint { $0.span.start < quote.span.end }
            guard first < end else { continue }
            let firstSentence = sentenceRanges.partitionPoint { $0.upperBound <= first }
            let endSentence = sentenceRanges.partitionPoint { $0.lowerBound < end }
            let ranges = sentenceRanges[firstSentence..<max(firstSentence, endSentence)].compactMap { range -> Range<Int>? in
                let clipped = range.clamped(to: first..<end)
                return clipped.isEmpty ? nil : clipped
            }
            // The recognizer reads the quote's words and a margin around them (the words just
            // before an expression can qualify it), not the whole article's for each quote.
            let low = max(0, first - Self.margin)
            let high = min(words.count, end + Self.margin)
            let found = recognizer.find(
                words: Array(words[low..<high]), capitalised: Array(capitalised[low..<high]),
                sentences: ranges.map { ($0.lowerBound - low)..<($0.upperBound - low) }, anchor: spoken)
            for index in inside {
                let span = document.times[index].span
                if let match = found.first(where: { tokens[$0.first + low].span.start == span.start && tokens[$0.last + low].span.end == span.end }) {
                    document.times[index].value = match.value
                    document.times[index].type = match.type
                }
            }
        }
    }

    /// A full calendar date (`YYYY-MM-DD`) in the cue's sentence, outside the content, within a
    /// few words of the cue: "he told reporters on Thursday", "said in a statement on Feb. 6".
    ///
    /// `times` and `sentences` are in text order (as their stages leave them), so both are read
    /// by binary search around the cue: an article of many quotes stays linear.
    private func speakingDate(cue: Span, content: Span, _ times: [TimeExpression], _ sentences: [Span]) -> CivilDate? {
        let holder = sentences.partitionPoint { $0.start <= cue.start } - 1
        guard holder >= 0, sentences[holder].start <= cue.start, cue.end <= sentences[holder].end else { return nil }
        let sentence = sentences[holder]
        let window = 80  // bytes either side of the cue
        // Expressions that start in the sentence, from the first one not wholly before the window.
        let from = times.partitionPoint { $0.span.start < max(sentence.start, cue.start - window - Self.longestExpression) }
        let to = times.partitionPoint { $0.span.start < min(sentence.end, cue.end + window) }
        let candidates = times[from..<max(from, to)].filter { time in
            time.type == .date && time.value.utf8.count == 10 && sentence.start <= time.span.start && time.span.end <= sentence.end
                && (time.span.end <= content.start || time.span.start >= content.end)
                && time.span.start < cue.end + window && time.span.end > cue.start - window
        }
        let nearest = candidates.min { abs($0.span.start - cue.start) < abs($1.span.start - cue.start) }
        return nearest.flatMap { TimeExpressionStage.anchor($0.value) }
    }
}
