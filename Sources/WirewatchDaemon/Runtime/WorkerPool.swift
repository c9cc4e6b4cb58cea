import Dispatch
import Synchronization

/// Runs closures on its own concurrent queue, at most `limit` at a time, in submission order.
///
/// Work beyond the limit waits in a list rather than occupying a blocked thread, so the pool
/// never makes Dispatch spawn extra threads. The list is bounded by the caller's in-flight limit.
public final class WorkerPool: Sendable {
    private let queue: DispatchQueue
    private let limit: Int
    private let state = Mutex(State())

    private struct State {
        var running = 0
        var pending: [@Sendable () -> Void] = []
        var head = 0
    }

    public init(label: String, limit: Int) {
        queue = DispatchQueue(label: label, attributes: .concurrent)
        self.limit = max(1, limit)
    }

    public func async(_ work: @escaping @Sendable () -> Void) {
        let start = state.withLock { state -> Bool in
            if state.running < limit {
                state.running += 1
                return true
            }
            state.pending.append(work)
            return false
        }
        if start {
            queue.async { self.drain(work) }
        }
    }

    private func drain(_ first: @escaping @Sendable () -> Void) {
        var next: (@Sendable () -> Void)? = first
        while let work = next {
            work()
            next = state.withLock { state in
                guard state.head < state.pending.count else {
                    state.running -= 1
                    state.pending.removeAll(keepingCapacity: true)
                    state.head = 0
                    return nil
                }
                let work = state.pending[state.head]
                state.head += 1
                if state.head > 1024 && state.head * 2 > state.pending.count {
                    state.pending.removeFirst(state.head)
                    state.head = 0
                }
                return work
            }
        }
    }
}
