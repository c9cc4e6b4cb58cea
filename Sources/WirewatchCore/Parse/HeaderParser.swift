/// Reads optional `key value` / `key: value` header lines at the top of a plain-text article.
///
/// Keys (case-insensitive): `date`, `title`, `source`, `url`, `author`, `language`. The block
/// ends at a blank line (consumed) or at the first line that is not a header (kept as body).
/// Because ordinary prose can begin with "Title" or "Source", a header written without a colon
/// whose value cannot be checked (title, source, author) is believed only when the block also
/// has a checkable header or is closed by a blank line. A `date` header may be followed by the
/// body on the same line.
public enum HeaderParser {
    public struct Result: Sendable, Hashable {
        public var headers: ArticleHeaders
        /// UTF-8 offset in the input where the body begins.
        public var bodyStart: Int
        public var warnings: [String]
    }

    private enum Key: String, CaseIterable {
        case date, title, source, url, author, language
    }

    private struct Line {
        var key: Key
        var value: String
        /// Colon form, or a value that was checked (a date, a URL, a language tag).
        var strong: Bool
        /// UTF-8 offset where the body continues on the same line, if it does.
        var bodyOnLine: Int?
    }

    public static func parse(_ text: String) -> Result {
        let bytes = Array(text.utf8)
        var warnings: [String] = []
        var accepted: [Line] = []
        var position = 0
        // Leading blank lines are not part of any block.
        while let end = lineEnd(bytes, from: position), isBlank(bytes[position..<end]), end < bytes.count {
            position = end + 1
        }
        let blockStart = position
        var bodyStart = position
        var closedByBlank = false
        var sawStrong = false
        while position < bytes.count {
            let end = lineEnd(bytes, from: position) ?? bytes.count
            let line = bytes[position..<end]
            if isBlank(line) {
                closedByBlank = !accepted.isEmpty
                bodyStart = min(end + 1, bytes.count)
                break
            }
            guard let header = header(in: line, offset: position, warnings: &warnings) else {
                bodyStart = position
                break
            }
            accepted.append(header)
            sawStrong = sawStrong || header.strong
            if let onLine = header.bodyOnLine {
                bodyStart = onLine
                break
            }
            position = min(end + 1, bytes.count)
            bodyStart = position
        }
        if !accepted.isEmpty && !sawStrong && !closedByBlank {
            // Only unverifiable colon-less lines, then prose: this is prose.
            return Result(headers: ArticleHeaders(), bodyStart: blockStart, warnings: [])
        }
        var headers = ArticleHeaders()
        for line in accepted {
            switch line.key {
            case .date:
                if headers.date == nil { headers.date = line.value.isEmpty ? nil : line.value }
            case .title: headers.title = headers.title ?? line.value
            case .source: headers.source = headers.source ?? line.value
            case .url: headers.url = headers.url ?? line.value
            case .language: headers.language = headers.language ?? (line.value.isEmpty ? nil : line.value)
            case .author:
                headers.authors += line.value.split(separator: ";").map { String($0).trimmingSpaces }.filter { !$0.isEmpty }
            }
        }
        return Result(headers: headers, bodyStart: bodyStart, warnings: warnings)
    }

    private static func header(in line: ArraySlice<UInt8>, offset: Int, warnings: inout [String]) -> Line? {
        var index = line.startIndex
        while index < line.endIndex, line[index] == 0x20 || line[index] == 0x09 { index += 1 }
        let keyStart = index
        while index < line.endIndex, (line[index] | 0x20) &- 0x61 < 26 { index += 1 }
        guard index > keyStart,
            let key = Key(rawValue: String(decoding: line[keyStart..<index], as: UTF8.self).lowercased())
        else { return nil }
        var colon = false
        var valueStart = index
        while valueStart < line.endIndex, line[valueStart] == 0x20 || line[valueStart] == 0x09 { valueStart += 1 }
        if valueStart < line.endIndex, line[valueStart] == UInt8(ascii: ":") {
            colon = true
            valueStart += 1
            while valueStart < line.endIndex, line[valueStart] == 0x20 || line[valueStart] == 0x09 { valueStart += 1 }
        } else if valueStart == index {
            return nil  // "dated", "titles": the key must be followed by a space or a colon.
        }
        let rawValue = line[valueStart..<line.endIndex]
        let value = String(decoding: rawValue, as: UTF8.self).trimmingSpaces
        guard !value.isEmpty || colon else { return nil }
        switch key {
        case .date:
            if let match = HeaderDate.parsePrefix(Substring(String(decoding: rawValue, as: UTF8.self))) {
                var rest = valueStart + match.length
                while rest < line.endIndex, line[rest] == 0x20 || line[rest] == 0x09 { rest += 1 }
                let bodyOnLine = rest < line.endIndex ? rest : nil
                return Line(key: .date, value: match.value, strong: true, bodyOnLine: bodyOnLine)
            }
            guard colon else { return nil }
            if !value.isEmpty { warnings.append("unparseable date header \"\(value)\" ignored") }
            return Line(key: .date, value: "", strong: true, bodyOnLine: nil)
        case .url:
            let isURL = value.hasPrefix("http://") || value.hasPrefix("https://")
            guard isURL || colon else { return nil }
            return Line(key: .url, value: value, strong: true, bodyOnLine: nil)
        case .language:
            let isTag = isLanguageTag(value)
            guard isTag || colon else { return nil }
            if !isTag {
                warnings.append("language header \"\(value)\" is not a language tag; ignored")
                return Line(key: .language, value: "", strong: true, bodyOnLine: nil)
            }
            return Line(key: .language, value: value.lowercased(), strong: true, bodyOnLine: nil)
        case .title, .source, .author:
            return Line(key: key, value: value, strong: colon, bodyOnLine: nil)
        }
    }

    /// A BCP 47-shaped tag: 2–3 letters, then optional subtags of 2–8 letters or digits.
    static func isLanguageTag(_ value: String) -> Bool {
        let parts = value.split(separator: "-", omittingEmptySubsequences: false)
        guard let first = parts.first, (2...3).contains(first.count),
            first.unicodeScalars.allSatisfy({ $0.isASCII && $0.properties.isAlphabetic })
        else { return false }
        return parts.dropFirst().allSatisfy { part in
            (1...8).contains(part.count)
                && part.unicodeScalars.allSatisfy { $0.isASCII && ($0.properties.isAlphabetic || $0.properties.numericType != nil) }
        }
    }

    private static func lineEnd(_ bytes: [UInt8], from start: Int) -> Int? {
        guard start < bytes.count else { return nil }
        var index = start
        while index < bytes.count, bytes[index] != 0x0A { index += 1 }
        return index
    }

    private static func isBlank(_ line: ArraySlice<UInt8>) -> Bool {
        line.allSatisfy { $0 == 0x20 || $0 == 0x09 }
    }
}
