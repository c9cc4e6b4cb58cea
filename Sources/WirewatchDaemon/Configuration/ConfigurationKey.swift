import WirewatchCore

/// The configuration keys, each with its type, checks and default.
public enum ConfigurationKey: String, Sendable, CaseIterable {
    case stateDir = "state_dir"
    case inboxDir = "inbox_dir"
    case processingDir = "processing_dir"
    case outboxDir = "outbox_dir"
    case archiveDir = "archive_dir"
    case failedDir = "failed_dir"
    case dataDir = "data_dir"
    case pollIntervalMs = "poll_interval_ms"
    case settleMs = "settle_ms"
    case maxFileBytes = "max_file_bytes"
    case maxItemBytes = "max_item_bytes"
    case workers = "workers"
    case maxInFlight = "max_in_flight"
    case afterSuccess = "after_success"
    case logFormat = "log_format"
    case logLevel = "log_level"
    case emitTokens = "emit_tokens"
    case stopTimeoutMs = "stop_timeout_ms"
    case dateOrder = "date_order"

    /// The environment variable that sets this key.
    public var environmentName: String { "WIREWATCH_" + rawValue.uppercased() }

    /// Checks `value` and stores it in `configuration`; `origin` names where it came from.
    public func apply(_ value: SettingValue, origin: String, to configuration: inout Configuration)
        throws(ConfigurationError)
    {
        func fail(_ expected: String) -> ConfigurationError {
            ConfigurationError("\(origin): \(rawValue) must be \(expected), not \(value.display)")
        }
        switch self {
        case .stateDir:
            guard let path = try Self.path(value, nullable: false, fail("a folder path")) else { return }
            configuration.stateDir = path
        case .inboxDir: configuration.inboxDir = try Self.path(value, nullable: true, fail("a folder path or null"))
        case .processingDir:
            configuration.processingDir = try Self.path(value, nullable: true, fail("a folder path or null"))
        case .outboxDir: configuration.outboxDir = try Self.path(value, nullable: true, fail("a folder path or null"))
        case .archiveDir: configuration.archiveDir = try Self.path(value, nullable: true, fail("a folder path or null"))
        case .failedDir: configuration.failedDir = try Self.path(value, nullable: true, fail("a folder path or null"))
        case .dataDir: configuration.dataDir = try Self.path(value, nullable: true, fail("a folder path or null"))
        case .pollIntervalMs:
            configuration.pollIntervalMs = try Self.integer(value, 10...3_600_000, fail("milliseconds from 10 to 3600000"))
        case .settleMs:
            configuration.settleMs = try Self.integer(value, 0...3_600_000, fail("milliseconds from 0 to 3600000"))
        case .maxFileBytes:
            configuration.maxFileBytes = try Self.integer(value, 1...(1 << 40), fail("a positive number of bytes"))
        case .maxItemBytes:
            configuration.maxItemBytes = try Self.integer(value, 1024...(1 << 30), fail("a number of bytes from 1024"))
        case .workers:
            if Self.isNull(value) {
                configuration.workers = nil
            } else {
                configuration.workers = try Self.integer(value, 1...256, fail("a number from 1 to 256, or null for the number of cores"))
            }
        case .maxInFlight:
            configuration.maxInFlight = try Self.integer(value, 1...100_000, fail("a number from 1 to 100000"))
        case .afterSuccess:
            guard let text = Self.text(value), let choice = AfterSuccess(rawValue: text) else {
                throw fail("\"archive\" or \"delete\"")
            }
            configuration.afterSuccess = choice
        case .logFormat:
            guard let text = Self.text(value), let choice = LogFormat(rawValue: text) else {
                throw fail("\"auto\", \"journal\", \"text\" or \"json\"")
            }
            configuration.logFormat = choice
        case .logLevel:
            guard let text = Self.text(value), ["debug", "info", "warning", "error"].contains(text) else {
                throw fail("\"debug\", \"info\", \"warning\" or \"error\"")
            }
            configuration.logLevel = text
        case .emitTokens:
            switch value {
            case .bool(let flag): configuration.emitTokens = flag
            case .text(let text) where ["true", "1", "yes", "on"].contains(text.lowercased()):
                configuration.emitTokens = true
            case .text(let text) where ["false", "0", "no", "off"].contains(text.lowercased()):
                configuration.emitTokens = false
            default: throw fail("true or false")
            }
        case .stopTimeoutMs:
            configuration.stopTimeoutMs = try Self.integer(value, 0...3_600_000, fail("milliseconds from 0 to 3600000"))
        case .dateOrder:
            guard let text = Self.text(value), let choice = DateOrder(rawValue: text) else {
                throw fail("\"month_first\" or \"day_first\"")
            }
            configuration.dateOrder = choice
        }
    }

    /// The key's value in `configuration`, as it is written in `config/wirewatch.json`.
    public func value(in configuration: Configuration) -> SettingValue {
        func optional(_ text: String?) -> SettingValue { text.map(SettingValue.string) ?? .null }
        switch self {
        case .stateDir: return .string(configuration.stateDir)
        case .inboxDir: return optional(configuration.inboxDir)
        case .processingDir: return optional(configuration.processingDir)
        case .outboxDir: return optional(configuration.outboxDir)
        case .archiveDir: return optional(configuration.archiveDir)
        case .failedDir: return optional(configuration.failedDir)
        case .dataDir: return optional(configuration.dataDir)
        case .pollIntervalMs: return .int(configuration.pollIntervalMs)
        case .settleMs: return .int(configuration.settleMs)
        case .maxFileBytes: return .int(configuration.maxFileBytes)
        case .maxItemBytes: return .int(configuration.maxItemBytes)
        case .workers: return configuration.workers.map(SettingValue.int) ?? .null
        case .maxInFlight: return .int(configuration.maxInFlight)
        case .afterSuccess: return .string(configuration.afterSuccess.rawValue)
        case .logFormat: return .string(configuration.logFormat.rawValue)
        case .logLevel: return .string(configuration.logLevel)
        case .emitTokens: return .bool(configuration.emitTokens)
        case .stopTimeoutMs: return .int(configuration.stopTimeoutMs)
        case .dateOrder: return .string(configuration.dateOrder.rawValue)
        }
    }

    private static func isNull(_ value: SettingValue) -> Bool {
        switch value {
        case .null: true
        case .text(let text): text.isEmpty || text == "null"
        default: false
        }
    }

    private static func text(_ value: SettingValue) -> String? {
        switch value {
        case .string(let text), .text(let text): text
        default: nil
        }
    }

    private static func path(_ value: SettingValue, nullable: Bool, _ error: ConfigurationError)
        throws(ConfigurationError) -> String?
    {
        if isNull(value) {
            guard nullable else { throw error }
            return nil
        }
        guard let text = text(value), !text.isEmpty, !text.contains("\0") else { throw error }
        return text
    }

    private static func integer(_ value: SettingValue, _ range: ClosedRange<Int>, _ error: ConfigurationError)
        throws(ConfigurationError) -> Int
    {
        let number: Int?
        switch value {
        case .int(let int): number = int
        case .double(let double) where double == double.rounded() && abs(double) < 1e15: number = Int(double)
        case .text(let text): number = Int(text.trimmingCharacters(in: .whitespaces))
        default: number = nil
        }
        guard let number, range.contains(number) else { throw error }
        return number
    }
}
