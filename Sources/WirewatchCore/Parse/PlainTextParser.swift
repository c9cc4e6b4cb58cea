import Foundation

/// Turns the bytes of a plain-text article into a `Document`: decodes, normalises, reads the
/// header lines, and keeps the body as the document's text.
public struct PlainTextParser: Sendable {
    public static let stage = "parse"

    /// Largest article text taken, in UTF-8 bytes (`max_item_bytes`); nil takes it all. A
    /// longer text is cut at a line break near the limit, with a warning, as a feed item's is:
    /// the stages' time grows faster than the text in places, and a cut bounds what one file
    /// can cost.
    public var maxTextBytes: Int?

    public init(maxTextBytes: Int? = nil) {
        self.maxTextBytes = maxTextBytes
    }

    /// Parses one plain-text input file.
    public func parse(_ input: RawInput) throws(StageFailure) -> Document {
        let decoded = try TextDecoder.decode(input.bytes)
        let (normalized, removed) = TextNormalizer.normalize(decoded.text)
        if let kind = Self.markupKind(normalized) {
            throw StageFailure(
                stage: Self.stage,
                reason: "\(kind) in an encoding the feed parser does not read (\(decoded.encoding))")
        }
        let header = HeaderParser.parse(normalized)
        let (body, cutWarning) = capped(Self.trimmedBody(normalized, from: header.bodyStart))
        guard !body.isEmpty else {
            throw StageFailure(
                stage: Self.stage,
                reason: header.headers.isEmpty ? "no text: the file holds only white space" : "no text after the header lines")
        }
        let source = Source(
            file: input.name, format: .text, item: nil, sha256: SHA256.hex(of: input.bytes),
            encoding: decoded.encoding, received: input.received)
        var document = Document(source: source, text: body)
        document.published = header.headers.date
        document.publishedFrom = header.headers.date == nil ? nil : "header"
        document.title = header.headers.title
        document.url = header.headers.url
        document.authors = header.headers.authors
        document.language = header.headers.language
        document.warnings = decoded.warnings + header.warnings
        if removed > 0 { document.warnings.append("\(removed) control character(s) removed") }
        if let cutWarning { document.warnings.append(cutWarning) }
        return document
    }

    /// The body within `maxTextBytes`, and the warning to give when it was cut.
    private func capped(_ body: String) -> (String, String?) {
        guard let limit = maxTextBytes, let shorter = Self.cut(body, to: limit) else { return (body, nil) }
        return (shorter, "article text over max_item_bytes (\(limit)) was cut")
    }

    /// `text` cut to at most `limit` UTF-8 bytes, at the last line break in the last quarter
    /// before the limit (else at a character boundary), without trailing white space; nil when
    /// it is not longer than the limit.
    static func cut(_ text: String, to limit: Int) -> String? {
        let utf8 = text.utf8
        guard utf8.count > limit else { return nil }
        var end = max(0, limit)
        var bytes = Array(utf8.prefix(end + 1))
        // Not inside a character: back to the start of the one the limit splits.
        while end > 0, bytes[end] & 0xC0 == 0x80 { end -= 1 }
        if let lineBreak = bytes[(end * 3 / 4)..<end].lastIndex(of: 0x0A) { end = lineBreak }
        while end > 0, isSpace(bytes[end - 1]) { end -= 1 }
        bytes.removeSubrange(end...)
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Builds a document from text given directly (annotate): no decoding and no header lines.
    public func document(
        text: String, id: String?, item: Int?, file: String, published: String?, title: String?, received: Date
    ) throws(StageFailure) -> Document {
        let (normalized, removed) = TextNormalizer.normalize(text)
        let (body, cutWarning) = capped(Self.trimmedBody(normalized, from: 0))
        guard !body.isEmpty else { throw StageFailure(stage: Self.stage, reason: "no text") }
        let source = Source(
            file: file, format: .jsonl, item: item, sha256: SHA256.hex(of: text), encoding: "utf-8",
            received: received, id: id)
        var document = Document(source: source, text: body)
        if let published {
            guard let value = HeaderDate.parse(published) else {
                throw StageFailure(stage: Self.stage, reason: "published \"\(published)\" is not a date")
            }
            document.published = value
            document.publishedFrom = "input"
        }
        document.title = title
        if removed > 0 { document.warnings.append("\(removed) control character(s) removed") }
        if let cutWarning { document.warnings.append(cutWarning) }
        return document
    }

    /// The body from a UTF-8 offset, without leading and trailing white space.
    static func trimmedBody(_ text: String, from offset: Int) -> String {
        let utf8 = text.utf8
        var start = utf8.index(utf8.startIndex, offsetBy: offset)
        var end = utf8.endIndex
        while start < end, Self.isSpace(utf8[start]) { start = utf8.index(after: start) }
        while end > start, Self.isSpace(utf8[utf8.index(before: end)]) { end = utf8.index(before: end) }
        return String(text[start..<end])
    }

    private static func isSpace(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x0A || byte == 0x09
    }

    /// Names XML, HTML and JSON Feed content, which this parser does not take as prose.
    static func markupKind(_ text: String) -> String? {
        let head = String(text.utf8.prefix(1024).filter { $0 < 0x80 }.map { Character(Unicode.Scalar($0)) }).lowercased()
        let trimmed = head.drop { $0 == " " || $0 == "\n" || $0 == "\t" }
        if trimmed.hasPrefix("<") {
            if trimmed.contains("<rss") || trimmed.contains("<rdf:rdf") || trimmed.contains("<feed") { return "an XML feed" }
            if trimmed.contains("<html") || trimmed.contains("<!doctype html") { return "an HTML page" }
            if trimmed.hasPrefix("<?xml") || trimmed.contains("<opml") { return "an XML document" }
        }
        if trimmed.hasPrefix("{"), trimmed.contains("jsonfeed.org") { return "a JSON Feed" }
        return nil
    }
}
