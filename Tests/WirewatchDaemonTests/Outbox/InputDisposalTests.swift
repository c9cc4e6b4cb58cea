import Foundation
import Testing
import WirewatchDaemon

@Suite struct InputDisposalTests {
    private func folders(_ root: TemporaryDirectory) throws -> Folders {
        let folders = Folders(
            inbox: root.file("inbox"), processing: root.file("processing"), outbox: root.file("outbox"),
            archive: root.file("archive"), failed: root.file("failed"))
        for folder in folders.all { try FileOperations.makeDirectory(folder.path, mode: mode_t(folder.mode)) }
        return folders
    }

    @Test func archivingNeverOverwrites() throws {
        let root = TemporaryDirectory("dispose")
        let folders = try folders(root)
        let disposal = InputDisposal(folders: folders)
        root.write("archive/a.txt", "old")
        root.write("archive/a-1.txt", "older")
        root.write("processing/a.txt", "new")
        let name = try disposal.complete(root.file("processing/a.txt"), name: "a.txt", afterSuccess: .archive)
        #expect(name == "a-2.txt")
        #expect(try String(contentsOfFile: root.file("archive/a.txt"), encoding: .utf8) == "old")
        #expect(try String(contentsOfFile: root.file("archive/a-2.txt"), encoding: .utf8) == "new")
        #expect(root.list("processing").isEmpty)
    }

    @Test func deleting() throws {
        let root = TemporaryDirectory("dispose")
        let disposal = InputDisposal(folders: try folders(root))
        root.write("processing/a.txt", "x")
        #expect(try disposal.complete(root.file("processing/a.txt"), name: "a.txt", afterSuccess: .delete) == nil)
        #expect(root.list("processing").isEmpty)
        #expect(root.list("archive").isEmpty)
    }

    @Test func failedInputsGetASidecarAndKeepEarlierFailures() throws {
        let root = TemporaryDirectory("dispose")
        let disposal = InputDisposal(folders: try folders(root))
        for round in 0..<2 {
            root.write("processing/b.txt", "round \(round)")
            let sidecar = ErrorSidecar(stage: "decode", reason: "empty file", time: Date(timeIntervalSince1970: 0), file: "b.txt")
            _ = try disposal.fail(root.file("processing/b.txt"), name: "b.txt", sidecar: sidecar)
        }
        #expect(root.list("failed") == ["b-1.txt", "b-1.txt.error.json", "b.txt", "b.txt.error.json"])
        let sidecar = try String(contentsOfFile: root.file("failed/b.txt.error.json"), encoding: .utf8)
        #expect(sidecar == #"{"file":"b.txt","reason":"empty file","stage":"decode","time":"1970-01-01T00:00:00.000Z","version":"0.1.0"}"# + "\n")
    }

    @Test func aLinkIsMovedAsTheLinkItself() throws {
        let root = TemporaryDirectory("dispose")
        let disposal = InputDisposal(folders: try folders(root))
        root.write("outside.txt", "secret")
        try FileManager.default.createSymbolicLink(atPath: root.file("inbox/l.txt"), withDestinationPath: root.file("outside.txt"))
        let sidecar = ErrorSidecar(stage: "inbox", reason: "a symbolic link", time: Date(), file: "l.txt")
        _ = try disposal.fail(root.file("inbox/l.txt"), name: "l.txt", sidecar: sidecar)
        let moved = try FileManager.default.destinationOfSymbolicLink(atPath: root.file("failed/l.txt"))
        #expect(moved == root.file("outside.txt"))
        #expect(try String(contentsOfFile: root.file("outside.txt"), encoding: .utf8) == "secret")
    }
}
