/// Converts UTF-8 byte offsets into Unicode scalar (code point) offsets for one text.
///
/// The outbox promises code point offsets (as Python counts string indices); stages work in
/// bytes. ASCII text needs no table; other text gets one 32-bit entry per byte.
public struct ScalarOffsets: Sendable {
    /// nil when every scalar is one byte (offsets are equal).
    private let table: [Int32]?
    private let scalarCount: Int

    public init(_ text: String) {
        let utf8 = text.utf8
        let count = text.unicodeScalars.count
        scalarCount = count
        guard count != utf8.count else {
            table = nil
            return
        }
        var table = [Int32](repeating: 0, count: utf8.count + 1)
        var scalarIndex: Int32 = -1
        var position = 0
        for byte in utf8 {
            if byte & 0xC0 != 0x80 { scalarIndex += 1 }
            table[position] = scalarIndex
            position += 1
        }
        table[utf8.count] = Int32(count)
        self.table = table
    }

    /// The code point offset of a UTF-8 offset that falls on a scalar boundary.
    public func scalar(_ byteOffset: Int) -> Int {
        guard let table else { return byteOffset }
        return Int(table[byteOffset])
    }

    /// A span converted to code point offsets.
    public func scalars(_ span: Span) -> (start: Int, end: Int) {
        (scalar(span.start), scalar(span.end))
    }
}
