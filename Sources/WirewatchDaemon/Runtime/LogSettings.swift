import Logging
import Synchronization

/// The log format and level in force, shared by every log handler so SIGHUP can change them.
public final class LogSettings: Sendable {
    private let state: Mutex<(format: LogFormat, level: Logger.Level)>

    public init(format: LogFormat, level: Logger.Level) {
        state = Mutex((format, level))
    }

    public var format: LogFormat { state.withLock { $0.format } }
    public var level: Logger.Level { state.withLock { $0.level } }

    public func update(format: LogFormat, level: Logger.Level) {
        state.withLock { $0 = (format, level) }
    }

    /// Reads `log_level` text.
    public static func level(_ text: String) -> Logger.Level {
        Logger.Level(rawValue: text) ?? .info
    }
}
