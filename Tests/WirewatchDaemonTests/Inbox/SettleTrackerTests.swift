import Testing
import WirewatchDaemon

@Suite struct SettleTrackerTests {
    private let second: Int64 = 1_000_000_000

    private func entry(size: Int, modified: Int64) -> InboxEntry {
        InboxEntry(name: "f", size: size, modifiedNanos: modified, inode: 1, refusal: nil)
    }

    @Test func aFileQuietForTheSettleTimeIsTakenAtFirstSight() {
        var tracker = SettleTracker(settleMs: 1000)
        let settled1 = tracker.observe(entry(size: 10, modified: 100 * second), now: 102 * second)
        #expect(settled1)
    }

    @Test func aFileStillBeingWrittenWaits() {
        var tracker = SettleTracker(settleMs: 1000)
        let start = 100 * second
        let settled3 = tracker.observe(entry(size: 10, modified: start), now: start + second / 2)
        #expect(!settled3)
        let settled5 = tracker.observe(entry(size: 20, modified: start + second), now: start + second + second / 2)
        #expect(!settled5)
        let settled7 = tracker.observe(entry(size: 20, modified: start + second), now: start + 2 * second)
        #expect(settled7)
    }

    @Test func zeroSettleTakesFilesImmediately() {
        var tracker = SettleTracker(settleMs: 0)
        let settled9 = tracker.observe(entry(size: 1, modified: 100 * second), now: 100 * second)
        #expect(settled9)
    }

    @Test func futureModificationTimesFallBackToObservation() {
        var tracker = SettleTracker(settleMs: 1000)
        let future = 1000 * second
        let settled11 = tracker.observe(entry(size: 5, modified: future), now: 100 * second)
        #expect(!settled11)
        let settled13 = tracker.observe(entry(size: 5, modified: future), now: 100 * second + second / 2)
        #expect(!settled13)
        let settled15 = tracker.observe(entry(size: 5, modified: future), now: 101 * second)
        #expect(settled15)
    }

    @Test func forgetsFilesThatDisappear() {
        var tracker = SettleTracker(settleMs: 1000)
        tracker.beginScan()
        _ = tracker.observe(entry(size: 1, modified: 100 * second), now: 100 * second)
        tracker.finishScan()
        #expect(tracker.count == 1)
        tracker.beginScan()
        tracker.finishScan()
        #expect(tracker.count == 0)
    }
}

extension SettleTrackerTests {
    @Test func watchedTimeCountsFromFirstSightEvenWhileTheFileChanges() {
        var tracker = SettleTracker(settleMs: 1000)
        let start = 100 * second
        _ = tracker.observe(entry(size: 1, modified: start), now: start)
        _ = tracker.observe(entry(size: 2, modified: start + 3 * second), now: start + 3 * second)
        #expect(tracker.watchedFor("f", now: start + 4 * second) == 4 * second)
        #expect(tracker.watchedFor("other", now: start) == nil)
    }
}
