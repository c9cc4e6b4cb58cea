/// Catches feeds whose bytes contradict their declared encoding, the commonest feed mistake:
/// UTF-8 declared as ISO-8859-1 or Windows-1252, and Windows-1252 declared as (or defaulting to) UTF-8.
enum XMLEncodingCheck {
    struct Override {
        /// The encoding name to hand libxml2 (iconv names).
        var name: String
        var warning: String
    }

    /// The encoding to use instead of the declared one, or nil when the declaration is right.
    static func override(for chunk: UnsafeBufferPointer<UInt8>) -> Override? {
        // UTF-16/32 (BOM or zero bytes) is left to libxml2's own detection.
        guard chunk.count >= 4, chunk[0] != 0, chunk[1] != 0, !(chunk[0] == 0xFF && chunk[1] == 0xFE),
            !(chunk[0] == 0xFE && chunk[1] == 0xFF)
        else { return nil }
        let declared = declaredEncoding(chunk)?.lowercased()
        let sample = UnsafeBufferPointer(rebasing: chunk[0..<min(chunk.count, 65536)])
        let (valid, multibyte) = utf8Validity(sample)
        let singleByte = declared.map {
            $0.hasPrefix("iso-8859") || $0.hasPrefix("latin") || $0.hasPrefix("windows-125") || $0 == "us-ascii"
                || $0 == "ascii" || $0.hasPrefix("cp125")
        } ?? false
        if singleByte, valid, multibyte > 0, declared?.hasPrefix("iso-8859-1") == true || declared?.hasPrefix("windows-1252") == true
            || declared == "us-ascii" || declared == "ascii" || declared?.hasPrefix("latin") == true
        {
            return Override(name: "UTF-8", warning: "declared \(declared ?? "") but the bytes are UTF-8; read as UTF-8")
        }
        if declared == nil || declared == "utf-8" || declared == "utf8", !valid {
            return Override(
                name: "WINDOWS-1252",
                warning: "declared \(declared ?? "UTF-8 (by default)") but the bytes are not UTF-8; read as Windows-1252")
        }
        return nil
    }

    /// The `encoding="…"` of the XML declaration, if any.
    static func declaredEncoding(_ chunk: UnsafeBufferPointer<UInt8>) -> String? {
        var start = 0
        if chunk.count >= 3, chunk[0] == 0xEF, chunk[1] == 0xBB, chunk[2] == 0xBF { start = 3 }
        let limit = min(chunk.count, start + 300)
        guard limit - start > 5 else { return nil }
        let head = String(decoding: UnsafeBufferPointer(rebasing: chunk[start..<limit]), as: UTF8.self)
        guard head.hasPrefix("<?xml"), let close = head.range(of: "?>") else { return nil }
        let declaration = head[..<close.lowerBound]
        guard let key = declaration.range(of: "encoding") else { return nil }
        let rest = declaration[key.upperBound...].drop { $0 == " " || $0 == "=" }
        guard let quote = rest.first, quote == "\"" || quote == "'" else { return nil }
        let value = rest.dropFirst().prefix { $0 != quote }
        return value.isEmpty ? nil : String(value)
    }

    /// Whether `bytes` are valid UTF-8 (a sequence cut at the end counts as valid), and how many
    /// multi-byte sequences they hold.
    static func utf8Validity(_ bytes: UnsafeBufferPointer<UInt8>) -> (valid: Bool, multibyte: Int) {
        var index = 0
        var multibyte = 0
        while index < bytes.count {
            let lead = bytes[index]
            if lead < 0x80 {
                index += 1
                continue
            }
            let length: Int
            if lead & 0xE0 == 0xC0, lead >= 0xC2 {
                length = 2
            } else if lead & 0xF0 == 0xE0 {
                length = 3
            } else if lead & 0xF8 == 0xF0, lead <= 0xF4 {
                length = 4
            } else {
                return (false, multibyte)
            }
            if index + length > bytes.count { break }
            for offset in 1..<length where bytes[index + offset] & 0xC0 != 0x80 { return (false, multibyte) }
            multibyte += 1
            index += length
        }
        return (true, multibyte)
    }
}
