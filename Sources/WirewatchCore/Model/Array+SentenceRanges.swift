extension Array where Element == Token {
    /// The token ranges of `sentences` (UTF-8 spans in text order); empty sentences are left out.
    public func ranges(of sentences: [Span]) -> [Range<Int>] {
        var ranges: [Range<Int>] = []
        var index = 0
        for sentence in sentences {
            while index < count, self[index].span.start < sentence.start { index += 1 }
            let first = index
            while index < count, self[index].span.end <= sentence.end { index += 1 }
            if index > first { ranges.append(first..<index) }
        }
        return ranges
    }
}
