import Foundation
import Synchronization

/// A clock tests control: frozen at a chosen instant until a test moves it, so expiry rules are testable.
final class TestClock: Sendable {
    private let instant: Mutex<Date>

    init(_ start: Date) {
        instant = Mutex(start)
    }

    /// The current test time; pass `clock.now` wherever the API takes a clock.
    @Sendable func now() -> Date {
        instant.withLock { $0 }
    }

    /// Moves time forward (for expiry tests).
    func advance(by interval: TimeInterval) {
        instant.withLock { $0 = $0.addingTimeInterval(interval) }
    }
}
