import Foundation
import Testing
import WirewatchDaemon

@Suite struct DaemonTests {
    @Test func onceProcessesLeftoversAndTheInbox() throws {
        let harness = DaemonHarness()
        for folder in harness.folders.all { try FileOperations.makeDirectory(folder.path, mode: mode_t(folder.mode)) }
        harness.root.write("state/processing/leftover.txt", "An article left behind by a crash.")
        harness.root.write("state/outbox/.wirewatch-stale.json.tmp", "partial")
        harness.drop("fresh.txt", "A fresh article in the inbox.")
        harness.root.write("state/inbox/.hidden", "ignored")
        harness.root.write("state/inbox/partial.part", "ignored")
        let status = try harness.makeDaemon().once()
        #expect(status == 0)
        #expect(harness.list("archive") == ["fresh.txt", "leftover.txt"])
        #expect(harness.list("outbox").count == 2)
        #expect(harness.list("inbox") == [".hidden", "partial.part"])
        #expect(harness.list("processing") == [])
    }

    @Test func onceReportsFailures() throws {
        let harness = DaemonHarness()
        for folder in harness.folders.all { try FileOperations.makeDirectory(folder.path, mode: mode_t(folder.mode)) }
        harness.drop("empty.txt", "")
        #expect(try harness.makeDaemon().once() == 1)
        #expect(harness.list("failed") == ["empty.txt", "empty.txt.error.json"])
    }

    @Test func runRecoversByItselfWhenTheOutboxComesBack() throws {
        let harness = DaemonHarness()
        let daemon = try harness.makeDaemon()
        let thread = Thread { _ = daemon.run() }
        thread.start()
        defer {
            daemon.stop()
            harness.wait { thread.isFinished }
        }
        #expect(harness.wait { FileManager.default.fileExists(atPath: harness.folders.outbox) })
        usleep(50_000)
        let saved = harness.root.file("state/outbox.saved")
        rename(harness.folders.outbox, saved)
        harness.root.write("state/outbox", "not a folder")
        harness.drop("a.txt", "An article that must wait for its outbox.")
        #expect(harness.wait { daemon.isBlocked })
        usleep(100_000)
        #expect(harness.list("processing") == ["a.txt"])
        #expect(harness.list("archive") == [])
        // New files are not claimed while the outbox is down.
        harness.drop("b.txt", "Another article.")
        usleep(200_000)
        #expect(harness.list("inbox") == ["b.txt"], "processing: \(harness.list("processing")) failed: \(harness.list("failed"))")
        unlink(harness.folders.outbox)
        rename(saved, harness.folders.outbox)
        #expect(harness.wait { harness.list("archive") == ["a.txt", "b.txt"] })
        #expect(harness.list("outbox").count == 2)
        #expect(harness.list("processing") == [])
    }

    @Test func stopFinishesAndReturnsZero() throws {
        let harness = DaemonHarness()
        let daemon = try harness.makeDaemon()
        let status = LockedStatus()
        let thread = Thread { status.set(daemon.run()) }
        thread.start()
        #expect(harness.wait { FileManager.default.fileExists(atPath: harness.folders.inbox) })
        harness.drop("a.txt", "An article.")
        #expect(harness.wait { harness.list("archive") == ["a.txt"] })
        daemon.stop()
        #expect(harness.wait { thread.isFinished })
        #expect(status.value == 0)
    }
}

/// The exit status of a daemon run on another thread.
final class LockedStatus: @unchecked Sendable {
    private let lock = NSLock()
    private var status: Int32?
    func set(_ value: Int32) { lock.withLock { status = value } }
    var value: Int32? { lock.withLock { status } }
}
