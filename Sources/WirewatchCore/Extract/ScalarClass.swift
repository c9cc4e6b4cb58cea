/// Character classes the tokeniser and sentence splitter need, decided on UTF-8 bytes.
///
/// ASCII is classified by table lookup; other scalars are decoded once and classified by
/// their Unicode properties, with the quotation marks, dashes and spaces of news copy named.
enum ScalarClass: UInt8 {
    case space
    case newline
    case letter
    case upper
    case digit
    case openQuote
    case closeQuote
    /// `'` and `"`: open or close depending on context.
    case ambiguousQuote
    /// U+2019, which is an apostrophe inside words and a closing single quote elsewhere.
    case rightSingleQuote
    case openBracket
    case closeBracket
    case terminal
    case ellipsis
    case dash
    case hyphen
    case punctuation
    case symbol

    /// Classes of the 128 ASCII bytes.
    static let ascii: [ScalarClass] = (0..<128).map { (value: Int) -> ScalarClass in
        let byte = UInt8(value)
        switch byte {
        case 0x0A: return .newline
        case 0x20, 0x09, 0x0B, 0x0C, 0x0D: return .space
        case UInt8(ascii: "A")...UInt8(ascii: "Z"): return .upper
        case UInt8(ascii: "a")...UInt8(ascii: "z"): return .letter
        case UInt8(ascii: "0")...UInt8(ascii: "9"): return .digit
        case UInt8(ascii: "'"), UInt8(ascii: "\""): return .ambiguousQuote
        case UInt8(ascii: "("), UInt8(ascii: "["), UInt8(ascii: "{"): return .openBracket
        case UInt8(ascii: ")"), UInt8(ascii: "]"), UInt8(ascii: "}"): return .closeBracket
        case UInt8(ascii: "."), UInt8(ascii: "!"), UInt8(ascii: "?"): return .terminal
        case UInt8(ascii: "-"): return .hyphen
        case UInt8(ascii: ","), UInt8(ascii: ";"), UInt8(ascii: ":"): return .punctuation
        case UInt8(ascii: "$"), UInt8(ascii: "%"), UInt8(ascii: "&"), UInt8(ascii: "+"), UInt8(ascii: "="),
            UInt8(ascii: "<"), UInt8(ascii: ">"), UInt8(ascii: "#"), UInt8(ascii: "@"), UInt8(ascii: "*"),
            UInt8(ascii: "^"), UInt8(ascii: "|"), UInt8(ascii: "~"), UInt8(ascii: "`"), UInt8(ascii: "/"),
            UInt8(ascii: "\\"), UInt8(ascii: "_"):
            return .symbol
        default: return byte < 0x20 || byte == 0x7F ? .space : .punctuation
        }
    }

    /// Classifies a non-ASCII scalar.
    static func of(_ scalar: Unicode.Scalar) -> ScalarClass {
        switch scalar.value {
        case 0xA0, 0x1680, 0x2000...0x200B, 0x202F, 0x205F, 0x3000, 0xFEFF: return .space
        case 0x2028, 0x2029, 0x85: return .newline
        case 0x201C, 0x201E, 0x00AB, 0x2039, 0x201A, 0x2018, 0x201F, 0x201B: return .openQuote
        case 0x201D, 0x00BB, 0x203A: return .closeQuote
        case 0x2019: return .rightSingleQuote
        case 0x2026: return .ellipsis
        case 0x2010, 0x2011: return .hyphen
        case 0x2012...0x2015, 0x2212: return .dash
        case 0x3002, 0xFF01, 0xFF1F, 0xFF0E: return .terminal
        case 0x00AD: return .letter  // soft hyphen stays inside its word
        default: break
        }
        let properties = scalar.properties
        if properties.isAlphabetic || properties.generalCategory == .nonspacingMark
            || properties.generalCategory == .spacingMark
        {
            return properties.isUppercase || properties.generalCategory == .titlecaseLetter ? .upper : .letter
        }
        if properties.numericType != nil { return .digit }
        switch properties.generalCategory {
        case .openPunctuation: return .openBracket
        case .closePunctuation: return .closeBracket
        case .initialPunctuation: return .openQuote
        case .finalPunctuation: return .closeQuote
        case .currencySymbol, .mathSymbol, .otherSymbol, .modifierSymbol: return .symbol
        case .spaceSeparator: return .space
        default: return .punctuation
        }
    }

    /// Decodes the scalar starting at `index` and returns its class and UTF-8 length.
    @inline(__always)
    static func at(_ bytes: UnsafeBufferPointer<UInt8>, _ index: Int) -> (ScalarClass, Int) {
        let lead = bytes[index]
        if lead < 0x80 { return (ascii[Int(lead)], 1) }
        let length: Int
        var value: UInt32
        if lead & 0xE0 == 0xC0 {
            length = 2
            value = UInt32(lead & 0x1F)
        } else if lead & 0xF0 == 0xE0 {
            length = 3
            value = UInt32(lead & 0x0F)
        } else {
            length = 4
            value = UInt32(lead & 0x07)
        }
        guard index + length <= bytes.count else { return (.punctuation, bytes.count - index) }
        for offset in 1..<length {
            value = value << 6 | UInt32(bytes[index + offset] & 0x3F)
        }
        guard let scalar = Unicode.Scalar(value) else { return (.punctuation, length) }
        return (of(scalar), length)
    }

    var isWordCharacter: Bool { self == .letter || self == .upper || self == .digit }
    var isLetter: Bool { self == .letter || self == .upper }
}
