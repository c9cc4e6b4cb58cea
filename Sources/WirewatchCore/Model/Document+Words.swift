extension Document {
    /// `words` and `capitalised`, or computed from `bytes` (the text's UTF-8) when a caller set
    /// `tokens` without them.
    func tokenWords(_ bytes: UnsafeBufferPointer<UInt8>) -> (words: [String], capitalised: [Bool]) {
        if words.count == tokens.count, capitalised.count == tokens.count { return (words, capitalised) }
        return Self.words(bytes, tokens[...])
    }

    /// The tokens as the stages read them: ASCII-lower-cased words, and whether each starts
    /// with a capital.
    static func words(_ bytes: UnsafeBufferPointer<UInt8>, _ tokens: ArraySlice<Token>) -> (words: [String], capitalised: [Bool]) {
        var words: [String] = []
        var capitalised: [Bool] = []
        words.reserveCapacity(tokens.count)
        capitalised.reserveCapacity(tokens.count)
        for token in tokens {
            let raw = UnsafeBufferPointer(rebasing: bytes[token.span.start..<token.span.end])
            // Lower-case straight into the string's storage: no intermediate array per token.
            if raw.contains(where: { $0 &- 0x41 < 26 }) {
                words.append(
                    String(unsafeUninitializedCapacity: raw.count) { buffer in
                        for index in 0..<raw.count {
                            let byte = raw[index]
                            buffer[index] = byte &- 0x41 < 26 ? byte | 0x20 : byte
                        }
                        return raw.count
                    })
            } else {
                words.append(String(decoding: raw, as: UTF8.self))
            }
            capitalised.append(raw[0] &- 0x41 < 26)
        }
        return (words, capitalised)
    }
}
