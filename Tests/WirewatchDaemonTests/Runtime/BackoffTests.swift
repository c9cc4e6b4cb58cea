import Testing
import WirewatchDaemon

@Suite struct BackoffTests {
    @Test func doublesUpToTheCap() {
        let backoff = Backoff(baseMs: 500, capMs: 30000)
        #expect((0..<8).map { backoff.delayMs(attempt: $0) } == [500, 1000, 2000, 4000, 8000, 16000, 30000, 30000])
        #expect(backoff.delayMs(attempt: 1000) == 30000)
    }
}
