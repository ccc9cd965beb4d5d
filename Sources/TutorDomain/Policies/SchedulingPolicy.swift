/// Time rules for moving and contesting bookings.
public enum SchedulingPolicy {
    /// A booking may be rescheduled only this far ahead of its current start.
    public static let minimumRescheduleNotice: Duration = .seconds(24 * 3600)
    /// A REQUESTED booking the tutor has not answered expires after this long.
    public static let requestExpiry: Duration = .seconds(24 * 3600)
    /// Disputes may be opened this long after the session's end.
    public static let disputeWindow: Duration = .seconds(30 * 24 * 3600)
    /// Sessions end automatically this long after their scheduled end.
    public static let endGracePeriod: Duration = .seconds(15 * 60)

    /// Whether a booking starting at `start` may still be moved at `now`.
    public static func canReschedule(now: Instant, start: Instant) -> Bool {
        now.duration(to: start) >= minimumRescheduleNotice
    }

    /// Whether a dispute may still be opened at `now` for a session that ended at `end`.
    public static func canOpenDispute(now: Instant, end: Instant) -> Bool {
        end.duration(to: now) <= disputeWindow
    }

    /// Whether a REQUESTED booking created at `createdAt` has expired by `now`.
    public static func hasRequestExpired(now: Instant, createdAt: Instant) -> Bool {
        createdAt.duration(to: now) >= requestExpiry
    }
}
