import Dispatch
import Synchronization
import Testing
import WirewatchDaemon

@Suite struct WorkerPoolTests {
    @Test func neverRunsMoreThanTheLimitAndRunsEverything() {
        let pool = WorkerPool(label: "test", limit: 3)
        let running = Mutex((now: 0, peak: 0, done: 0))
        let group = DispatchGroup()
        for _ in 0..<200 {
            group.enter()
            pool.async {
                running.withLock { $0.now += 1; $0.peak = max($0.peak, $0.now) }
                var x = 0
                for i in 0..<20_000 { x &+= i }
                running.withLock { $0.now -= 1; $0.done += x > 0 ? 1 : 0 }
                group.leave()
            }
        }
        group.wait()
        let result = running.withLock { $0 }
        #expect(result.done == 200)
        #expect(result.peak <= 3)
        #expect(result.peak >= 1)
    }
}
