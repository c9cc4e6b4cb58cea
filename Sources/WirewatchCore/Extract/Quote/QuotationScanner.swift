/// Finds the spans between matching quotation marks in a tokenised text.
///
/// Works on tokens, whose quotation marks the tokenizer splits off while it keeps apostrophes
/// inside words (didn’t, Putin’s, ’90s), so an apostrophe is never taken for a closing mark.
/// Double marks (“ ” « » ") may run over several sentences and paragraphs: a paragraph that
/// ends inside a quote continues it when the next paragraph opens with a quotation mark, as
/// news style has it; otherwise the quote ends with its paragraph. Single marks (‘ ’ ') must
/// close within their paragraph. Quotes inside quotes are part of the outer one.
struct QuotationScanner: Sendable {
    /// One quotation: token indexes of its opening and closing marks (inclusive).
    struct Quotation: Sendable, Hashable {
        var open: Int
        var close: Int
        /// False when the paragraph ended before a closing mark.
        var closed: Bool
    }

    enum Mark: Sendable, Equatable {
        case openDouble, closeDouble, straightDouble, openSingle, closeSingle, straightSingle
    }

    /// The quotation mark a token is, if it is one.
    static func mark(_ bytes: UnsafeBufferPointer<UInt8>, _ token: Token) -> Mark? {
        let start = token.span.start
        switch token.span.length {
        case 1:
            if bytes[start] == UInt8(ascii: "\"") { return .straightDouble }
            if bytes[start] == UInt8(ascii: "'") { return .straightSingle }
        case 2:
            guard bytes[start] == 0xC2 else { return nil }
            if bytes[start + 1] == 0xAB { return .openDouble }  // «
            if bytes[start + 1] == 0xBB { return .closeDouble }  // »
        case 3:
            guard bytes[start] == 0xE2, bytes[start + 1] == 0x80 else { return nil }
            switch bytes[start + 2] {
            case 0x9C, 0x9E: return .openDouble  // “ „
            case 0x9D: return .closeDouble  // ”
            case 0x98: return .openSingle  // ‘
            case 0x99: return .closeSingle  // ’
            default: return nil
            }
        default: return nil
        }
        return nil
    }

    /// Whether a line break separates token `index` from the one before it.
    static func startsParagraph(_ bytes: UnsafeBufferPointer<UInt8>, _ tokens: [Token], _ index: Int) -> Bool {
        guard index > 0 else { return true }
        var position = tokens[index - 1].span.end
        while position < tokens[index].span.start {
            if bytes[position] == 0x0A { return true }
            position += 1
        }
        return false
    }

