import Foundation

/// Turns HTML (from feed content and descriptions) into plain text.
///
/// Block elements become paragraph breaks, `<br>` a line break, list items and table rows
/// their own lines; `script`, `style`, `template`, `noscript`, `svg` and comments are dropped;
/// every HTML5 named and numeric character reference is decoded; white space is collapsed; no
/// markup is left. A byte scanner, since feeds carry megabytes of HTML: it never builds a tree.
public enum HTMLText {
    /// Plain text of `html` (UTF-8 bytes).
    public static func text(fromHTML html: [UInt8]) -> String {
        var out = TextBuilder(capacity: html.count)
        html.withUnsafeBufferPointer { convert($0, into: &out) }
        var text = out.finish()
        // Doubly escaped markup (`&lt;p&gt;` inside an RSS description) decodes to tags: once more.
        if looksLikeMarkup(text) {
            var again = TextBuilder(capacity: text.utf8.count)
            text.withUTF8 { convert($0, into: &again) }
            text = again.finish()
        }
        return text
    }

    /// Plain text of `html`.
    public static func text(fromHTML html: String) -> String {
        text(fromHTML: Array(html.utf8))
    }

    /// Plain text given as text: references decoded only when asked, white space collapsed.
    public static func text(fromPlain plain: [UInt8], decodeReferences: Bool = false) -> String {
        var out = TextBuilder(capacity: plain.count)
        plain.withUnsafeBufferPointer { bytes in
            var index = 0
            while index < bytes.count {
                if decodeReferences, bytes[index] == UInt8(ascii: "&"), let (text, length) = reference(bytes, index) {
                    out.appendText(text)
                    index += length
                } else {
                    out.append(bytes[index], preserveSpace: false)
                    index += 1
                }
            }
        }
        return out.finish()
    }

    private enum TagKind {
        case block, line, cell, skip, other
    }

    /// Elements whose content is not text.
    private static let skipped: Set<String> = ["script", "style", "template", "noscript", "svg", "math", "head", "iframe", "object"]
    /// Elements that start and end a paragraph.
    private static let blocks: Set<String> = [
        "p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "dl", "blockquote", "pre", "table", "section",
        "article", "header", "footer", "aside", "nav", "figure", "figcaption", "hr", "address", "main", "details",
        "summary", "form", "fieldset", "center", "caption", "body", "html",
    ]
    /// Elements that start a line.
    private static let lines: Set<String> = ["br", "li", "tr", "dt", "dd", "option"]
    private static let cells: Set<String> = ["td", "th"]

    private static func kind(of name: String) -> TagKind {
        if blocks.contains(name) { return .block }
        if lines.contains(name) { return .line }
        if cells.contains(name) { return .cell }
        if skipped.contains(name) { return .skip }
        return .other
    }

    /// The kinds of the named tags, keyed by their lower-case name packed into a UInt64, so a
    /// tag is classified without building a String (names over 8 bytes are `.other`).
    private static let packedKinds: [UInt64: TagKind] = {
        var table: [UInt64: TagKind] = [:]
        for name in blocks.union(lines).union(cells).union(skipped) where name.utf8.count <= 8 {
            var packed: UInt64 = 0
            for byte in name.utf8 { packed = packed << 8 | UInt64(byte) }
            table[packed] = kind(of: name)
        }
        return table
    }()

