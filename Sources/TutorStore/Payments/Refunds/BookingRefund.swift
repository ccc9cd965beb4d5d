import Foundation
import PostgresNIO
import TutorDomain

/// The booking side of a staff refund, inside its transaction and under the booking's and payment's locks: the
/// booking's payment state moves through `BookingStateMachine.refund`, the money and the tutor's earnings through
/// `BookingSettlement`, and the booking gets a new version with its `PAYMENT_REFUNDED` event, as every booking
/// change does.
struct BookingRefund {
    let transaction: Transaction
    let transitions: BookingTransitions

    /// Returns `plan.cents` of `payment` for `booking`, recording `instruction`, on behalf of staff member `actor`.
    func apply(
        _ plan: PlannedRefund, of payment: BookingPayment, to booking: LockedBooking, instruction: RefundInstruction,
        by actor: BookingActor, now: Date
    ) async throws {
        guard try await !isPaidOut(booking.id) else { throw PaymentRefundError.alreadyPaidOut }
        let next: BookingState
        do {
            next = try BookingStateMachine.refund(booking.state, returningEverything: plan.returnsEverything)
        } catch {
            throw PaymentRefundError.bookingNotRefundable(current: error.current)
        }
        try await BookingSettlement(transaction: transaction, provider: transitions.provider)
            .settle(booking, to: next.payment, refund: instruction, now: now)
        let version = booking.version + 1
        try await transitions.update(booking.id, to: next, version: version, stamps: BookingStamps(), in: transaction)
        try await BookingEventLog.append(
            bookingID: booking.id, type: "PAYMENT_REFUNDED", version: version, state: next, actor: actor,
            actorRole: actor.eventRole(as: .admin), reason: instruction.note,
            metadata: [
                "previousState": booking.state.description, "refundCents": String(plan.cents),
                "refundReason": instruction.reason.rawValue,
            ],
            at: now, in: transaction)
    }

    /// Whether a payout already includes the booking (`payout_items.booking_id` is unique).
    private func isPaidOut(_ bookingID: Int64) async throws -> Bool {
        let rows = try await transaction.query("SELECT 1 FROM payout_items WHERE booking_id = \(bookingID)")
        return !rows.isEmpty
    }
}
