/// Writes little-endian values into a byte array (model files).
struct BinaryWriter {
    private(set) var output: [UInt8] = []

    mutating func bytes(_ values: [UInt8]) { output.append(contentsOf: values) }

    mutating func uint32(_ value: UInt32) {
        for shift in stride(from: 0, to: 32, by: 8) { output.append(UInt8(truncatingIfNeeded: value >> UInt32(shift))) }
    }

    mutating func float32(_ value: Float) { uint32(value.bitPattern) }

    mutating func string(_ value: String) {
        let utf8 = Array(value.utf8)
        uint32(UInt32(utf8.count))
        output.append(contentsOf: utf8)
    }
}
