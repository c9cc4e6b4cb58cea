/// Exponential backoff for retrying an unwritable outbox: doubles from `base` up to `cap`.
public struct Backoff: Sendable, Hashable {
    /// First delay, in milliseconds.
    public var baseMs: Int
    /// Longest delay, in milliseconds.
    public var capMs: Int

    public init(baseMs: Int, capMs: Int = 30000) {
        self.baseMs = max(1, baseMs)
        self.capMs = max(self.baseMs, capMs)
    }

    /// Delay before attempt `attempt` (0-based), in milliseconds.
    public func delayMs(attempt: Int) -> Int {
        let shift = min(attempt, 20)
        let delay = baseMs.multipliedReportingOverflow(by: 1 << shift)
        return delay.overflow ? capMs : min(delay.partialValue, capMs)
    }
}
