import Foundation

/// How long a failed outbox row waits before its next attempt: doubling from `base`, never more than `maximum`.
///
/// Rows are retried for as long as they fail (at `maximum` spacing), so a long outage loses nothing.
public struct OutboxBackoff: Sendable, Hashable {
    public var base: Duration
    public var maximum: Duration

    public init(base: Duration = .seconds(10), maximum: Duration = .seconds(3600)) {
        self.base = base
        self.maximum = maximum
    }

    /// The wait after the `attempts`-th failed attempt (1 for the first failure).
    public func delay(afterAttempts attempts: Int) -> Duration {
        let doublings = max(0, min(attempts - 1, 30))
        return min(base * (1 << doublings), maximum)
    }
}