    private static func kind(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> TagKind {
        guard end - start <= 8 else { return .other }
        var packed: UInt64 = 0
        for i in start..<end {
            let byte = bytes[i]
            packed = packed << 8 | UInt64(byte &- 0x41 < 26 ? byte | 0x20 : byte)
        }
        return packedKinds[packed] ?? .other
    }

    /// True for bytes that end a run of ordinary text: markup, references, white space and
    /// control characters, and the lead byte of U+00A0.
    @inline(__always)
    private static func isSpecial(_ byte: UInt8) -> Bool {
        byte <= 0x20 || byte == 0x3C || byte == 0x26 || byte == 0xC2 || byte == 0x7F
    }

    private static func convert(_ bytes: UnsafeBufferPointer<UInt8>, into out: inout TextBuilder) {
        var index = 0
        var preformatted = 0
        let count = bytes.count
        while index < count {
            let byte = bytes[index]
            if !isSpecial(byte) {
                // A run of ordinary text, copied at once; single spaces between words stay in it.
                var end = index + 1
                while end < count {
                    let next = bytes[end]
                    if !isSpecial(next) {
                        end += 1
                    } else if next == 0x20, end + 1 < count, !isSpecial(bytes[end + 1]) {
                        end += 2
                    } else {
                        break
                    }
                }
                out.appendRun(UnsafeBufferPointer(rebasing: bytes[index..<end]))
                index = end
                continue
            }
            if byte == UInt8(ascii: "<") {
                if let end = tag(bytes, index, into: &out, preformatted: &preformatted) {
                    index = end
                    continue
                }
                out.append(byte, preserveSpace: preformatted > 0)
                index += 1
            } else if byte == UInt8(ascii: "&") {
                if let (text, length) = reference(bytes, index) {
                    out.appendText(text)
                    index += length
                } else {
                    out.append(byte, preserveSpace: false)
                    index += 1
                }
            } else if byte == 0xC2, index + 1 < count, bytes[index + 1] == 0xA0 {
                out.space()  // a no-break space collapses like any other
                index += 2
            } else {
                out.append(byte, preserveSpace: preformatted > 0)
                index += 1
            }
        }
    }

    /// Handles a tag, comment or declaration at `start`; returns the index after it, or nil when
    /// the `<` does not open markup (`a < b`).
    private static func tag(
        _ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, into out: inout TextBuilder, preformatted: inout Int
    ) -> Int? {
        let count = bytes.count
        var index = start + 1
        guard index < count else { return nil }
        if bytes[index] == UInt8(ascii: "!") {
            if matches(bytes, index + 1, "--") {
                return find(bytes, "-->", from: index + 3).map { $0 + 3 } ?? count
            }
            if matches(bytes, index + 1, "[CDATA[") {
                let contentStart = index + 8
                let end = find(bytes, "]]>", from: contentStart) ?? count
                for i in contentStart..<end { out.append(bytes[i], preserveSpace: preformatted > 0) }
                return min(count, end + 3)
            }
            return find(bytes, ">", from: index).map { $0 + 1 } ?? count
        }
        if bytes[index] == UInt8(ascii: "?") {
            return find(bytes, ">", from: index).map { $0 + 1 } ?? count
        }
        var closing = false
        if bytes[index] == UInt8(ascii: "/") {
            closing = true
            index += 1
        }
        let nameStart = index
        while index < count, isNameByte(bytes[index]) { index += 1 }
        guard index > nameStart, (bytes[nameStart] | 0x20) &- 0x61 < 26 else { return nil }
        let nameEnd = index
        // Skip attributes, honouring quotes so a `>` inside a value does not end the tag.
        var quote: UInt8 = 0
        while index < count {
            let byte = bytes[index]
            if quote != 0 {
                if byte == quote { quote = 0 }
            } else if byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "'") {
                quote = byte
            } else if byte == UInt8(ascii: ">") {
                break
            }
            index += 1
        }
        let selfClosing = index > 0 && index < count && bytes[index - 1] == UInt8(ascii: "/")
        let end = min(count, index + 1)
        let kind = kind(bytes, nameStart, nameEnd)
        switch kind {
        case .skip where !closing && !selfClosing:
            // Drop everything up to the matching end tag.
            let name = lowercaseName(bytes, nameStart, nameEnd)
            var search = end
            while let found = find(bytes, "</", from: search) {
                let after = found + 2
                let close = lowercaseName(bytes, after, min(count, after + name.utf8.count))
                if close == name {
                    return find(bytes, ">", from: after).map { $0 + 1 } ?? count
                }
                search = after
            }
            return count
        case .block:
            out.paragraph()
            if nameEnd - nameStart == 3, lowercaseName(bytes, nameStart, nameEnd) == "pre" {
                preformatted += closing ? (preformatted > 0 ? -1 : 0) : 1
            }
        case .line:
            if !closing || (nameEnd - nameStart == 2 && bytes[nameStart] | 0x20 == UInt8(ascii: "b")) { out.lineBreak() }
        case .cell:
            if !closing { out.space() }
        case .skip, .other:
            break
        }
        return end
    }

    @inline(__always)
    private static func isNameByte(_ byte: UInt8) -> Bool {
        (byte | 0x20) &- 0x61 < 26 || byte &- 0x30 < 10 || byte == UInt8(ascii: "-") || byte == UInt8(ascii: ":")
    }

