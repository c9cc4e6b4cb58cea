/// Turns the tokens of a sentence into the hashed feature ids of the tagger.
///
/// Features per token: the word, its lower case, shape, prefixes and suffixes, the words and
/// shapes around it (two each side), word bigrams, sentence position, capitalisation in
/// context (a capital that is not just sentence-initial, headline case), and lexicon matches
/// (countries, cities, regions, demonyms, first names, organisation words…) as BILOU positions
/// of multi-word phrases. Everything is hashed from bytes: no strings are built.
struct SentenceEncoder: Sendable {
    /// Number of hash buckets (a power of two).
    let buckets: Int
    let lexicons: Lexicons

    struct TokenInfo {
        var exact: UInt64
        var lower: UInt64
        var shape: UInt64
        var start: Int
        var end: Int
        var capitalized: Bool
        var allCaps: Bool
        var punctuation: Bool
        /// Lexicon matches covering the token, with the token's BILOU position in each.
        var lexicon: [(Lexicons.Category, TagSet.Position)]
    }

    /// Features of each token: `ids[offsets[t]..<offsets[t + 1]]`.
    struct Encoded {
        var ids: [UInt32]
        var offsets: [Int]
        var info: [TokenInfo]
    }

    /// What the whole document says about word forms: which occur in lower case, and which
    /// are capitalised where capitals mean something (not sentence-initial, not in a headline).
    struct DocumentContext {
        var lowerForms: Set<UInt64> = []
        var capitalisedForms: Set<UInt64> = []

        /// Collects the forms of a document's tokens (`sentences` as token ranges).
        init(_ bytes: UnsafeBufferPointer<UInt8>, _ tokens: [Token], _ sentences: [Range<Int>]) {
            for sentence in sentences {
                for index in sentence where tokens[index].kind == .word {
                    let span = tokens[index].span
                    let first = bytes[span.start]
                    let lower = FeatureHash.bytes(bytes, span.start, span.end, lower: true)
                    if first &- 0x61 < 26 {
                        lowerForms.insert(lower)
                    } else if first &- 0x41 < 26, index > sentence.lowerBound {
                        capitalisedForms.insert(lower)
                    }
                }
            }
        }

        init() {}
    }

    static let boundary = FeatureHash.lowercased("<s>")
    static let boundaryEnd = FeatureHash.lowercased("</s>")

    func encode(_ bytes: UnsafeBufferPointer<UInt8>, _ tokens: ArraySlice<Token>, context: DocumentContext = DocumentContext()) -> Encoded {
        var info = tokens.map { token -> TokenInfo in Self.describe(bytes, token) }
        matchLexicons(&info)
        let headline = Self.isHeadline(info)
        var ids: [UInt32] = []
        ids.reserveCapacity(info.count * 40)
        var offsets: [Int] = [0]
        offsets.reserveCapacity(info.count + 1)
        let mask = UInt64(buckets - 1)
        @inline(__always) func add(_ template: UInt64, _ value: UInt64) {
            let hash = FeatureHash.combine(template &* 0x9E37_79B9_7F4A_7C15, value)
            ids.append(UInt32(truncatingIfNeeded: (hash ^ (hash >> 29)) & mask))
        }
        for index in 0..<info.count {
            let token = info[index]
            let previous = index > 0 ? info[index - 1].lower : Self.boundary
            let next = index + 1 < info.count ? info[index + 1].lower : Self.boundaryEnd
            let previous2 = index > 1 ? info[index - 2].lower : Self.boundary
            let next2 = index + 2 < info.count ? info[index + 2].lower : Self.boundaryEnd
            let previousShape = index > 0 ? info[index - 1].shape : Self.boundary
            let nextShape = index + 1 < info.count ? info[index + 1].shape : Self.boundaryEnd
            add(1, 0)
            add(2, token.exact)
            add(3, token.lower)
            add(4, token.shape)
            let length = token.end - token.start
            for size in 1...3 where size < length {
                add(10 + UInt64(size), FeatureHash.bytes(bytes, token.start, token.start + size, lower: true))
            }
            for size in 1...4 where size < length {
                add(20 + UInt64(size), FeatureHash.bytes(bytes, token.end - size, token.end, lower: true))
            }
            add(30, previous)
            add(31, next)
            add(32, previous2)
            add(33, next2)
            add(34, previousShape)
            add(35, nextShape)
            add(36, FeatureHash.combine(previous, token.lower))
            add(37, FeatureHash.combine(token.lower, next))
            add(38, FeatureHash.combine(FeatureHash.combine(previousShape, token.shape), nextShape))
            add(39, FeatureHash.combine(previous, token.shape))
            add(40, FeatureHash.combine(token.shape, next))
            // Capitalisation in context: a capital at the start of a sentence or in a headline says little.
            let placement: UInt64 = index == 0 ? 1 : headline ? 2 : 3
            add(41, FeatureHash.combine(placement, token.shape))
            if token.capitalized && index > 0 && !headline { add(42, token.lower) }
            add(43, UInt64(min(length, 12)))
            // Document evidence: a capitalised word also seen in lower case is likely a common
            // word; a sentence-initial or headline word seen capitalised mid-sentence, a name.
            if token.capitalized || token.allCaps {
                let seenLower = context.lowerForms.contains(token.lower)
                let seenCapital = context.capitalisedForms.contains(token.lower)
                add(44, UInt64(seenLower ? 1 : 0) | UInt64(seenCapital ? 2 : 0) | UInt64(index == 0 || headline ? 4 : 0))
            }
            for (category, position) in token.lexicon {
                add(50, UInt64(category.rawValue) << 8 | UInt64(position.rawValue))
                add(51, FeatureHash.combine(UInt64(category.rawValue), token.shape))
            }
            if index > 0 {
                for (category, position) in info[index - 1].lexicon { add(52, UInt64(category.rawValue) << 8 | UInt64(position.rawValue)) }
            }
            if index + 1 < info.count {
                for (category, position) in info[index + 1].lexicon { add(53, UInt64(category.rawValue) << 8 | UInt64(position.rawValue)) }
            }
            offsets.append(ids.count)
        }
        return Encoded(ids: ids, offsets: offsets, info: info)
    }

