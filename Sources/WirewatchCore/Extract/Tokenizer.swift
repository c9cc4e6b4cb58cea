/// A byte-level tokeniser for English news text.
///
/// Keeps together what belongs together in news copy: abbreviations with their period
/// (`Mr.`, `U.S.`, `Jan.`), initials, decimals and thousands separators (`1,200.5`), clock
/// times (`10:30`), URLs and e-mail addresses, hyphenated words and designators (`Il-76`,
/// `MIM-104A`), ellipses. Possessives and contractions are split as in the Penn Treebank
/// (`Putin` `’s`, `did` `n’t`), with straight and curly apostrophes.
public struct Tokenizer: Sendable {
    public init() {}

    /// Tokenises `text`; token spans are UTF-8 byte offsets.
    public func tokenize(_ text: String) -> [Token] {
        var copy = text
        return copy.withUTF8 { tokenize(bytes: $0) }
    }

    /// Tokenises UTF-8 bytes.
    public func tokenize(bytes: UnsafeBufferPointer<UInt8>) -> [Token] {
        var tokens: [Token] = []
        tokens.reserveCapacity(bytes.count / 5)
        let count = bytes.count
        var index = 0
        while index < count {
            let (cls, length) = ScalarClass.at(bytes, index)
            switch cls {
            case .space, .newline:
                index += length
            case .letter, .upper, .digit:
                if let end = Self.urlEnd(bytes, index) {
                    tokens.append(Token(span: Span(start: index, end: end), kind: .url))
                    index = end
                } else if let end = Self.emailEnd(bytes, index) {
                    tokens.append(Token(span: Span(start: index, end: end), kind: .email))
                    index = end
                } else {
                    index = Self.scanWord(bytes, index, into: &tokens)
                }
            case .rightSingleQuote, .ambiguousQuote:
                // ’90s and '90s: an apostrophe standing for omitted century digits.
                if bytes[index] != UInt8(ascii: "\""), index + length + 1 < count,
                    bytes[index + length] &- 0x30 < 10, bytes[index + length + 1] &- 0x30 < 10,
                    index == 0 || ScalarClass.at(bytes, Self.previousStart(bytes, index)).0 != .letter
                {
                    index = Self.scanWord(bytes, index, into: &tokens, skipFirst: length)
                } else {
                    tokens.append(Token(span: Span(start: index, end: index + length), kind: .punctuation))
                    index += length
                }
            case .terminal where bytes[index] == UInt8(ascii: "."):
                var end = index + 1
                while end < count, bytes[end] == UInt8(ascii: ".") { end += 1 }
                tokens.append(Token(span: Span(start: index, end: end), kind: .punctuation))
                index = end
            case .hyphen where bytes[index] == UInt8(ascii: "-"):
                var end = index + 1
                while end < count, bytes[end] == UInt8(ascii: "-") { end += 1 }
                tokens.append(Token(span: Span(start: index, end: end), kind: .punctuation))
                index = end
            case .symbol:
                tokens.append(Token(span: Span(start: index, end: index + length), kind: .symbol))
                index += length
            default:
                tokens.append(Token(span: Span(start: index, end: index + length), kind: .punctuation))
                index += length
            }
        }
        return tokens
    }

    /// Start of the scalar before `index`.
    static func previousStart(_ bytes: UnsafeBufferPointer<UInt8>, _ index: Int) -> Int {
        var start = index - 1
        while start > 0, bytes[start] & 0xC0 == 0x80 { start -= 1 }
        return start
    }

