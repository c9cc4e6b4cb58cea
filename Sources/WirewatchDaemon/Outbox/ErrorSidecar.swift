import Foundation
import WirewatchCore

/// The `NAME.error.json` written next to an input moved to `failed/`.
public struct ErrorSidecar: Sendable, Hashable {
    /// The stage that refused the input (`inbox`, `decode`, `parse`, …).
    public var stage: String
    public var reason: String
    public var time: Date
    public var version: String
    /// The name the input had in the inbox.
    public var file: String

    public init(stage: String, reason: String, time: Date, file: String, version: String = WirewatchVersion.current) {
        self.stage = stage
        self.reason = reason
        self.time = time
        self.file = file
        self.version = version
    }

    /// The sidecar's JSON, sorted keys, one line.
    public var json: [UInt8] {
        var bytes = JSONValue.object([
            "stage": .string(stage),
            "reason": .string(reason),
            "time": .string(CivilDate.rfc3339(time)),
            "version": .string(version),
            "file": .string(file),
        ]).serialized()
        bytes.append(0x0A)
        return bytes
    }
}
