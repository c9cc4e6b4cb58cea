import Foundation

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
        if carry.isEmpty {
            // The common case: every `&` starts a complete reference; nothing is copied.
            var index = 0
            var clean = true
            while let found = Self.nextAmpersand(chunk, from: index) {
                guard case .valid(let length) = Self.reference(chunk, at: found) else {
                    clean = false
                    break
                }
                index = found + length
            }
            if clean { return nil }
        }
        var input = carry
        carry.removeAll()
        input.append(contentsOf: chunk)
        var output: [UInt8] = []
        output.reserveCapacity(input.count + 16)
        input.withUnsafeBufferPointer { input in
            var copied = 0
            var index = 0
            while let found = Self.nextAmpersand(input, from: index) {
                switch Self.reference(input, at: found) {
                case .valid(let length):
                    index = found + length
                case .bare:
                    output.append(contentsOf: UnsafeBufferPointer(rebasing: input[copied...found]))
                    output.append(contentsOf: Array("amp;".utf8))
                    repaired += 1
                    copied = found + 1
                    index = found + 1
                case .incomplete:
                    output.append(contentsOf: UnsafeBufferPointer(rebasing: input[copied..<found]))
                    if final {
                        output.append(contentsOf: Array("&amp;".utf8))
                        repaired += 1
                        output.append(contentsOf: UnsafeBufferPointer(rebasing: input[(found + 1)...]))
                    } else {
                        carry = Array(input[found...])
                    }
                    copied = input.count
                    index = input.count
                }
            }
            if copied < input.count { output.append(contentsOf: UnsafeBufferPointer(rebasing: input[copied...])) }
        }
        return output
    }

    private static func nextAmpersand(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int? {
        guard start < bytes.count, let base = bytes.baseAddress else { return nil }
        guard let found = memchr(base + start, 0x26, bytes.count - start) else { return nil }
        return base.distance(to: found.assumingMemoryBound(to: UInt8.self))
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
    private static func reference(_ bytes: UnsafeBufferPointer<UInt8>, at start: Int) -> Reference {
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
