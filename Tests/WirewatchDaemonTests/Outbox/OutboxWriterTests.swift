import Foundation
import Testing
import WirewatchDaemon

@Suite struct OutboxWriterTests {
    @Test func writesWholeRecordsAndReplacesThemWhole() throws {
        let folder = TemporaryDirectory("outbox")
        let writer = OutboxWriter(directory: folder.path)
        try writer.write(Array(#"{"a":1}"#.utf8), name: "r.json")
        try writer.write(Array(#"{"a":2}"#.utf8), name: "r.json")
        try writer.sync()
        #expect(try String(contentsOfFile: folder.file("r.json"), encoding: .utf8) == "{\"a\":2}\n")
        #expect(folder.list(".") == ["r.json"])
    }

    @Test func removesStaleTemporariesOnly() {
        let folder = TemporaryDirectory("outbox")
        folder.write(".wirewatch-r.json.tmp", "partial")
        folder.write("r.json", "{}")
        folder.write(".other.tmp", "not ours")
        OutboxWriter(directory: folder.path).removeStaleTemporaries()
        #expect(folder.list(".") == [".other.tmp", "r.json"])
    }

    @Test func anUnwritableOutboxIsASystemError() {
        let writer = OutboxWriter(directory: "/proc/wirewatch-no-such-folder")
        #expect(throws: SystemError.self) { try writer.write([0x7B, 0x7D], name: "r.json") }
    }
}
