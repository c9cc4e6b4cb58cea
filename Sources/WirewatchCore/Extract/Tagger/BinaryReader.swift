/// Reads little-endian values from a byte array (model files).
struct BinaryReader {
    let bytes: [UInt8]
    private(set) var position = 0

    init(bytes: [UInt8]) {
        self.bytes = bytes
    }

    mutating func take(_ count: Int) -> ArraySlice<UInt8>? {
        guard count >= 0, position + count <= bytes.count else { return nil }
        defer { position += count }
        return bytes[position..<(position + count)]
    }

    mutating func uint32() -> UInt32? {
        guard let slice = take(4) else { return nil }
        return slice.reversed().reduce(0) { $0 << 8 | UInt32($1) }
    }

    mutating func float32() -> Float? {
        uint32().map { Float(bitPattern: $0) }
    }

    mutating func string() -> String? {
        guard let length = uint32(), let slice = take(Int(length)) else { return nil }
        return String(decoding: slice, as: UTF8.self)
    }
}
