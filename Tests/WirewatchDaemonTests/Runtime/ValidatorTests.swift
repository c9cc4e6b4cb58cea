import Foundation
import Testing
import WirewatchDaemon

@Suite struct ValidatorTests {
    @Test func createsMissingFoldersWithTheirModes() throws {
        let root = TemporaryDirectory("validate")
        var configuration = Configuration()
        configuration.stateDir = root.file("state")
        #expect(Validator(configuration: configuration, dataDirectory: "/nowhere").problems() == [])
        let inbox = try FileManager.default.attributesOfItem(atPath: root.file("state/inbox"))
        let outbox = try FileManager.default.attributesOfItem(atPath: root.file("state/outbox"))
        #expect(inbox[.posixPermissions] as? Int == 0o770)
        #expect(outbox[.posixPermissions] as? Int == 0o750)
    }

    @Test func reportsUnusableFoldersAndAMissingDataFolder() {
        let root = TemporaryDirectory("validate")
        root.write("blocker", "a file where a folder should be")
        var configuration = Configuration()
        configuration.stateDir = root.file("state")
        configuration.outboxDir = root.file("blocker")
        configuration.dataDir = root.file("no-data")
        let problems = Validator(configuration: configuration, dataDirectory: root.file("no-data")).problems()
        #expect(problems.count == 2)
        #expect(problems.contains { $0.hasPrefix("outbox_dir") })
        #expect(problems.contains { $0.hasPrefix("data_dir") })
    }
}