    /// Scans a word or number from `start`; appends one or two tokens (a split-off clitic).
    private static func scanWord(
        _ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, into tokens: inout [Token], skipFirst: Int = 0
    ) -> Int {
        let count = bytes.count
        var index = start + skipFirst
        var onlyDigits = true
        var lastClass: ScalarClass = .space
        // Start of the current period-separated segment, to tell `U.S` from `end.The`.
        var segmentStart = index
        while index < count {
            let (cls, length) = ScalarClass.at(bytes, index)
            if cls.isWordCharacter {
                if cls != .digit { onlyDigits = false }
                lastClass = cls
                index += length
                continue
            }
            let next = index + length < count ? ScalarClass.at(bytes, index + length) : (.space, 0)
            let byte = bytes[index]
            switch cls {
            case .hyphen where next.0.isWordCharacter:
                onlyDigits = false
                lastClass = cls
                index += length
                continue
            case .symbol where byte == UInt8(ascii: "_") && next.0.isWordCharacter:
                onlyDigits = false
                index += length
                continue
            case .symbol where byte == UInt8(ascii: "&") && lastClass == .upper && next.0 == .upper:
                onlyDigits = false
                index += length
                continue
            case .symbol where byte == UInt8(ascii: "/") && next.0.isWordCharacter && lastClass.isWordCharacter:
                index += length
                continue
            case .punctuation where byte == UInt8(ascii: ",") && lastClass == .digit && onlyDigits:
                // Thousands separator: exactly three digits follow, then no digit.
                if (1...3).allSatisfy({ index + $0 < count && bytes[index + $0] &- 0x30 < 10 }),
                    index + 4 >= count || bytes[index + 4] &- 0x30 >= 10
                {
                    index += 4
                    continue
                }
            case .punctuation where byte == UInt8(ascii: ":") && lastClass == .digit && onlyDigits:
                if index + 2 < count, bytes[index + 1] &- 0x30 < 10, bytes[index + 2] &- 0x30 < 10,
                    index + 3 >= count || bytes[index + 3] &- 0x30 >= 10
                {
                    index += 3
                    continue
                }
            case .terminal where byte == UInt8(ascii: "."):
                if next.0.isWordCharacter && lastClass.isWordCharacter {
                    // Decimals (3.5), dotted acronyms (U.S, a.m), domains (Amazon.com); not `end.The`.
                    let decimal = lastClass == .digit && next.0 == .digit
                    let dotted = index - segmentStart <= 2 && lastClass.isLetter && next.0.isLetter
                    let domain = lastClass.isLetter && next.0 == .letter
                    if decimal || dotted || domain {
                        index += 1
                        segmentStart = index
                        continue
                    }
                }
                let wordBytes = UnsafeBufferPointer(rebasing: bytes[(start + skipFirst)..<index])
                let word = Substring(String(decoding: wordBytes, as: UTF8.self))
                if !onlyDigits, Abbreviations.kind(of: word) != nil {
                    index += 1  // the period belongs to the abbreviation
                }
            case .ambiguousQuote where byte == UInt8(ascii: "'"), .rightSingleQuote:
                if next.0.isLetter {
                    if let (split, end) = cliticSplit(bytes, apostrophe: index, apostropheLength: length, wordStart: start) {
                        tokens.append(Token(span: Span(start: start, end: split), kind: .word))
                        tokens.append(Token(span: Span(start: split, end: end), kind: .word))
                        return end
                    }
                    onlyDigits = false
                    index += length  // O’Brien, rock’n’roll
                    continue
                }
            default:
                break
            }
            break
        }
        tokens.append(Token(span: Span(start: start, end: index), kind: onlyDigits ? .number : .word))
        return index
    }

    /// For an apostrophe inside a word, where a clitic starts and ends (`’s`, `’re`, `’ll`,
    /// `’ve`, `’d`, `’m`, or `n’t`), or nil when the apostrophe is part of the word.
    private static func cliticSplit(
        _ bytes: UnsafeBufferPointer<UInt8>, apostrophe: Int, apostropheLength: Int, wordStart: Int
    ) -> (Int, Int)? {
        let afterStart = apostrophe + apostropheLength
        let afterEnd = wordEnd(bytes, afterStart)
        guard afterEnd - afterStart <= 2 else { return nil }
        var after = String(decoding: UnsafeBufferPointer(rebasing: bytes[afterStart..<afterEnd]), as: UTF8.self)
        after = after.lowercased()
        if after == "t", apostrophe - wordStart >= 2, bytes[apostrophe - 1] | 0x20 == UInt8(ascii: "n") {
            return (apostrophe - 1, afterEnd)
        }
        return ["s", "re", "ll", "ve", "d", "m"].contains(after) ? (apostrophe, afterEnd) : nil
    }

