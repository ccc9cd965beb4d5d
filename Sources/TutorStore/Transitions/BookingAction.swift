import TutorDomain

/// A change a caller asks of an existing booking. The store turns it into a `BookingOperation` by applying the
/// policies itself (a cancellation's refund, the dispute window), so callers cannot choose their own terms.
public enum BookingAction: Sendable, Hashable {
    /// The tutor confirms a request.
    case accept
    /// The tutor turns a request down.
    case decline
    /// Either party calls the session off; the refund follows the cancellation policy.
    case cancel
    /// A request nobody answered within 24 hours lapses (the expiry job).
    case expire
    /// The session begins.
    case start
    /// The session is over; a no-show is an outcome too.
    case end(SessionOutcome)
    /// A party contests a finished booking.
    case openDispute
    /// Staff settle an open dispute.
    case resolveDispute(DisputeSettlement)
}

/// How staff settle a dispute.
public enum DisputeSettlement: Sendable, Hashable {
    /// The charge stands.
    case uphold
    /// Everything still charged goes back (a package credit is restored).
    case refundFull
    /// `cents` go back; the rest stays charged.
    case refundPartial(cents: Int)
}
