/// Turns an input's bytes into text: UTF-8 (with or without BOM), UTF-16/32 with BOM,
/// BOM-less UTF-16 when the byte pattern is unmistakable, else Windows-1252.
///
/// Binary data is refused before any decoding is attempted, so a picture or an archive
/// dropped in the inbox fails with a reason instead of becoming mojibake.
public enum TextDecoder {
    /// The stage name used in failures.
    public static let stage = "decode"

    /// Decodes `bytes`, or explains why they are not text.
    public static func decode(_ bytes: [UInt8]) throws(StageFailure) -> DecodedText {
        guard !bytes.isEmpty else { throw StageFailure(stage: stage, reason: "empty file") }
        if bytes.starts(with: [0xFF, 0xFE, 0x00, 0x00]) {
            return try decodeUTF32(bytes.dropFirst(4), bigEndian: false)
        }
        if bytes.starts(with: [0x00, 0x00, 0xFE, 0xFF]) {
            return try decodeUTF32(bytes.dropFirst(4), bigEndian: true)
        }
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) {
            return try decodeUTF8(bytes.dropFirst(3), withBOM: true)
        }
        if bytes.starts(with: [0xFF, 0xFE]) {
            return try decodeUTF16(bytes.dropFirst(2), bigEndian: false, warning: nil)
        }
        if bytes.starts(with: [0xFE, 0xFF]) {
            return try decodeUTF16(bytes.dropFirst(2), bigEndian: true, warning: nil)
        }
        if let kind = BinarySignature.match(bytes) {
            throw StageFailure(stage: stage, reason: "not text: looks like \(kind) data")
        }
        if let bigEndian = bomlessUTF16(bytes) {
            return try decodeUTF16(
                bytes[...], bigEndian: bigEndian,
                warning: "no byte-order mark; decoded as UTF-16\(bigEndian ? "BE" : "LE") from its byte pattern")
        }
        if looksBinary(bytes) {
            throw StageFailure(stage: stage, reason: "not text: binary data (too many control bytes)")
        }
        if let text = String(validating: bytes, as: UTF8.self) {
            return DecodedText(text: text, encoding: "utf-8")
        }
        return DecodedText(text: windows1252(bytes[...]), encoding: "windows-1252")
    }

    /// True when the first 64 KiB hold more NULs or C0 control bytes than text ever does.
    static func looksBinary(_ bytes: [UInt8]) -> Bool {
        let sample = bytes.prefix(65536)
        var nuls = 0
        var controls = 0
        for byte in sample {
            if byte == 0 {
                nuls += 1
            } else if byte < 0x20 && byte != 0x09 && byte != 0x0A && byte != 0x0D && byte != 0x0C {
                controls += 1
            } else if byte == 0x7F {
                controls += 1
            }
        }
        return nuls * 100 > sample.count || (nuls + controls) * 10 > sample.count
    }

    /// Recognises UTF-16 without a BOM: nearly every other byte is NUL (ASCII-range text).
    /// Returns whether it is big-endian, or nil when the pattern is not there.
    static func bomlessUTF16(_ bytes: [UInt8]) -> Bool? {
        let sample = bytes.prefix(4096)
        guard sample.count >= 8, sample.count % 2 == 0 else { return nil }
        var evenZero = 0
        var oddZero = 0
        var index = sample.startIndex
        while index + 1 < sample.endIndex {
            if sample[index] == 0 { evenZero += 1 }
            if sample[index + 1] == 0 { oddZero += 1 }
            index += 2
        }
        let pairs = sample.count / 2
        if oddZero * 10 >= pairs * 9 && evenZero * 10 <= pairs { return false }
        if evenZero * 10 >= pairs * 9 && oddZero * 10 <= pairs { return true }
        return nil
    }

    private static func decodeUTF8(_ bytes: ArraySlice<UInt8>, withBOM: Bool) throws(StageFailure) -> DecodedText {
        if let text = String(validating: bytes, as: UTF8.self) {
            return DecodedText(text: text, encoding: "utf-8")
        }
        // A BOM says UTF-8; a few bad sequences are repaired, a file of them is refused.
        let repaired = String(decoding: bytes, as: UTF8.self)
        let replaced = repaired.unicodeScalars.reduce(0) { $0 + ($1 == "\u{FFFD}" ? 1 : 0) }
        if replaced * 100 > max(bytes.count, 1) {
            throw StageFailure(
                stage: stage, reason: "undecodable: the byte-order mark says UTF-8 but \(replaced) sequences are invalid")
        }
        return DecodedText(
            text: repaired, encoding: "utf-8",
            warnings: ["\(replaced) invalid UTF-8 sequence(s) replaced with U+FFFD"])
    }

    private static func decodeUTF16(
        _ bytes: ArraySlice<UInt8>, bigEndian: Bool, warning: String?
    ) throws(StageFailure) -> DecodedText {
        guard bytes.count % 2 == 0 else {
            throw StageFailure(stage: stage, reason: "undecodable: UTF-16 input has an odd number of bytes")
        }
        var units: [UInt16] = []
        units.reserveCapacity(bytes.count / 2)
        var index = bytes.startIndex
        while index < bytes.endIndex {
            let first = UInt16(bytes[index])
            let second = UInt16(bytes[index + 1])
            units.append(bigEndian ? first << 8 | second : second << 8 | first)
            index += 2
        }
        var scalars = String.UnicodeScalarView()
        var iterator = units.makeIterator()
        var decoder = UTF16()
        var position = 0
        loop: while true {
            switch decoder.decode(&iterator) {
            case .scalarValue(let scalar):
                scalars.append(scalar)
                position += 1
            case .emptyInput:
                break loop
            case .error:
                throw StageFailure(
                    stage: stage, reason: "undecodable: invalid UTF-16 (unpaired surrogate near code unit \(position))")
            }
        }
        return DecodedText(
            text: String(scalars), encoding: bigEndian ? "utf-16be" : "utf-16le",
            warnings: warning.map { [$0] } ?? [])
    }

    private static func decodeUTF32(_ bytes: ArraySlice<UInt8>, bigEndian: Bool) throws(StageFailure) -> DecodedText {
        guard bytes.count % 4 == 0 else {
            throw StageFailure(stage: stage, reason: "undecodable: UTF-32 input length is not a multiple of 4")
        }
        var scalars = String.UnicodeScalarView()
        var index = bytes.startIndex
        while index < bytes.endIndex {
            let b = (0..<4).map { UInt32(bytes[index + $0]) }
            let value = bigEndian ? b[0] << 24 | b[1] << 16 | b[2] << 8 | b[3] : b[3] << 24 | b[2] << 16 | b[1] << 8 | b[0]
            guard let scalar = Unicode.Scalar(value) else {
                throw StageFailure(stage: stage, reason: "undecodable: invalid UTF-32 code point \(value)")
            }
            scalars.append(scalar)
            index += 4
        }
        return DecodedText(text: String(scalars), encoding: bigEndian ? "utf-32be" : "utf-32le")
    }

    /// Windows-1252, a superset of Latin-1's printable range; its five undefined bytes map to
    /// the C1 controls of the same value, which normalisation then removes.
    static func windows1252(_ bytes: ArraySlice<UInt8>) -> String {
        let high: [UInt32] = [
            0x20AC, 0x81, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0x8D,
            0x017D, 0x8F, 0x90, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A,
            0x0153, 0x9D, 0x017E, 0x0178,
        ]
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count + bytes.count / 8)
        for byte in bytes {
            if byte < 0x80 {
                out.append(byte)
                continue
            }
            let value = byte < 0xA0 ? high[Int(byte - 0x80)] : UInt32(byte)
            if let scalar = Unicode.Scalar(value) {
                out.append(contentsOf: UTF8.encode(scalar).map { Array($0) } ?? [])
            }
        }
        return String(decoding: out, as: UTF8.self)
    }
}
