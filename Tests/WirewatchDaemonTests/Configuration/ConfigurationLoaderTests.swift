import Foundation
import Testing
@testable import WirewatchDaemon

@Suite struct ConfigurationLoaderTests {
    private static let shipped = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("config/wirewatch.json").path

    @Test func theShippedFileListsEveryKeyWithItsDefault() throws {
        let data = try Data(contentsOf: URL(fileURLWithPath: Self.shipped))
        let settings = try JSONDecoder().decode([String: SettingValue].self, from: data)
        #expect(Set(settings.keys) == Set(ConfigurationKey.allCases.map(\.rawValue)))
        let defaults = Configuration()
        for key in ConfigurationKey.allCases {
            #expect(settings[key.rawValue] == key.value(in: defaults), "\(key.rawValue)")
        }
        let loaded = try ConfigurationLoader(file: Self.shipped, environment: [:], overrides: []).load()
        #expect(loaded == defaults)
    }

    @Test func precedenceIsDefaultsFileEnvironmentFlags() throws {
        let folder = TemporaryDirectory("config")
        folder.write("c.json", #"{"state_dir": "/from/file", "poll_interval_ms": 200, "settle_ms": 10, "workers": 3}"#)
        let environment = ["WIREWATCH_POLL_INTERVAL_MS": "300", "WIREWATCH_SETTLE_MS": "20", "HOME": "/root"]
        let configuration = try ConfigurationLoader(
            file: folder.file("c.json"), environment: environment, overrides: [("settle_ms", "30")]
        ).load()
        #expect(configuration.stateDir == "/from/file")
        #expect(configuration.pollIntervalMs == 300)
        #expect(configuration.settleMs == 30)
        #expect(configuration.workers == 3)
        #expect(configuration.maxFileBytes == 67_108_864)
        #expect(configuration.folders.inbox == "/from/file/inbox")
        #expect(configuration.folders.failed == "/from/file/failed")
    }

    @Test func unknownKeysAreErrorsInEveryLayer() {
        let folder = TemporaryDirectory("config")
        folder.write("c.json", #"{"poll_interval": 200}"#)
        #expect(throws: ConfigurationError.self) {
            try ConfigurationLoader(file: folder.file("c.json"), environment: [:], overrides: []).load()
        }
        #expect(throws: ConfigurationError.self) {
            try ConfigurationLoader(file: nil, environment: ["WIREWATCH_POLL": "1"], overrides: []).load()
        }
        #expect(throws: ConfigurationError.self) {
            try ConfigurationLoader(file: nil, environment: [:], overrides: [("nope", "1")]).load()
        }
    }

    @Test func badValuesNameTheKeyAndWhereTheyCameFrom() {
        let cases: [(String, String)] = [
            ("poll_interval_ms", "0"), ("settle_ms", "-1"), ("workers", "zero"), ("after_success", "keep"),
            ("log_format", "xml"), ("emit_tokens", "maybe"), ("date_order", "ymd"), ("max_in_flight", "0"), ("state_dir", ""),
        ]
        for (key, value) in cases {
            do {
                _ = try ConfigurationLoader(file: nil, environment: [:], overrides: [(key, value)]).load()
                Issue.record("\(key)=\(value) was accepted")
            } catch {
                #expect(error.message.contains(key) && error.message.contains("flag"), "\(error.message)")
            }
        }
    }

    @Test func nullSelectsDerivedDefaultsAndFoldersMustDiffer() throws {
        let configuration = try ConfigurationLoader(
            file: nil, environment: ["WIREWATCH_WORKERS": "null", "WIREWATCH_INBOX_DIR": "/q/in"], overrides: []
        ).load()
        #expect(configuration.workers == nil)
        #expect(configuration.effectiveWorkers >= 1)
        #expect(configuration.folders.inbox == "/q/in")
        #expect(throws: ConfigurationError.self) {
            try ConfigurationLoader(file: nil, environment: [:], overrides: [("inbox_dir", "/x"), ("outbox_dir", "/x/")]).load()
        }
    }

    @Test func aBrokenFileIsAClearError() {
        let folder = TemporaryDirectory("config")
        folder.write("c.json", "{ not json")
        do {
            _ = try ConfigurationLoader(file: folder.file("c.json"), environment: [:], overrides: []).load()
            Issue.record("accepted")
        } catch {
            #expect(error.message.contains("c.json"))
        }
        #expect(throws: ConfigurationError.self) {
            try ConfigurationLoader(file: folder.file("missing.json"), environment: [:], overrides: []).load()
        }
    }

    @Test func theConfigFileCanComeFromTheEnvironment() throws {
        let folder = TemporaryDirectory("config")
        folder.write("c.json", #"{"max_in_flight": 7}"#)
        let loader = ConfigurationLoader(file: nil, environment: ["WIREWATCH_CONFIG": folder.file("c.json")], overrides: [])
        #expect(loader.resolvedFile == folder.file("c.json"))
        #expect(try loader.load().maxInFlight == 7)
    }
}
