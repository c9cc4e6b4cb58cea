/// Parses the dates found in real feeds: RFC 822/2822 with and without weekday, two-digit
/// years, named and numeric zones, missing seconds and extra spaces; ISO 8601 / RFC 3339 (also
/// inside `pubDate`) and W3C-DTF reduced forms (`2024`, `2024-02`).
public enum FeedDate {
    /// The date normalised like a header date, or nil when it cannot be read.
    public static func parse(_ raw: String) -> String? {
        var needsCollapse = raw.utf8.first == 0x20 || raw.utf8.last == 0x20
        var previous: UInt8 = 0
        for byte in raw.utf8 {
            if byte == 0x09 || byte == 0x0A || byte == 0x0D || (byte == 0x20 && previous == 0x20) {
                needsCollapse = true
                break
            }
            previous = byte
        }
        let collapsed = needsCollapse
            ? raw.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\n" || $0 == "\r" }).joined(separator: " ")
            : raw
        guard !collapsed.isEmpty else { return nil }
        if let value = HeaderDate.parse(collapsed) { return value }
        // A weekday without its comma ("Mon 05 Feb 2024 …").
        if let space = collapsed.firstIndex(of: " "), collapsed[..<space].allSatisfy(\.isLetter),
            weekdays.contains(collapsed[..<space].lowercased().prefix(3).description)
        {
            let rest = String(collapsed[collapsed.index(after: space)...])
            if let value = parse(rest) { return value }
        }
        // A date and time followed by a zone name the table does not know, or a comment: "… (EST)".
        if let match = HeaderDate.parsePrefix(Substring(collapsed)), match.length >= 8 {
            let rest = collapsed.utf8.dropFirst(match.length)
            if rest.count <= 12 { return match.value }
        }
        return reduced(collapsed)
    }

    private static let weekdays: Set<String> = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"]

    /// `YYYY` and `YYYY-MM`.
    private static func reduced(_ text: String) -> String? {
        let parts = text.split(separator: "-")
        guard let year = parts.first, year.count == 4, year.allSatisfy(\.isNumber) else { return nil }
        if parts.count == 1 { return String(year) }
        if parts.count == 2, parts[1].count == 2, let month = Int(parts[1]), (1...12).contains(month) {
            return "\(year)-\(parts[1])"
        }
        return nil
    }
}
