import Foundation
import Testing
import WirewatchDaemon

@Suite struct DataDirectoryTests {
    @Test func aConfiguredFolderWins() {
        #expect(DataDirectory.resolve(configured: "/opt/data", executable: "/usr/bin/wirewatch") == "/opt/data")
    }

    @Test func findsTheRepositoryDataFolderFromABuildProduct() {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent()
        let executable = root.appendingPathComponent(".build/debug/wirewatch").path
        #expect(DataDirectory.resolve(configured: nil, executable: executable) == root.appendingPathComponent("data").path)
    }

    @Test func findsTheInstalledShareFolder() throws {
        let folder = TemporaryDirectory("prefix")
        try FileManager.default.createDirectory(atPath: folder.file("share/wirewatch"), withIntermediateDirectories: true)
        try FileManager.default.createDirectory(atPath: folder.file("bin"), withIntermediateDirectories: true)
        let resolved = DataDirectory.resolve(configured: nil, executable: folder.file("bin/wirewatch"))
        #expect(resolved.hasSuffix("share/wirewatch"))
    }
}
