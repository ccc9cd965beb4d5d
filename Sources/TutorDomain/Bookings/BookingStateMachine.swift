/// The state a new booking starts in: the tutor confirms by hand, or automatically.
public func initialBookingState(autoConfirm: Bool) -> BookingState {
    autoConfirm
        ? BookingState(session: .scheduled, payment: .authorized)
        : BookingState(session: .requested, payment: .pending)
}

/// Refused transition: the booking is not in a state where the operation applies.
public struct BookingTransitionError: Error, Sendable, Hashable, CustomStringConvertible {
    public let operation: String
    public let current: BookingState

    public var description: String {
        "Cannot \(operation) a booking that is \(current)."
    }
}

/// The result of applying an operation: the next state, and whether anything changed.
///
/// Repeating an operation whose effect is already in place (a second cancel, a retried accept)
/// changes nothing instead of failing, so retries are idempotent and money moves once.
public struct BookingTransition: Sendable, Hashable {
    public let state: BookingState
    public let changed: Bool
}

/// The four-field state machine of DESIGN.md §5, as a pure function.
public enum BookingStateMachine {
    /// Applies `operation` to `state`, or throws `BookingTransitionError` naming the current state.
    public static func apply(_ operation: BookingOperation, to state: BookingState) throws(BookingTransitionError)
        -> BookingTransition
    {
        if isAlreadyApplied(operation, to: state) { return BookingTransition(state: state, changed: false) }
        guard let next = nextState(operation, from: state), isLegalMove(from: state, to: next) else {
            throw BookingTransitionError(operation: operation.name, current: state)
        }
        return BookingTransition(state: next, changed: true)
    }

    /// The target state, or `nil` when the operation does not apply to this state.
    private static func nextState(_ operation: BookingOperation, from state: BookingState) -> BookingState? {
        var next = state
        switch operation {
        case .accept:
            guard state.session == .requested, state.payment == .pending else { return nil }
            next.session = .scheduled
            next.payment = .authorized
        case .decline:
            guard state.session == .requested else { return nil }
            next.session = .cancelled
            next.outcome = .notHeld
            next.payment = .voided
        case .cancel(let refund):
            guard state.session == .requested || state.session == .scheduled else { return nil }
            next.session = .cancelled
            next.outcome = .notHeld
            next.payment = paymentAfterCancel(state.payment, refund: refund)
        case .expire:
            guard state.session == .requested else { return nil }
            next.session = .expired
            next.outcome = .notHeld
            next.payment = .voided
        case .start:
            guard state.session == .scheduled else { return nil }
            next.session = .active
        case .end(let outcome):
            guard state.session == .active else { return nil }
            next.session = .ended
            next.outcome = outcome
            next.payment = paymentAfterEnd(state.payment, outcome: outcome)
        case .openDispute:
            guard state.session.isTerminal, state.dispute == .none,
                state.payment != .refunded, state.payment != .voided
            else { return nil }
            next.dispute = .open
        case .resolveDispute(let resolution):
            guard state.dispute == .open else { return nil }
            switch resolution {
            case .upheld:
                next.dispute = .resolvedUpheld
            case .refunded(let full):
                next.dispute = .resolvedRefunded
                next.payment = full ? .refunded : .partiallyRefunded
            }
        }
        return next
    }

    /// Payment after a cancellation: voided or refunded when the policy refunds, else kept.
    private static func paymentAfterCancel(_ payment: PaymentState, refund: Bool) -> PaymentState {
        switch payment {
        case .pending: .voided
        case .authorized: refund ? .voided : .captured
        case .captured: refund ? .refunded : .captured
        case .voided, .refunded, .partiallyRefunded: payment
        }
    }

    /// Payment after a session ends: captured when the tutor showed up, refunded when not.
    private static func paymentAfterEnd(_ payment: PaymentState, outcome: SessionOutcome) -> PaymentState {
        switch outcome {
        case .completed, .noShowStudent: .captured
        case .noShowTutor: .refunded
        case .notHeld: .voided
        }
    }

    /// Every field that changes must change along an allowed edge.
    private static func isLegalMove(from state: BookingState, to next: BookingState) -> Bool {
        state.payment == next.payment || state.payment.canMove(to: next.payment)
    }

    /// The operation's effect is already in place: a retry that must not move money twice.
    private static func isAlreadyApplied(_ operation: BookingOperation, to state: BookingState) -> Bool {
        switch operation {
        case .accept: state.session == .scheduled && state.payment == .authorized
        case .decline, .cancel: state.session == .cancelled
        case .expire: state.session == .expired
        case .start: state.session == .active
        case .end(let outcome): state.session == .ended && state.outcome == outcome
        case .openDispute: state.dispute == .open
        case .resolveDispute(.upheld): state.dispute == .resolvedUpheld
        case .resolveDispute(.refunded): state.dispute == .resolvedRefunded
        }
    }
}
