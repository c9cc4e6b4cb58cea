/// The extract stage that finds counts, money, percentages and measures.
///
/// A number — digits with separators (`1,200`, `1.2`), number words (`sixty-five`,
/// `twenty four`), scale words (`1.2 million`, `$1.13bn`), `a dozen`, `hundreds of` — followed by
/// what it counts or measures: a currency (before or after), `%`/`percent`, a unit of measure
/// (converted to SI where it can be), or the noun it counts with the words qualifying it
/// ("65 Ukrainian prisoners" → 65 `prisoners`, modifiers `Ukrainian`). A qualifier before it
/// ("about", "more than", "at least", "up to") is kept; ranges ("between 40 and 50") keep both
/// ends. Numbers inside time expressions, years, dates, clock times, ordinals, designators
/// (`Il-76`) and phone or street numbers are not quantities.
public struct QuantityStage: Stage {
    public let name = "quantities"
    public let requires: Set<Annotation> = [.tokens, .sentences, .times]
    public let provides: Set<Annotation> = [.quantities]

    public init() {}

    public func process(_ document: Document) throws(StageFailure) -> Document {
        var result = document
        var text = document.text
        result.quantities = text.withUTF8 { bytes in
            let tokens = document.tokens
            let words = tokens.map { token -> String in
                String(decoding: UnsafeBufferPointer(rebasing: bytes[token.span.start..<token.span.end]), as: UTF8.self)
            }
            var blocked = [Bool](repeating: false, count: tokens.count)
            var timeIndex = 0
            let times = document.times.sorted { $0.span < $1.span }
            for (index, token) in tokens.enumerated() {
                while timeIndex < times.count, times[timeIndex].span.end <= token.span.start { timeIndex += 1 }
                if timeIndex < times.count, times[timeIndex].span.start < token.span.end { blocked[index] = true }
            }
            return QuantityRecognizer().find(words: words, tokens: tokens, blocked: blocked)
        }
        return result
    }
}
