/// 64-bit FNV-1a hashing of feature values, the basis of the tagger's hashed features.
enum FeatureHash {
    static let offset: UInt64 = 0xCBF2_9CE4_8422_2325
    static let prime: UInt64 = 0x0000_0100_0000_01B3

    /// Hash of bytes, ASCII letters lower-cased when `lower` is set.
    @inline(__always)
    static func bytes(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int, lower: Bool, seed: UInt64 = offset) -> UInt64 {
        var hash = seed
        var index = start
        while index < end {
            var byte = bytes[index]
            if lower, byte &- 0x41 < 26 { byte |= 0x20 }
            hash = (hash ^ UInt64(byte)) &* prime
            index += 1
        }
        return hash
    }

    /// Hash of a string's UTF-8 bytes, lower-cased.
    static func lowercased(_ text: String) -> UInt64 {
        var hash = offset
        for var byte in text.utf8 {
            if byte &- 0x41 < 26 { byte |= 0x20 }
            hash = (hash ^ UInt64(byte)) &* prime
        }
        return hash
    }

    /// Combines two hashes (order matters).
    @inline(__always)
    static func combine(_ a: UInt64, _ b: UInt64) -> UInt64 {
        (a ^ (b &+ 0x9E37_79B9_7F4A_7C15 &+ (a << 6) &+ (a >> 2))) &* prime
    }

    /// The hash of a token sequence, from its tokens' lower-case hashes.
    @inline(__always)
    static func sequence(_ previous: UInt64, _ token: UInt64) -> UInt64 {
        combine(previous == 0 ? offset : previous, token)
    }
}
