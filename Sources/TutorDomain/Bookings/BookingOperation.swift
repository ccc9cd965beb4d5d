/// Who acts on a booking; policies differ between the two parties.
public enum BookingParty: String, Sendable, Hashable, Codable {
    case student, tutor, system, admin
}

/// How an open dispute is settled.
public enum DisputeResolution: Sendable, Hashable {
    /// The charge stands.
    case upheld
    /// Money goes back: in full, or `cents` of it.
    case refunded(full: Bool)
}

/// Every operation that may change a booking's state.
public enum BookingOperation: Sendable, Hashable, CustomStringConvertible {
    /// A tutor accepts a REQUESTED booking.
    case accept
    /// A tutor declines a REQUESTED booking.
    case decline
    /// Either party cancels; `refund` is the cancellation policy's verdict.
    case cancel(refund: Bool)
    /// Nobody answered a REQUESTED booking within 24 h.
    case expire
    /// The session starts.
    case start
    /// The session ends with an outcome.
    case end(SessionOutcome)
    /// A party contests a finished booking.
    case openDispute
    /// An admin settles the dispute.
    case resolveDispute(DisputeResolution)

    /// The operation's name as errors and `booking_events` show it.
    public var name: String {
        switch self {
        case .accept: "accept"
        case .decline: "decline"
        case .cancel: "cancel"
        case .expire: "expire"
        case .start: "start"
        case .end: "end"
        case .openDispute: "openDispute"
        case .resolveDispute: "resolveDispute"
        }
    }

    public var description: String { name }
}
