import Foundation
import Testing
import WirewatchDaemon

@Suite struct EngineTests {
    @Test func processesArchivesAndFails() throws {
        let harness = DaemonHarness()
        let engine = try harness.makeEngine()
        harness.root.write("state/processing/good.txt", "date: 2024-02-08\n\nA good article. It has text.")
        harness.root.write("state/processing/empty.txt", "")
        harness.root.write("state/processing/binary.bin", [0, 1, 2, 3, 4, 5, 6, 7, 0, 0, 0, 9, 14, 15, 16, 17])
        for name in ["good.txt", "empty.txt", "binary.bin"] { engine.submit(name) }
        #expect(engine.waitIdle(timeoutMs: 10000))
        #expect(harness.list("processing") == [])
        #expect(harness.list("archive") == ["good.txt"])
        #expect(harness.list("failed") == ["binary.bin", "binary.bin.error.json", "empty.txt", "empty.txt.error.json"])
        #expect(harness.list("outbox").count == 1)
        #expect(engine.counters.files == 1)
        #expect(engine.counters.articles == 1)
        #expect(engine.counters.failed == 2)
    }

    @Test func aFileLockedByAnotherProcessIsLeftAlone() throws {
        let harness = DaemonHarness()
        let engine = try harness.makeEngine()
        harness.root.write("state/processing/held.txt", "Some text to process.")
        let held = try FileOperations.openInput(harness.root.file("state/processing/held.txt"), maxBytes: 1000)
        engine.submit("held.txt")
        #expect(engine.waitIdle(timeoutMs: 10000))
        #expect(harness.list("processing") == ["held.txt"])
        #expect(harness.list("outbox") == [])
        held.lock.release()
    }

    @Test func anUnwritableOutboxKeepsTheInputAndSchedulesARetry() throws {
        let harness = DaemonHarness()
        let engine = try harness.makeEngine()
        try FileManager.default.removeItem(atPath: harness.folders.outbox)
        harness.root.write("state/outbox", "a file where the outbox folder should be")
        harness.root.write("state/processing/a.txt", "An article that cannot be written yet.")
        engine.submit("a.txt")
        #expect(engine.waitIdle(timeoutMs: 10000))
        #expect(engine.isBlocked)
        #expect(engine.retryCount == 1)
        #expect(harness.list("processing") == ["a.txt"])
        #expect(harness.list("failed") == [])
        try FileManager.default.removeItem(atPath: harness.folders.outbox)
        try FileOperations.makeDirectory(harness.folders.outbox, mode: 0o750)
        var due: [String] = []
        let found = harness.wait {
            due = engine.takeDueRetries(now: MonotonicClock.now())
            return !due.isEmpty
        }
        #expect(found)
        #expect(due == ["a.txt"])
        engine.submit("a.txt")
        #expect(engine.waitIdle(timeoutMs: 10000))
        #expect(!engine.isBlocked)
        #expect(harness.list("archive") == ["a.txt"])
        #expect(harness.list("outbox").count == 1)
    }
}