    private static func lowercaseName(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> String {
        var name = [UInt8]()
        name.reserveCapacity(end - start)
        for i in start..<end {
            let byte = bytes[i]
            name.append(byte &- 0x41 < 26 ? byte | 0x20 : byte)
        }
        return String(decoding: name, as: UTF8.self)
    }

    private static func matches(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ literal: StaticString) -> Bool {
        let length = literal.utf8CodeUnitCount
        guard start + length <= bytes.count else { return false }
        let pointer = literal.utf8Start
        for i in 0..<length where bytes[start + i] | 0x20 != pointer[i] | 0x20 { return false }
        return true
    }

    private static func find(_ bytes: UnsafeBufferPointer<UInt8>, _ literal: StaticString, from start: Int) -> Int? {
        let length = literal.utf8CodeUnitCount
        let first = literal.utf8Start[0]
        var index = start
        while index + length <= bytes.count {
            if bytes[index] == first, matches(bytes, index, literal) { return index }
            index += 1
        }
        return nil
    }

    /// Decodes the character reference at `start` (`&amp;`, `&#8220;`, `&#x201C;`, legacy `&nbsp`).
    /// Returns its text and length, or nil when `&` does not start a known reference.
    static func reference(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int) -> (String, Int)? {
        let count = bytes.count
        var index = start + 1
        guard index < count else { return nil }
        if bytes[index] == UInt8(ascii: "#") {
            index += 1
            var hex = false
            if index < count, bytes[index] | 0x20 == UInt8(ascii: "x") {
                hex = true
                index += 1
            }
            var value: UInt32 = 0
            let digitsStart = index
            while index < count, index - digitsStart < 8 {
                let byte = bytes[index]
                if byte &- 0x30 < 10 {
                    value = value * (hex ? 16 : 10) + UInt32(byte &- 0x30)
                } else if hex, (byte | 0x20) &- 0x61 < 6 {
                    value = value * 16 + UInt32((byte | 0x20) &- 0x61 + 10)
                } else {
                    break
                }
                index += 1
            }
            guard index > digitsStart else { return nil }
            if index < count, bytes[index] == UInt8(ascii: ";") { index += 1 }
            return (String(numericScalar(value)), index - start)
        }
        // Named: the longest name in the table that matches, with or without `;`.
        var end = index
        while end < count, end - index < HTMLEntities.longestName, (bytes[end] | 0x20) &- 0x61 < 26 || bytes[end] &- 0x30 < 10 {
            end += 1
        }
        guard end > index else { return nil }
        if end < count, bytes[end] == UInt8(ascii: ";") {
            let name = String(decoding: UnsafeBufferPointer(rebasing: bytes[index...end]), as: UTF8.self)
            if let text = HTMLEntities.table[name] { return (text, end + 1 - start) }
        }
        // Legacy names without `;` (`&amp`, `&copy`): the longest prefix that is one.
        var length = end - index
        while length >= 2 {
            let name = String(decoding: UnsafeBufferPointer(rebasing: bytes[index..<(index + length)]), as: UTF8.self)
            if let text = HTMLEntities.table[name] { return (text, length + 1) }
            length -= 1
        }
        return nil
    }

    /// The scalar of a numeric reference, with HTML's replacements for C1 code points and invalid values.
    private static func numericScalar(_ value: UInt32) -> Unicode.Scalar {
        let windows1252: [UInt32: UInt32] = [
            0x80: 0x20AC, 0x82: 0x201A, 0x83: 0x0192, 0x84: 0x201E, 0x85: 0x2026, 0x86: 0x2020, 0x87: 0x2021,
            0x88: 0x02C6, 0x89: 0x2030, 0x8A: 0x0160, 0x8B: 0x2039, 0x8C: 0x0152, 0x8E: 0x017D, 0x91: 0x2018,
            0x92: 0x2019, 0x93: 0x201C, 0x94: 0x201D, 0x95: 0x2022, 0x96: 0x2013, 0x97: 0x2014, 0x98: 0x02DC,
            0x99: 0x2122, 0x9A: 0x0161, 0x9B: 0x203A, 0x9C: 0x0153, 0x9E: 0x017E, 0x9F: 0x0178,
        ]
        if let mapped = windows1252[value], let scalar = Unicode.Scalar(mapped) { return scalar }
        if value == 0 || value > 0x10FFFF { return "\u{FFFD}" }
        return Unicode.Scalar(value) ?? "\u{FFFD}"
    }

    /// True when converted text still holds tags: markup that was escaped twice.
    static func looksLikeMarkup(_ text: String) -> Bool {
        var copy = text
        return copy.withUTF8 { bytes -> Bool in
            guard let base = bytes.baseAddress, memchr(base, 0x3C, bytes.count) != nil else { return false }
            var index = 0
            var found = 0
            while let open = find(bytes, "<", from: index) {
                index = open + 1
                var probe = open + 1
                if probe < bytes.count, bytes[probe] == UInt8(ascii: "/") { probe += 1 }
                let nameStart = probe
                while probe < bytes.count, (bytes[probe] | 0x20) &- 0x61 < 26 || bytes[probe] &- 0x30 < 10 { probe += 1 }
                guard probe > nameStart, probe < bytes.count,
                    bytes[probe] == UInt8(ascii: ">") || bytes[probe] == UInt8(ascii: " ") || bytes[probe] == UInt8(ascii: "/")
                else { continue }
                let kind = kind(of: lowercaseName(bytes, nameStart, probe))
                let name = lowercaseName(bytes, nameStart, probe)
                if kind != .other || ["a", "em", "strong", "b", "i", "span", "img"].contains(name) {
                    found += 1
                    if found >= 2 { return true }
                }
            }
            return false
        }
    }
}
