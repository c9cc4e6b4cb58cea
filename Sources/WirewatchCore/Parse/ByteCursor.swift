/// A forward-only reader over UTF-8 bytes for small hand-written grammars (dates, headers).
struct ByteCursor {
    let bytes: [UInt8]
    private(set) var position: Int = 0

    init(_ bytes: [UInt8]) {
        self.bytes = bytes
    }

    var isAtEnd: Bool { position >= bytes.count }

    var peekDigit: Bool { position < bytes.count && bytes[position] &- 0x30 < 10 }

    /// True at the end, or before a byte that cannot continue a word or number.
    var atBoundary: Bool {
        guard position < bytes.count else { return true }
        let byte = bytes[position]
        return !(byte &- 0x30 < 10 || (byte | 0x20) &- 0x61 < 26 || byte >= 0x80)
    }

    mutating func take(_ byte: UInt8) -> Bool {
        guard position < bytes.count, bytes[position] == byte else { return false }
        position += 1
        return true
    }

    mutating func skipSpaces() {
        while position < bytes.count, bytes[position] == 0x20 || bytes[position] == 0x09 { position += 1 }
    }

    /// Reads exactly `count` ASCII digits not followed by another digit.
    mutating func digits(exactly count: Int) -> Int? {
        digits(min: count, max: count)
    }

    /// Reads between `min` and `max` ASCII digits (and no more).
    mutating func digits(min: Int, max: Int) -> Int? {
        var value = 0
        var length = 0
        var index = position
        while index < bytes.count, bytes[index] &- 0x30 < 10 {
            if length == max { return nil }
            value = value * 10 + Int(bytes[index] &- 0x30)
            length += 1
            index += 1
        }
        guard length >= min else { return nil }
        position = index
        return value
    }

    /// Reads exactly `count` ASCII digits, whatever follows them.
    mutating func fixedDigits(_ count: Int) -> Int? {
        guard position + count <= bytes.count else { return nil }
        var value = 0
        for index in position..<(position + count) {
            guard bytes[index] &- 0x30 < 10 else { return nil }
            value = value * 10 + Int(bytes[index] &- 0x30)
        }
        position += count
        return value
    }

    /// Reads a run of ASCII letters.
    mutating func letters() -> String? {
        let start = position
        var index = position
        while index < bytes.count, (bytes[index] | 0x20) &- 0x61 < 26 { index += 1 }
        guard index > start else { return nil }
        position = index
        return String(decoding: bytes[start..<index], as: UTF8.self)
    }
}