    /// End of the run of letters from `start`.
    private static func wordEnd(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int) -> Int {
        var index = start
        while index < bytes.count {
            let (cls, length) = ScalarClass.at(bytes, index)
            guard cls.isLetter else { break }
            index += length
        }
        return index
    }

    /// End of a URL starting at `start` (`http://`, `https://`, `www.`), or nil.
    static func urlEnd(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int) -> Int? {
        func hasPrefix(_ prefix: StaticString) -> Bool {
            let length = prefix.utf8CodeUnitCount
            guard start + length <= bytes.count else { return false }
            let p = prefix.utf8Start
            for i in 0..<length where bytes[start + i] | 0x20 != p[i] | 0x20 { return false }
            return true
        }
        guard hasPrefix("http://") || hasPrefix("https://") || hasPrefix("www.") else { return nil }
        var index = start
        var openParens = 0
        while index < bytes.count {
            let (cls, length) = ScalarClass.at(bytes, index)
            if cls == .space || cls == .newline || cls == .openQuote || cls == .closeQuote || bytes[index] == 0x22
                || bytes[index] == UInt8(ascii: "<") || bytes[index] == UInt8(ascii: ">")
            {
                break
            }
            if bytes[index] == UInt8(ascii: "(") { openParens += 1 }
            if bytes[index] == UInt8(ascii: ")") {
                if openParens == 0 { break }
                openParens -= 1
            }
            index += length
        }
        // Sentence punctuation after a URL is not part of it.
        while index > start {
            let last = bytes[index - 1]
            if last == UInt8(ascii: ".") || last == UInt8(ascii: ",") || last == UInt8(ascii: ";")
                || last == UInt8(ascii: ":") || last == UInt8(ascii: "!") || last == UInt8(ascii: "?")
                || last == UInt8(ascii: "'")
            {
                index -= 1
            } else if last & 0xC0 == 0x80, index >= 3, bytes[index - 3] == 0xE2, bytes[index - 2] == 0x80 {
                index -= 3  // a curly quote glued to the URL
            } else {
                break
            }
        }
        return index - start >= 8 ? index : nil
    }

    /// End of an e-mail address starting at `start`, or nil.
    static func emailEnd(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int) -> Int? {
        func isLocal(_ b: UInt8) -> Bool {
            b &- 0x30 < 10 || (b | 0x20) &- 0x61 < 26 || b == UInt8(ascii: ".") || b == UInt8(ascii: "_")
                || b == UInt8(ascii: "-") || b == UInt8(ascii: "+") || b == UInt8(ascii: "%")
        }
        var index = start
        while index < bytes.count, isLocal(bytes[index]) { index += 1 }
        guard index < bytes.count, bytes[index] == UInt8(ascii: "@"), index > start else { return nil }
        index += 1
        let domainStart = index
        var dots = 0
        while index < bytes.count,
            bytes[index] &- 0x30 < 10 || (bytes[index] | 0x20) &- 0x61 < 26 || bytes[index] == UInt8(ascii: "-")
                || bytes[index] == UInt8(ascii: ".")
        {
            if bytes[index] == UInt8(ascii: ".") { dots += 1 }
            index += 1
        }
        while index > domainStart, bytes[index - 1] == UInt8(ascii: ".") || bytes[index - 1] == UInt8(ascii: "-") {
            if bytes[index - 1] == UInt8(ascii: ".") { dots -= 1 }
            index -= 1
        }
        return dots >= 1 && index > domainStart ? index : nil
    }
}
