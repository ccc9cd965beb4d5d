/// What a cancellation does with the student's money or package credit.
public enum CancellationRefund: Sendable, Hashable {
    /// The student gets everything back: the payment voided or refunded, a package credit restored.
    case full
    /// The student keeps nothing back: the tutor's time was reserved too late to rebook.
    case none
}

/// DESIGN.md §5's cancellation rules, as pure functions of the clock.
public enum CancellationPolicy {
    /// Cancellations this far ahead of the start are free.
    public static let freeCancellationWindow: Duration = .seconds(24 * 3600)
    /// A student cancelling a few minutes late still counts as on time.
    public static let grace: Duration = .seconds(5 * 60)

    /// The refund for a cancellation by `party` at `now` of a session starting at `start`.
    ///
    /// Students: full refund (or credit back) at least 24 h ahead, minus the 5-minute grace; none later.
    /// Tutors, admins and the system always refund in full: the student did nothing wrong.
    public static func refund(cancelledBy party: BookingParty, now: Instant, start: Instant) -> CancellationRefund {
        guard party == .student else { return .full }
        let notice = now.duration(to: start)
        return notice >= freeCancellationWindow - grace ? .full : .none
    }
}

/// A point in time as seconds since the Unix epoch; keeps TutorDomain free of Foundation.
public struct Instant: Sendable, Hashable, Comparable, Codable {
    public var secondsSinceEpoch: Double

    public init(secondsSinceEpoch: Double) { self.secondsSinceEpoch = secondsSinceEpoch }

    public static func < (lhs: Instant, rhs: Instant) -> Bool { lhs.secondsSinceEpoch < rhs.secondsSinceEpoch }

    /// The signed duration from `self` until `other`.
    public func duration(to other: Instant) -> Duration {
        .milliseconds(Int64(((other.secondsSinceEpoch - secondsSinceEpoch) * 1000).rounded()))
    }

    public func advanced(by duration: Duration) -> Instant {
        let (seconds, attoseconds) = duration.components
        return Instant(secondsSinceEpoch: secondsSinceEpoch + Double(seconds) + Double(attoseconds) / 1e18)
    }
}
