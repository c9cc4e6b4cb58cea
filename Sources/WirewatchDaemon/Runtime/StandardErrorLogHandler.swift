#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation
import Logging
import WirewatchCore

/// Writes log lines to standard error in the configured format.
///
/// `journal`: `<N>message key=value`, where N is the syslog priority that journald reads from a
/// service's standard error; `text`: an RFC 3339 time, the level and the message; `json`: one
/// object per line. `auto` picks `journal` when `JOURNAL_STREAM` says stderr is the journal.
public struct StandardErrorLogHandler: LogHandler {
    public var metadata: Logger.Metadata = [:]
    public var logLevel: Logger.Level {
        get { settings.level }
        set { settings.update(format: settings.format, level: newValue) }
    }
    private let settings: LogSettings
    private let journalAttached: Bool

    public init(settings: LogSettings, environment: [String: String]) {
        self.settings = settings
        journalAttached = Self.stderrIsJournal(environment)
    }

    public subscript(metadataKey key: String) -> Logger.Metadata.Value? {
        get { metadata[key] }
        set { metadata[key] = newValue }
    }

    public func log(event: LogEvent) {
        var fields = metadata
        if let extra = event.metadata { fields.merge(extra) { $1 } }
        var format = settings.format
        if format == .auto { format = journalAttached ? .journal : .text }
        let line = Self.render(level: event.level, message: event.message.description, fields: fields, format: format, time: Date())
        var bytes = Array(line.utf8)
        bytes.withUnsafeMutableBytes { buffer in
            var offset = 0
            while offset < buffer.count {
                let count = Glibc.write(2, buffer.baseAddress.unsafelyUnwrapped + offset, buffer.count - offset)
                if count <= 0 {
                    if count < 0 && errno == EINTR { continue }
                    return
                }
                offset += count
            }
        }
    }

    /// One log line, with its final newline, in `format` (`auto` is rendered as `text`).
    static func render(level: Logger.Level, message: String, fields: Logger.Metadata, format: LogFormat, time: Date) -> String {
        switch format {
        case .journal:
            // journald reads the priority prefix; it adds its own time stamp.
            return "<\(priority(level))>\(message)\(pairs(fields))\n"
        case .json:
            var object: [String: JSONValue] = [
                "time": .string(CivilDate.rfc3339(time)),
                "level": .string(level.rawValue),
                "message": .string(message),
            ]
            for (key, value) in fields where object[key] == nil { object[key] = .string("\(value)") }
            return JSONValue.object(object).serializedString() + "\n"
        case .text, .auto:
            return "\(CivilDate.rfc3339(time)) \(level.rawValue) \(message)\(pairs(fields))\n"
        }
    }

    /// The syslog priority of a level (journald's `<N>` prefix).
    static func priority(_ level: Logger.Level) -> Int {
        switch level {
        case .trace, .debug: 7
        case .info: 6
        case .notice: 5
        case .warning: 4
        case .error: 3
        case .critical: 2
        }
    }

    private static func pairs(_ fields: Logger.Metadata) -> String {
        guard !fields.isEmpty else { return "" }
        return fields.keys.sorted().map { key in
            let value = "\(fields[key].map { "\($0)" } ?? "")"
            let quoted = value.contains(" ") || value.isEmpty ? "\"\(value)\"" : value
            return " \(key)=\(quoted)"
        }.joined()
    }

    /// True when `JOURNAL_STREAM` names the device and inode of our standard error.
    static func stderrIsJournal(_ environment: [String: String]) -> Bool {
        guard let stream = environment["JOURNAL_STREAM"] else { return false }
        let parts = stream.split(separator: ":")
        guard parts.count == 2, let device = UInt64(parts[0]), let inode = UInt64(parts[1]) else { return false }
        var info = stat()
        guard fstat(2, &info) == 0 else { return false }
        return UInt64(info.st_dev) == device && UInt64(info.st_ino) == inode
    }
}
