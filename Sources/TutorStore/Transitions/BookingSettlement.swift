import Foundation
import PostgresNIO
import TutorDomain

/// A booking paid with money has no live payment row: the data is inconsistent (a bug or a hand edit).
struct MissingBookingPayment: Error, CustomStringConvertible {
    let bookingID: Int64

    var description: String { "Booking \(bookingID) is paid with money but has no payment." }
}

/// Moves the money a booking's new payment state implies, in the transition's transaction: the payment row
/// through the provider, or the package credit; then the tutor's lifetime earnings by the change in what the
/// tutor keeps.
struct BookingSettlement {
    let transaction: Transaction
    let provider: any PaymentProvider

    /// Settles `booking` moving to payment state `target`; refunds record `refund`.
    func settle(_ booking: LockedBooking, to target: PaymentState, refund: RefundInstruction, now: Date) async throws {
        let current = booking.state.payment
        // A further partial refund (a staff refund, a dispute settled in part) moves money within PARTIALLY_REFUNDED.
        guard current != target || target == .partiallyRefunded && refund.amountCents != nil else { return }
        let refundedBefore: Int
        let refundedAfter: Int
        if let packageID = booking.packageID {
            guard target != .partiallyRefunded else { throw BookingWriteError.partialRefundOfPackageCredit }
            if PackageCredits.isHeld(by: current) && !PackageCredits.isHeld(by: target) {
                try await PackageCredits(transaction: transaction).restore(packageID: packageID, now: now)
            }
            refundedBefore = 0
            refundedAfter = 0
        } else {
            guard let payment = try await BookingPayment.lock(bookingID: booking.id, in: transaction) else {
                throw MissingBookingPayment(bookingID: booking.id)
            }
            if target == .partiallyRefunded, let cents = refund.amountCents, !(1..<payment.refundableCents).contains(cents) {
                throw BookingWriteError.invalidRefundAmount(maximumCents: max(payment.refundableCents - 1, 0))
            }
            refundedBefore = payment.refundedCents
            refundedAfter = try await PaymentLedger(transaction: transaction, provider: provider)
                .move(payment, to: target, bookingID: booking.id, refund: refund, now: now)
        }
        let earned = { (payment: PaymentState, refunded: Int) in
            TutorEarnings.settledCents(
                priceCents: booking.priceCents, refundedCents: refunded, payment: payment,
                feeBasisPoints: booking.feeBasisPoints)
        }
        try await TutorEarnings.add(
            earned(target, refundedAfter) - earned(current, refundedBefore), toTutor: booking.tutorProfileID,
            in: transaction)
    }
}