    /// Finds lexicon phrases in the sentence (longest match at each start).
    private func matchLexicons(_ info: inout [TokenInfo]) {
        let count = info.count
        var start = 0
        while start < count {
            var hash: UInt64 = 0
            var end = start
            var matches: [(Int, Lexicons.Category)] = []
            while end < count, end - start < lexicons.longest {
                hash = FeatureHash.sequence(hash, info[end].lower)
                let found = lexicons.categories(hash: hash)
                if !found.isEmpty { matches.append((end + 1, found)) }
                if !lexicons.isPrefix(hash) { break }
                end += 1
            }
            for (matchEnd, categories) in matches {
                for (category, _) in Lexicons.Category.all where categories.contains(category) {
                    for position in start..<matchEnd {
                        let place: TagSet.Position =
                            matchEnd - start == 1 ? .unit : position == start ? .begin : position == matchEnd - 1 ? .last : .inside
                        info[position].lexicon.append((category, place))
                    }
                }
            }
            start += 1
        }
    }

    /// True when most words of the sentence are capitalised (a headline or title).
    private static func isHeadline(_ info: [TokenInfo]) -> Bool {
        var words = 0
        var capitals = 0
        for token in info where !token.punctuation {
            words += 1
            if token.capitalized || token.allCaps { capitals += 1 }
        }
        return words >= 3 && capitals * 10 >= words * 8
    }

    static func describe(_ bytes: UnsafeBufferPointer<UInt8>, _ token: Token) -> TokenInfo {
        let start = token.span.start
        let end = token.span.end
        let (shape, letters, uppers) = Self.shape(bytes, start, end)
        let first = bytes[start]
        var capitalized = first &- 0x41 < 26
        if first >= 0xC0, let scalar = String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<min(end, start + 4)]), as: UTF8.self).unicodeScalars.first {
            capitalized = scalar.properties.isUppercase
        }
        return TokenInfo(
            exact: FeatureHash.bytes(bytes, start, end, lower: false),
            lower: FeatureHash.bytes(bytes, start, end, lower: true),
            shape: shape, start: start, end: end, capitalized: capitalized,
            allCaps: letters > 1 && uppers == letters, punctuation: letters == 0 && !(first &- 0x30 < 10),
            lexicon: [])
    }

    /// The hash of a token's shape (`Xxxx`, `dd.dd`: runs of one character class collapsed), with
    /// its counts of letters and capitals.
    static func shape(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> (hash: UInt64, letters: Int, uppers: Int) {
        var shape = FeatureHash.offset
        var last: UInt8 = 0
        var letters = 0
        var uppers = 0
        var index = start
        while index < end {
            let byte = bytes[index]
            let kind: UInt8
            if byte &- 0x41 < 26 {
                kind = UInt8(ascii: "X")
                uppers += 1
                letters += 1
            } else if byte &- 0x61 < 26 {
                kind = UInt8(ascii: "x")
                letters += 1
            } else if byte &- 0x30 < 10 {
                kind = UInt8(ascii: "d")
            } else if byte >= 0x80 {
                // Non-ASCII: a lead byte of an upper-case letter cannot be told cheaply; call it a letter.
                kind = byte >= 0xC0 ? UInt8(ascii: "u") : 0
                if byte >= 0xC0 { letters += 1 }
            } else {
                kind = byte
            }
            if kind != 0 && kind != last {
                shape = (shape ^ UInt64(kind)) &* FeatureHash.prime
                last = kind
            }
            index += 1
        }
        return (shape, letters, uppers)
    }
}
