/// Cleans decoded text so that offsets are stable and stages see one kind of line end.
///
/// Removes NUL, C0 and C1 control characters (keeping tab and line feed), stray byte-order
/// marks, turns CRLF and lone CR into LF and the Unicode line and paragraph separators into LF.
public enum TextNormalizer {
    /// Returns the normalised text and how many characters were removed.
    public static func normalize(_ text: String) -> (text: String, removed: Int) {
        var source = text
        let clean = source.withUTF8 { bytes -> Bool in
            let count = bytes.count
            for index in 0..<count {
                let byte = bytes[index]
                if byte >= 0x20 && byte < 0x7F { continue }
                if byte == 0x0A || byte == 0x09 { continue }
                if byte < 0x20 || byte == 0x7F { return false }
                // Multi-byte characters this normaliser changes: C1 controls, U+FEFF, U+2028/2029.
                if byte == 0xC2, index + 1 < count, bytes[index + 1] < 0xA0 { return false }
                if byte == 0xEF, index + 2 < count, bytes[index + 1] == 0xBB, bytes[index + 2] == 0xBF { return false }
                if byte == 0xE2, index + 2 < count, bytes[index + 1] == 0x80, bytes[index + 2] == 0xA8 || bytes[index + 2] == 0xA9 {
                    return false
                }
            }
            return true
        }
        // Most text needs nothing: return it without copying.
        if clean { return (text, 0) }
        return source.withUTF8 { bytes -> (String, Int) in
            var out: [UInt8] = []
            out.reserveCapacity(bytes.count)
            var removed = 0
            var index = 0
            let count = bytes.count
            while index < count {
                let byte = bytes[index]
                if byte < 0x20 {
                    if byte == 0x0A || byte == 0x09 {
                        out.append(byte)
                    } else if byte == 0x0D {
                        out.append(0x0A)
                        if index + 1 < count && bytes[index + 1] == 0x0A { index += 1 }
                    } else {
                        removed += 1
                    }
                    index += 1
                    continue
                }
                if byte == 0x7F {
                    removed += 1
                    index += 1
                    continue
                }
                if byte == 0xC2 && index + 1 < count && bytes[index + 1] >= 0x80 && bytes[index + 1] <= 0x9F {
                    // C1 control character U+0080–U+009F.
                    removed += 1
                    index += 2
                    continue
                }
                if byte == 0xEF && index + 2 < count && bytes[index + 1] == 0xBB && bytes[index + 2] == 0xBF {
                    // U+FEFF inside the text is a stray byte-order mark, not content.
                    removed += 1
                    index += 3
                    continue
                }
                if byte == 0xE2 && index + 2 < count && bytes[index + 1] == 0x80
                    && (bytes[index + 2] == 0xA8 || bytes[index + 2] == 0xA9)
                {
                    out.append(0x0A)
                    index += 3
                    continue
                }
                out.append(byte)
                index += 1
            }
            return (String(decoding: out, as: UTF8.self), removed)
        }
    }
}
