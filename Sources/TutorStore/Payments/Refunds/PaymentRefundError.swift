import TutorDomain

/// Why a staff refund was refused; a refused refund moves no money and writes nothing.
public enum PaymentRefundError: Error, Sendable, Hashable, CustomStringConvertible {
    /// No payment has this ID.
    case paymentNotFound
    /// The booking the payment paid for is soft-deleted.
    case bookingDeleted
    /// Nothing of the payment is charged: never captured, voided, or already refunded in full (`status`).
    case notRefundable(status: PaymentState)
    /// The tutor was already paid for the booking, so its money is no longer the platform's to return.
    case alreadyPaidOut
    /// The amount must be from 1 to what is still charged.
    case invalidAmount(maximumCents: Int)
    /// The booking's state refuses the refund (an open dispute is settled with `resolveDispute`).
    case bookingNotRefundable(current: BookingState)

    public var description: String {
        switch self {
        case .paymentNotFound: "Payment not found."
        case .bookingDeleted: "The booking this payment paid for is deleted."
        case .notRefundable(let status): "Only a captured payment can be refunded; this one is \(status.rawValue)."
        case .alreadyPaidOut: "The tutor was already paid out for this booking, so it can no longer be refunded."
        case .invalidAmount(let maximum): "A refund must be between 1 and \(maximum) cents."
        case .bookingNotRefundable(let current):
            current.dispute == .open
                ? "The booking has an open dispute; settle it with resolveDispute instead."
                : "Cannot refund a booking that is \(current)."
        }
    }
}
