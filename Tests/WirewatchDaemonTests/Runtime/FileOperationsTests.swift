import Foundation
import Testing
import WirewatchDaemon

@Suite struct FileOperationsTests {
    @Test func suffixes() {
        #expect(FileOperations.suffixed("report.txt", 1) == "report-1.txt")
        #expect(FileOperations.suffixed("report", 2) == "report-2")
        #expect(FileOperations.suffixed(".rc", 1) == ".rc-1")
        #expect(FileOperations.suffixed("a.b.c", 3) == "a.b-3.c")
    }

    @Test func createsFoldersWithTheirModesDespiteTheUmask() throws {
        let root = TemporaryDirectory("mkdir")
        let previous = umask(0o077)
        defer { umask(previous) }
        try FileOperations.makeDirectory(root.file("a/b/inbox"), mode: 0o770)
        let attributes = try FileManager.default.attributesOfItem(atPath: root.file("a/b/inbox"))
        #expect((attributes[.posixPermissions] as? Int) == 0o770)
        root.write("file", "x")
        #expect(throws: SystemError.self) { try FileOperations.makeDirectory(root.file("file"), mode: 0o750) }
    }

    @Test func openingAFIFONeverBlocks() throws {
        let root = TemporaryDirectory("open")
        mkfifo(root.file("pipe"), 0o600)
        do {
            _ = try FileOperations.openInput(root.file("pipe"), maxBytes: 100)
            Issue.record("a FIFO was opened as input")
        } catch {
            guard case .refused(let reason) = error else { Issue.record("\(error)"); return }
            #expect(reason.contains("FIFO"))
        }
    }

    @Test func refusesLinksAndOversizedFiles() throws {
        let root = TemporaryDirectory("open")
        root.write("big.txt", [UInt8](repeating: 65, count: 101))
        try FileManager.default.createSymbolicLink(atPath: root.file("link"), withDestinationPath: root.file("big.txt"))
        for (name, fragment) in [("link", "symbolic link"), ("big.txt", "over max_file_bytes")] {
            do {
                _ = try FileOperations.openInput(root.file(name), maxBytes: 100)
                Issue.record("\(name) opened")
            } catch {
                guard case .refused(let reason) = error else { Issue.record("\(error)"); continue }
                #expect(reason.contains(fragment))
            }
        }
    }

    @Test func aLockedInputIsReportedAsLocked() throws {
        let root = TemporaryDirectory("open")
        root.write("a.txt", "text")
        let first = try FileOperations.openInput(root.file("a.txt"), maxBytes: 100)
        #expect(try first.readAll() == Array("text".utf8))
        do {
            _ = try FileOperations.openInput(root.file("a.txt"), maxBytes: 100)
            Issue.record("opened twice")
        } catch {
            guard case .locked = error else { Issue.record("\(error)"); return }
        }
        first.lock.release()
        #expect(throws: Never.self) { _ = try FileOperations.openInput(root.file("a.txt"), maxBytes: 100) }
    }

    @Test func moveWithoutReplacingPicksAFreeName() throws {
        let root = TemporaryDirectory("move")
        try FileOperations.makeDirectory(root.file("to"), mode: 0o750)
        root.write("to/x.txt", "keep")
        root.write("x.txt", "moved")
        #expect(try FileOperations.moveWithoutReplacing(root.file("x.txt"), into: root.file("to"), name: "x.txt") == "x-1.txt")
        #expect(try String(contentsOfFile: root.file("to/x.txt"), encoding: .utf8) == "keep")
        #expect(throws: SystemError.self) {
            try FileOperations.moveWithoutReplacing(root.file("gone.txt"), into: root.file("to"), name: "gone.txt")
        }
    }
}
