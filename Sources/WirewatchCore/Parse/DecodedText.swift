/// Text decoded from an input's bytes, with the encoding that was used.
public struct DecodedText: Sendable, Hashable {
    public var text: String
    /// The IANA-style name of the encoding (`utf-8`, `utf-16le`, `windows-1252`, …).
    public var encoding: String
    /// Notes about repairs (a missing BOM guessed, invalid sequences replaced).
    public var warnings: [String]

    public init(text: String, encoding: String, warnings: [String] = []) {
        self.text = text
        self.encoding = encoding
        self.warnings = warnings
    }
}
