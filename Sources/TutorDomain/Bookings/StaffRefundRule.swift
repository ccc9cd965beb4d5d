extension PaymentState {
    /// Where a payment goes when staff return money from it: everything still charged makes it REFUNDED, less
    /// leaves it PARTIALLY_REFUNDED (a second partial refund stays there). `nil` when nothing is charged — never
    /// captured, voided, or already refunded in full — so there is nothing to return.
    public func afterRefund(returningEverything: Bool) -> PaymentState? {
        guard self == .captured || self == .partiallyRefunded else { return nil }
        return returningEverything ? .refunded : .partiallyRefunded
    }
}

extension BookingStateMachine {
    /// A staff refund of a booking's charged money outside any session operation (goodwill, a late complaint).
    ///
    /// Only the payment field moves, along DESIGN.md §5's edges. A booking with an open dispute is refused: the
    /// dispute's resolution decides its money, once, through `resolveDispute`.
    public static func refund(_ state: BookingState, returningEverything: Bool) throws(BookingTransitionError)
        -> BookingState
    {
        guard state.dispute != .open, let payment = state.payment.afterRefund(returningEverything: returningEverything)
        else { throw BookingTransitionError(operation: "refund", current: state) }
        var next = state
        next.payment = payment
        return next
    }
}
