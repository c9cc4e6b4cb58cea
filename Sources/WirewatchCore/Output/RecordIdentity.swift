/// Deterministic record ids and outbox file names.
///
/// Both derive only from the input's bytes and the article's position in it, so reprocessing
/// an input after a crash rewrites exactly the same outbox files.
public enum RecordIdentity {
    /// Record id: 20 hex digits of SHA-256 over the input digest and the item position.
    public static func id(sha256: String, item: Int?) -> String {
        let key = item.map { "\(sha256):\($0)" } ?? sha256
        return String(SHA256.hex(of: key).prefix(20))
    }

    /// Outbox file name: `<input stem>[.<item>].<short id>.json`.
    ///
    /// The stem is the input name without its last extension, with characters that would be
    /// awkward in a file name replaced by `_`.
    public static func outboxName(inputName: String, item: Int?, id: String) -> String {
        var stem = inputName
        if let dot = stem.lastIndex(of: "."), dot != stem.startIndex {
            stem = String(stem[..<dot])
        }
        let cleaned = String(
            stem.unicodeScalars.map { scalar -> Character in
                let value = scalar.value
                if value < 0x20 || value == 0x7F || scalar == "/" { return "_" }
                return Character(scalar)
            }
        )
        let safeStem = cleaned.isEmpty || cleaned.hasPrefix(".") ? "_" + cleaned : cleaned
        // Keep names within NAME_MAX (255 bytes) whatever the input was called.
        var truncated = safeStem
        while truncated.utf8.count > 180 { truncated.removeLast() }
        let itemPart = item.map { ".\($0)" } ?? ""
        return "\(truncated)\(itemPart).\(id.prefix(12)).json"
    }
}
