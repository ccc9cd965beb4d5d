// The four independent fields of a booking's state (DESIGN.md §5), spelled as the database stores them.

/// Where the session itself is.
public enum SessionState: String, Sendable, Hashable, Codable, CaseIterable {
    case requested = "REQUESTED"
    case scheduled = "SCHEDULED"
    case active = "ACTIVE"
    case ended = "ENDED"
    case cancelled = "CANCELLED"
    case expired = "EXPIRED"

    /// No further session transition is possible.
    public var isTerminal: Bool { self == .ended || self == .cancelled || self == .expired }

    /// States that hold the tutor's time slot (the exclusion constraint's predicate).
    public var holdsSlot: Bool { self == .requested || self == .scheduled || self == .active }
}

/// How a session turned out; `nil` until the session state is terminal.
public enum SessionOutcome: String, Sendable, Hashable, Codable, CaseIterable {
    case completed = "COMPLETED"
    case notHeld = "NOT_HELD"
    case noShowStudent = "NO_SHOW_STUDENT"
    case noShowTutor = "NO_SHOW_TUTOR"
}

/// Where the student's money is.
public enum PaymentState: String, Sendable, Hashable, Codable, CaseIterable {
    case pending = "PENDING"
    case authorized = "AUTHORIZED"
    case captured = "CAPTURED"
    case voided = "VOIDED"
    case refunded = "REFUNDED"
    case partiallyRefunded = "PARTIALLY_REFUNDED"

    /// The payment transitions DESIGN.md §5 allows; everything else is illegal.
    public func canMove(to next: PaymentState) -> Bool {
        switch (self, next) {
        case (.pending, .authorized), (.pending, .voided): true
        case (.authorized, .captured), (.authorized, .voided), (.authorized, .refunded): true
        case (.captured, .refunded), (.captured, .partiallyRefunded): true
        case (.partiallyRefunded, .refunded): true
        default: false
        }
    }
}

/// Whether someone contested the booking, and how it ended.
public enum DisputeState: String, Sendable, Hashable, Codable, CaseIterable {
    case none = "NONE"
    case open = "OPEN"
    case resolvedUpheld = "RESOLVED_UPHELD"
    case resolvedRefunded = "RESOLVED_REFUNDED"
}

/// A booking's complete state: the four fields move together through `BookingStateMachine`.
public struct BookingState: Sendable, Hashable, Codable, CustomStringConvertible {
    public var session: SessionState
    public var outcome: SessionOutcome?
    public var payment: PaymentState
    public var dispute: DisputeState

    public init(session: SessionState, outcome: SessionOutcome? = nil, payment: PaymentState, dispute: DisputeState = .none) {
        self.session = session
        self.outcome = outcome
        self.payment = payment
        self.dispute = dispute
    }

    /// "SCHEDULED/AUTHORIZED" style, as conflict messages show it.
    public var description: String {
        var parts = [session.rawValue]
        if let outcome { parts.append(outcome.rawValue) }
        parts.append(payment.rawValue)
        if dispute != .none { parts.append("dispute \(dispute.rawValue)") }
        return parts.joined(separator: "/")
    }
}
