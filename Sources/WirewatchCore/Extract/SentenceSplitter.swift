/// Splits tokenised English news text into sentences.
///
/// A sentence ends at `.`, `!`, `?` or an ellipsis (with any closing quotation marks and
/// brackets that follow) when the next token can open a sentence, at a blank line, and at a
/// single line break unless the next line plainly continues the sentence (it starts in lower
/// case or the line ends with a comma or similar). Headlines and datelines without final
/// punctuation therefore stand as sentences of their own. An abbreviation like `U.S.` ends a
/// sentence only before a typical sentence opener; titles and months (`Gen.`, `Jan.`) never do.
public struct SentenceSplitter: Sendable {
    public init() {}

    /// Returns sentence spans (UTF-8 byte offsets) for `tokens` of `text`.
    public func split(_ text: String, tokens: [Token]) -> [Span] {
        var copy = text
        return copy.withUTF8 { split(bytes: $0, tokens: tokens) }
    }

    /// Returns sentence spans for tokens of the given UTF-8 bytes.
    public func split(bytes: UnsafeBufferPointer<UInt8>, tokens: [Token]) -> [Span] {
        guard !tokens.isEmpty else { return [] }
        var sentences: [Span] = []
        var first = 0
        var index = 0
        while index < tokens.count {
            var last = index
            var boundary = false
            let token = tokens[index]
            let cls = Self.firstClass(bytes, token)
            if token.kind == .punctuation && (cls == .terminal || cls == .ellipsis) {
                // Absorb further terminals and attached closing quotes and brackets.
                while last + 1 < tokens.count, tokens[last + 1].span.start == tokens[last].span.end,
                    Self.closes(bytes, tokens[last + 1])
                {
                    last += 1
                }
                boundary = last + 1 == tokens.count || Self.opensSentence(bytes, tokens, last + 1)
            } else if token.kind == .word, bytes[token.span.end - 1] == UInt8(ascii: "."),
                token.span.length > 1
            {
                let word = Self.substring(bytes, Span(start: token.span.start, end: token.span.end - 1))
                if Abbreviations.kind(of: word) == .either, last + 1 < tokens.count,
                    Self.gap(bytes, tokens[last], tokens[last + 1]) == .space
                {
                    let nextToken = tokens[last + 1]
                    let next = Self.substring(bytes, nextToken.span)
                    boundary = Self.firstClass(bytes, nextToken) == .upper && Abbreviations.opensSentence(next)
                }
            }
            if !boundary, last + 1 < tokens.count {
                switch Self.gap(bytes, tokens[last], tokens[last + 1]) {
                case .paragraph:
                    boundary = true
                case .line:
                    boundary = !Self.continuesLine(bytes, tokens[last], tokens[last + 1])
                case .space, .none:
                    break
                }
            }
            if boundary || last + 1 == tokens.count {
                sentences.append(Span(start: tokens[first].span.start, end: tokens[last].span.end))
                first = last + 1
            }
            index = last + 1
        }
        return sentences
    }

    private enum Gap { case none, space, line, paragraph }

    /// What separates two tokens: nothing, spaces, one line break, or a blank line.
    private static func gap(_ bytes: UnsafeBufferPointer<UInt8>, _ left: Token, _ right: Token) -> Gap {
        guard right.span.start > left.span.end else { return .none }
        var newlines = 0
        for i in left.span.end..<right.span.start where bytes[i] == 0x0A { newlines += 1 }
        return newlines >= 2 ? .paragraph : newlines == 1 ? .line : .space
    }

    private static func firstClass(_ bytes: UnsafeBufferPointer<UInt8>, _ token: Token) -> ScalarClass {
        ScalarClass.at(bytes, token.span.start).0
    }

    private static func substring(_ bytes: UnsafeBufferPointer<UInt8>, _ span: Span) -> Substring {
        Substring(String(decoding: UnsafeBufferPointer(rebasing: bytes[span.start..<span.end]), as: UTF8.self))
    }

    /// Terminal punctuation, closing quotes and closing brackets.
    private static func closes(_ bytes: UnsafeBufferPointer<UInt8>, _ token: Token) -> Bool {
        guard token.kind == .punctuation else { return false }
        switch firstClass(bytes, token) {
        case .terminal, .ellipsis, .closeQuote, .closeBracket, .ambiguousQuote, .rightSingleQuote: return true
        default: return false
        }
    }

    /// True when the token at `index` can open a sentence after terminal punctuation.
    private static func opensSentence(_ bytes: UnsafeBufferPointer<UInt8>, _ tokens: [Token], _ index: Int) -> Bool {
        let token = tokens[index]
        guard token.span.start > tokens[index - 1].span.end else { return false }
        switch firstClass(bytes, token) {
        case .upper, .digit, .openBracket, .dash: return true
        case .openQuote, .ambiguousQuote, .rightSingleQuote:
            guard index + 1 < tokens.count else { return true }
            let after = firstClass(bytes, tokens[index + 1])
            if after == .ambiguousQuote, index + 2 < tokens.count {
                // Two apostrophes as a double quotation mark: ''If we …''
                return firstClass(bytes, tokens[index + 2]) == .upper
            }
            return after == .upper || after == .digit || after == .openQuote
        case .letter:
            // A lower-case word after a full stop still opens a sentence in sloppy copy,
            // but not after ? or ! inside quoted speech ("Why?" he asked).
            return bytes[tokens[index - 1].span.start] == UInt8(ascii: ".")
                && token.kind == .word && index >= 1 && Self.previousIsStop(bytes, tokens, index)
        default:
            return token.kind == .url || token.kind == .email || token.kind == .symbol
        }
    }

    /// True when the terminal before `index` is a plain `.` preceded by a non-abbreviation word.
    private static func previousIsStop(_ bytes: UnsafeBufferPointer<UInt8>, _ tokens: [Token], _ index: Int) -> Bool {
        guard index >= 2 else { return false }
        let stop = tokens[index - 1]
        return stop.span.length == 1 && tokens[index - 2].kind != .punctuation
    }

    /// A single line break does not end the sentence when the next line starts in lower case
    /// or the line ends with a comma, colon, semicolon, hyphen, dash or an opening mark.
    private static func continuesLine(_ bytes: UnsafeBufferPointer<UInt8>, _ left: Token, _ right: Token) -> Bool {
        if firstClass(bytes, right) == .letter { return true }
        let leftClass = firstClass(bytes, left)
        if left.kind == .punctuation {
            switch leftClass {
            case .punctuation, .hyphen, .dash, .openQuote, .openBracket: return true
            default: return false
            }
        }
        return false
    }
}
