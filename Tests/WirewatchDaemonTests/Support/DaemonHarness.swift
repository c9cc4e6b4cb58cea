import Foundation
import Logging
import WirewatchCore
import WirewatchDaemon

/// A daemon on temporary folders, with fast polling and quiet logs.
struct DaemonHarness {
    let root = TemporaryDirectory("daemon")
    var configuration = Configuration()

    init(settleMs: Int = 0, pollMs: Int = 20) {
        configuration.stateDir = root.file("state")
        configuration.settleMs = settleMs
        configuration.pollIntervalMs = pollMs
    }

    var folders: Folders { configuration.folders }

    func makeDaemon() throws -> Daemon {
        let settings = LogSettings(format: .text, level: .critical)
        let logger = Logger(label: "test") { _ in StandardErrorLogHandler(settings: settings, environment: [:]) }
        let configuration = self.configuration
        return Daemon(
            configuration: configuration, plan: try PipelinePlan.standard(), logger: logger, logSettings: settings,
            notifier: SystemdNotifier(environment: [:]), reload: { configuration })
    }

    func makeEngine() throws -> Engine {
        let settings = LogSettings(format: .text, level: .critical)
        let logger = Logger(label: "test") { _ in StandardErrorLogHandler(settings: settings, environment: [:]) }
        for folder in folders.all { try FileOperations.makeDirectory(folder.path, mode: mode_t(folder.mode)) }
        return Engine(
            folders: folders, plan: try PipelinePlan.standard(), settings: Engine.Settings(configuration), workers: 2,
            maxInFlight: 4, logger: logger)
    }

    /// Names in one of the state folders.
    func list(_ folder: String) -> [String] { root.list("state/" + folder) }

    /// Drops a complete file into the inbox by renaming it into place.
    func drop(_ name: String, _ text: String) {
        root.write("state/inbox/.\(name).tmp", text)
        rename(root.file("state/inbox/.\(name).tmp"), root.file("state/inbox/\(name)"))
    }

    /// Waits up to `seconds` for `condition`.
    @discardableResult
    func wait(seconds: Double = 10, _ condition: () -> Bool) -> Bool {
        let deadline = Date().addingTimeInterval(seconds)
        while Date() < deadline {
            if condition() { return true }
            usleep(10_000)
        }
        return condition()
    }
}