    func scan(_ bytes: UnsafeBufferPointer<UInt8>, _ tokens: [Token]) -> [Quotation] {
        var found: [Quotation] = []
        var open: (token: Int, double: Bool, straight: Bool)?
        // Quotes inside the open one, of its own kind of mark and of the other kind.
        var nestedSame = 0
        var nestedOther = 0
        var index = 0
        while index < tokens.count {
            var mark = Self.mark(bytes, tokens[index])
            // Two apostrophes in a row ('') are a straight double mark, as some wire copy has it.
            var width = 1
            if mark == .straightSingle, index + 1 < tokens.count, Self.mark(bytes, tokens[index + 1]) == .straightSingle,
                tokens[index + 1].span.start == tokens[index].span.end
            {
                mark = .straightDouble
                width = 2
            }
            if index > 0, Self.startsParagraph(bytes, tokens, index), let current = open {
                let reopens = current.double && (mark == .openDouble || (mark == .straightDouble && current.straight))
                if reopens {
                    // The quote runs on into this paragraph; its opening mark is not a new quote.
                    nestedSame = 0
                    nestedOther = 0
                    index += width
                    continue
                }
                if current.double, index - 1 > current.token + 1 {
                    found.append(Quotation(open: current.token, close: index - 1, closed: false))
                }
                open = nil
                nestedSame = 0
                nestedOther = 0
            }
            guard let mark else {
                index += 1
                continue
            }
            switch mark {
            case .openDouble, .openSingle:
                if let current = open {
                    let openingDouble: Bool = mark == .openDouble
                    let same: Bool = current.double == openingDouble
                    if same, nestedSame == 0, Self.closesHere(tokens, index) {
                        // An opening mark typed where the closing one belongs: “Apparently not,“ he said.
                        found.append(Quotation(open: current.token, close: index, closed: true))
                        open = nil
                        nestedOther = 0
                    } else if same {
                        nestedSame += 1
                    } else {
                        nestedOther += 1
                    }
                } else {
                    open = (index, mark == .openDouble, false)
                }
            case .closeDouble, .closeSingle:
                if let current = open {
                    let closingDouble: Bool = mark == .closeDouble
                    if current.double == closingDouble {
                        // A closing mark of the outer kind closes it even if an inner quote of the
                        // other kind was left open (“… ‘you are the Queen,'” she said).
                        if nestedSame > 0 {
                            nestedSame -= 1
                        } else {
                            found.append(Quotation(open: current.token, close: index, closed: true))
                            open = nil
                            nestedOther = 0
                        }
                    } else if nestedOther > 0 {
                        nestedOther -= 1
                    }
                }
            case .straightDouble, .straightSingle:
                let double: Bool = mark == .straightDouble
                if let current = open {
                    // A straight mark also closes a curly quote it is attached to (“…," he said).
                    let sameKind: Bool = current.double == double
                    let attached: Bool = Self.closesHere(tokens, index)
                    let closesOuter: Bool = sameKind && nestedSame == 0 && (current.straight || attached)
                    if closesOuter {
                        found.append(Quotation(open: current.token, close: index + width - 1, closed: true))
                        open = nil
                        nestedOther = 0
                    } else if !sameKind, nestedOther > 0, Self.closesHere(tokens, index + width - 1) {
                        nestedOther -= 1
                    }
                } else if opensHere(bytes, tokens, first: index, last: index + width - 1, double: double) {
                    open = (index, double, true)
                }
            }
            index += width
        }
        if let current = open, current.double, tokens.count - 1 > current.token + 1 {
            found.append(Quotation(open: current.token, close: tokens.count - 1, closed: false))
        }
        // Empty quotes ("" or a mark closing right after it opened) are not quotations.
        return found.filter { $0.close > $0.open + 1 }
    }

    /// A mark attached to the word before it and followed by space or the end closes a quote.
    static func closesHere(_ tokens: [Token], _ index: Int) -> Bool {
        guard index > 0, tokens[index - 1].span.end == tokens[index].span.start else { return false }
        return index + 1 == tokens.count || tokens[index + 1].span.start > tokens[index].span.end
    }

    /// A straight mark opens a quote when space or a paragraph start is before it and a word
    /// follows it directly; a single straight mark also needs its closing partner in the line.
    private func opensHere(_ bytes: UnsafeBufferPointer<UInt8>, _ tokens: [Token], first: Int, last index: Int, double: Bool) -> Bool {
        guard index + 1 < tokens.count, tokens[index + 1].span.start == tokens[index].span.end else { return false }
        if first > 0 {
            let previousEnd = tokens[first - 1].span.end
            let spaced = previousEnd < tokens[first].span.start
            let afterOpener = previousEnd == tokens[first].span.start && (bytes[previousEnd - 1] == UInt8(ascii: "(") || bytes[previousEnd - 1] == UInt8(ascii: "["))
            guard spaced || afterOpener else { return false }
        }
        if double { return true }
        var next = index + 1
        while next < tokens.count, next < index + 60, !Self.startsParagraph(bytes, tokens, next) {
            if Self.mark(bytes, tokens[next]) == .straightSingle { return true }
            next += 1
        }
        return false
    }
}
