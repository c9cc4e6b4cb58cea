/// What kind of input a file is, decided from its first bytes and, for XML, its root element.
public enum FeedFormat: Sendable, Hashable {
    case text
    case xml
    case json

    /// Sniffs the start of an input (after any BOM and white space): `<` is XML, `{` is JSON,
    /// anything else is plain text. UTF-16/32 XML is recognised by its BOM or `<` pattern.
    public static func sniff(_ bytes: some Collection<UInt8>) -> FeedFormat {
        var iterator = bytes.prefix(4096).makeIterator()
        var first: [UInt8] = []
        while let byte = iterator.next(), first.count < 4096 { first.append(byte) }
        let wideXML: [[UInt8]] = [
            [0xFF, 0xFE, 0x3C, 0x00], [0xFE, 0xFF, 0x00, 0x3C], [0x3C, 0x00, 0x3F, 0x00], [0x00, 0x3C, 0x00, 0x3F],
            [0xFF, 0xFE, 0x00, 0x00, 0x3C, 0x00, 0x00, 0x00], [0x00, 0x00, 0xFE, 0xFF, 0x00, 0x00, 0x00, 0x3C],
            [0x3C, 0x00, 0x00, 0x00, 0x3F, 0x00], [0x00, 0x00, 0x00, 0x3C, 0x00, 0x00],
        ]
        if wideXML.contains(where: { first.starts(with: $0) }) { return .xml }
        var index = first.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
        while index < first.count, first[index] == 0x20 || first[index] == 0x0A || first[index] == 0x0D || first[index] == 0x09 {
            index += 1
        }
        guard index < first.count else { return .text }
        switch first[index] {
        case UInt8(ascii: "<"):
            // "<" followed by a name, "?", "!" starts markup; prose does not begin with a tag.
            guard index + 1 < first.count else { return .text }
            let next = first[index + 1]
            return next == UInt8(ascii: "?") || next == UInt8(ascii: "!") || (next | 0x20) &- 0x61 < 26 ? .xml : .text
        case UInt8(ascii: "{"):
            return .json
        default:
            return .text
        }
    }
}
