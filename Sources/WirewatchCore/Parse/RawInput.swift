import Foundation

/// The bytes of one input file, with what is known about it before parsing.
public struct RawInput: Sendable {
    /// File name (no folder).
    public var name: String
    public var bytes: [UInt8]
    /// When the input was received (claimed from the inbox, or read by `process`).
    public var received: Date
    /// The file's modification time, a last resort for the publication date.
    public var modified: Date?

    public init(name: String, bytes: [UInt8], received: Date, modified: Date? = nil) {
        self.name = name
        self.bytes = bytes
        self.received = received
        self.modified = modified
    }
}
