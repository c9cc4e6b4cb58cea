import Foundation

/// Builds a `Configuration` from its layers: defaults < file < environment < flags.
///
/// Unknown keys are an error in every layer, so that a misspelt key never silently leaves a
/// default in force. The file is JSON; `config/wirewatch.json` lists every key.
public struct ConfigurationLoader: Sendable {
    /// The default configuration file, used when it exists and none is named.
    public static let systemFile = "/etc/wirewatch/wirewatch.json"
    /// Environment variable naming the configuration file (not a key).
    public static let fileVariable = "WIREWATCH_CONFIG"

    /// The file named by `--config`, if any.
    public var file: String?
    public var environment: [String: String]
    /// Settings from flags, in order (`--state-dir`, `--set key=value`).
    public var overrides: [(key: String, value: String)]

    public init(file: String?, environment: [String: String], overrides: [(key: String, value: String)]) {
        self.file = file
        self.environment = environment
        self.overrides = overrides
    }

    /// The configuration file that will be read, if any.
    public var resolvedFile: String? {
        if let file { return file }
        if let named = environment[Self.fileVariable], !named.isEmpty { return named }
        return FileManager.default.fileExists(atPath: Self.systemFile) ? Self.systemFile : nil
    }

    /// Loads and checks the configuration.
    public func load() throws(ConfigurationError) -> Configuration {
        var configuration = Configuration()
        if let path = resolvedFile {
            try Self.applyFile(path, to: &configuration)
        }
        let keysByVariable = Dictionary(uniqueKeysWithValues: ConfigurationKey.allCases.map { ($0.environmentName, $0) })
        for (name, value) in environment.sorted(by: { $0.key < $1.key }) where name.hasPrefix("WIREWATCH_") {
            if name == Self.fileVariable { continue }
            guard let key = keysByVariable[name] else {
                throw ConfigurationError("environment: \(name) is not a Wirewatch setting (unknown key)")
            }
            try key.apply(.text(value), origin: "environment \(name)", to: &configuration)
        }
        for (name, value) in overrides {
            guard let key = ConfigurationKey(rawValue: name) else {
                throw ConfigurationError("flag: unknown key \"\(name)\"")
            }
            try key.apply(.text(value), origin: "flag \(name)", to: &configuration)
        }
        try Self.check(configuration)
        return configuration
    }

    static func applyFile(_ path: String, to configuration: inout Configuration) throws(ConfigurationError) {
        let data: Data
        do {
            data = try Data(contentsOf: URL(fileURLWithPath: path))
        } catch {
            throw ConfigurationError("\(path): cannot read the configuration file (\(error.localizedDescription))")
        }
        let settings: [String: SettingValue]
        do {
            settings = try JSONDecoder().decode([String: SettingValue].self, from: data)
        } catch {
            throw ConfigurationError("\(path): not a JSON object of settings (\(Self.describe(error)))")
        }
        for name in settings.keys.sorted() {
            guard let key = ConfigurationKey(rawValue: name) else {
                let known = ConfigurationKey.allCases.map(\.rawValue).joined(separator: ", ")
                throw ConfigurationError("\(path): unknown key \"\(name)\" (known keys: \(known))")
            }
            try key.apply(settings[name] ?? .null, origin: path, to: &configuration)
        }
    }

    /// Checks across keys: the five folders must be distinct.
    static func check(_ configuration: Configuration) throws(ConfigurationError) {
        var seen: [String: String] = [:]
        for folder in configuration.folders.all {
            let normalized = URL(fileURLWithPath: folder.path).standardizedFileURL.path
            if let other = seen[normalized] {
                throw ConfigurationError("\(folder.key) and \(other) are the same folder (\(folder.path))")
            }
            seen[normalized] = folder.key
        }
    }

    private static func describe(_ error: any Error) -> String {
        if case DecodingError.dataCorrupted(let context) = error {
            return context.underlyingError.map { "\($0)" } ?? context.debugDescription
        }
        return "\(error)"
    }
}
