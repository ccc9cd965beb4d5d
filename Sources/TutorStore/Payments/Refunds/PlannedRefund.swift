import TutorDomain

/// How much a refund returns and the status it leaves the payment in, decided before any money moves.
struct PlannedRefund: Sendable {
    let cents: Int
    /// Whether nothing stays charged afterwards.
    let returnsEverything: Bool
    let paymentState: PaymentState
}

extension BookingPayment {
    /// The refund of `requestedCents` (everything still charged when `nil`) from this payment.
    ///
    /// Throws `notRefundable` when nothing is charged, checked before the amount so the status is what the caller
    /// hears about, and `invalidAmount` for anything outside 1 … what is still charged.
    func plannedRefund(of requestedCents: Int?) throws(PaymentRefundError) -> PlannedRefund {
        let cents = requestedCents ?? refundableCents
        let returnsEverything = cents == refundableCents
        guard refundableCents > 0, let next = status.afterRefund(returningEverything: returnsEverything) else {
            throw .notRefundable(status: status)
        }
        guard cents >= 1, cents <= refundableCents else { throw .invalidAmount(maximumCents: refundableCents) }
        return PlannedRefund(cents: cents, returnsEverything: returnsEverything, paymentState: next)
    }
}
