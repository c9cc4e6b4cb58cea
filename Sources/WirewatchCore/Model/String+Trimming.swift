extension String {
    /// The string without leading and trailing spaces, tabs and line ends.
    public var trimmingSpaces: String {
        let scalars = unicodeScalars
        guard let first = scalars.firstIndex(where: { !$0.isSpaceLike }) else { return "" }
        guard let last = scalars.lastIndex(where: { !$0.isSpaceLike }) else { return "" }
        return String(scalars[first...last])
    }
}

extension Unicode.Scalar {
    /// Space, tab, line feed, carriage return, and the Unicode space separators.
    var isSpaceLike: Bool {
        switch value {
        case 0x20, 0x09, 0x0A, 0x0D, 0x0B, 0x0C, 0xA0, 0x1680, 0x2000...0x200A, 0x202F, 0x205F, 0x3000: true
        default: false
        }
    }
}
