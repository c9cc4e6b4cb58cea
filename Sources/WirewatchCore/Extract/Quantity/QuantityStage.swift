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
            return QuantityRecognizer().find(
                words: words, lower: document.tokenWords(bytes).words, tokens: tokens, blocked: blocked,
                opensSentence: Self.opensSentence(words, tokens, document))
        }
        return result
    }

    /// Tokens where a capital says nothing about a name: the first of each sentence, the first
    /// after an opening quotation mark or parenthesis, and every token of a title-case line
    /// ("Floods Kill 300 People").
    private static let openers: Set<String> = ["“", "\"", "‘", "'", "(", "—", "–", "-", ":"]

    static func opensSentence(_ words: [String], _ tokens: [Token], _ document: Document) -> [Bool] {
        var opens = [Bool](repeating: false, count: tokens.count)
        for range in tokens.ranges(of: document.sentences) where !range.isEmpty {
            opens[range.lowerBound] = true
            var capitals = 0
            var long = 0
            for index in range {
                let word = words[index]
                if index > range.lowerBound, Self.openers.contains(words[index - 1]) { opens[index] = true }
                guard tokens[index].kind == .word, word.utf8.count > 3 else { continue }
                long += 1
                if word.utf8.first.map({ $0 &- 0x41 < 26 }) == true { capitals += 1 }
            }
            if long >= 4, capitals * 4 >= long * 3 {
                for index in range { opens[index] = true }
            }
        }
        return opens
    }
}
