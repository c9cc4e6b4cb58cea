/// Escapes bare `&` (not the start of a character or entity reference) before libxml2 sees it.
///
/// A bare ampersand is the commonest error in real feeds (`Fish & Chips`, URLs with `?a=1&b=2`);
/// libxml2's recovery drops it, and the text with it. Turned into `&amp;` it survives. Works
/// across chunk boundaries by holding back an `&` whose reference is not complete yet. Only for
/// byte-oriented encodings (UTF-8 and single-byte ones): UTF-16/32 input passes unchanged.
struct AmpersandRepair {
    private var carry: [UInt8] = []
    /// How many ampersands were escaped.
    private(set) var repaired = 0

    /// Longest reference looked at, in bytes (`&CounterClockwiseContourIntegral;` is 33).
    private static let longest = 40

    /// The bytes to parse for `chunk`: nil when the chunk can be parsed as it is, else a
    /// repaired copy (which may hold back an unfinished reference for the next chunk).
    mutating func repair(_ chunk: UnsafeBufferPointer<UInt8>, final: Bool) -> [UInt8]? {
        if carry.isEmpty, chunk.firstIndex(of: UInt8(ascii: "&")) == nil {
            return nil
        }
        var input = carry
        carry.removeAll()
        input.append(contentsOf: chunk)
        var output: [UInt8] = []
        output.reserveCapacity(input.count + 16)
        var index = 0
        while index < input.count {
            let byte = input[index]
            guard byte == UInt8(ascii: "&") else {
                output.append(byte)
                index += 1
                continue
            }
            switch Self.reference(input, at: index) {
            case .valid(let length):
                output.append(contentsOf: input[index..<(index + length)])
                index += length
            case .bare:
                output.append(contentsOf: Array("&amp;".utf8))
                repaired += 1
                index += 1
            case .incomplete:
                if final {
                    output.append(contentsOf: Array("&amp;".utf8))
                    repaired += 1
                    index += 1
                } else {
                    carry = Array(input[index...])
                    index = input.count
                }
            }
        }
        return output
    }

    /// Anything held back, at the end of the input.
    mutating func flush() -> [UInt8] {
        guard !carry.isEmpty else { return [] }
        return [UInt8]().withUnsafeBufferPointer { repair($0, final: true) } ?? []
    }

    private enum Reference {
        case valid(Int)
        case bare
        case incomplete
    }

    /// Whether the `&` at `start` begins `&name;`, `&#123;` or `&#x1F;`.
    private static func reference(_ bytes: [UInt8], at start: Int) -> Reference {
        var index = start + 1
        let limit = min(bytes.count, start + longest)
        guard index < bytes.count else { return .incomplete }
        if bytes[index] == UInt8(ascii: "#") {
            index += 1
            var hex = false
            if index < limit, bytes[index] | 0x20 == UInt8(ascii: "x") {
                hex = true
                index += 1
            }
            let digitsStart = index
            while index < limit {
                let byte = bytes[index]
                if byte == UInt8(ascii: ";") { return index > digitsStart ? .valid(index + 1 - start) : .bare }
                let isDigit = byte &- 0x30 < 10 || (hex && (byte | 0x20) &- 0x61 < 6)
                if !isDigit { return .bare }
                index += 1
            }
            return limit == bytes.count && limit < start + longest ? .incomplete : .bare
        }
        let first = bytes[index]
        guard (first | 0x20) &- 0x61 < 26 || first == UInt8(ascii: "_") || first == UInt8(ascii: ":") || first >= 0x80 else {
            return .bare
        }
        while index < limit {
            let byte = bytes[index]
            if byte == UInt8(ascii: ";") { return .valid(index + 1 - start) }
            let isName = (byte | 0x20) &- 0x61 < 26 || byte &- 0x30 < 10 || byte == UInt8(ascii: "_")
                || byte == UInt8(ascii: ":") || byte == UInt8(ascii: ".") || byte == UInt8(ascii: "-") || byte >= 0x80
            if !isName { return .bare }
            index += 1
        }
        return limit == bytes.count && limit < start + longest ? .incomplete : .bare
    }
}
