import Foundation
import PostgresNIO
import TutorDomain

/// One booking's line in a payout: the tutor's share of the money it kept.
struct PayableBooking: Sendable {
    let bookingID: Int64
    let shareCents: Int
}

/// The bookings a payout may pay for, and what each pays.
///
/// Payable: the session ENDED with its money captured (in part or in full), no dispute is open and its 30-day
/// dispute window has closed (so nothing can claw the money back), it ended inside the period, it was booked in
/// the tutor's currency, and no payout includes it yet.
enum PayableBookings {
    /// Locks the tutor's payable bookings that ended in `[start, end)`, as of `now`, in ID order; returns their IDs.
    ///
    /// Booking locks come before the tutor's, the order every booking write takes (bookings, then the tutor's
    /// earnings), so a payout never deadlocks with a refund; a booking locked here cannot be refunded until the
    /// payout commits, and a refund already under way finishes first.
    static func lock(ofTutor tutorProfileID: Int64, endingFrom start: Date, to end: Date, now: Date, in transaction: Transaction)
        async throws -> [Int64]
    {
        let windowClosedBy = now.addingTimeInterval(-TimeInterval(SchedulingPolicy.disputeWindow.components.seconds))
        let rows = try await transaction.query(
            """
            SELECT b.id FROM bookings b JOIN tutor_profiles tp ON tp.id = b.tutor_profile_id
            WHERE b.tutor_profile_id = \(tutorProfileID) AND b.deleted_at IS NULL AND b.currency = tp.currency
              AND b.session_state = 'ENDED' AND b.payment_state IN ('CAPTURED', 'PARTIALLY_REFUNDED')
              AND b.dispute_state <> 'OPEN'
              AND b.end_time >= \(start) AND b.end_time < \(end)
              AND coalesce(b.ended_at, b.end_time) < \(windowClosedBy)
              AND NOT EXISTS (SELECT 1 FROM payout_items i WHERE i.booking_id = b.id)
            ORDER BY b.id
            FOR UPDATE OF b
            """
        )
        return try rows.map { try $0.decode(Int64.self) }
    }

    /// The shares of `bookingIDs` (locked by `lock`) that no payout includes, read after the tutor's lock so a
    /// payout that committed while this one waited is seen; consistent with `TutorEarnings.settledCents`.
    static func shares(of bookingIDs: [Int64], in transaction: Transaction) async throws -> [PayableBooking] {
        let rows = try await transaction.query(
            """
            SELECT b.id, b.price_cents, (b.platform_fee_pct * 100)::int8, b.payment_state,
                coalesce((SELECT sum(p.refunded_cents) FROM payments p WHERE p.booking_id = b.id), 0)::int8
            FROM bookings b
            WHERE b.id = ANY(\(bookingIDs))
              AND NOT EXISTS (SELECT 1 FROM payout_items i WHERE i.booking_id = b.id)
            ORDER BY b.id
            """
        )
        return try rows.map { row in
            let (id, price, feeBasisPoints, payment, refunded) = try row.decode((Int64, Int64, Int64, String, Int64).self)
            guard let state = PaymentState(rawValue: payment) else {
                throw UnexpectedColumnValue(column: "payment_state", value: payment)
            }
            let share = TutorEarnings.settledCents(
                priceCents: Int(price), refundedCents: Int(refunded), payment: state, feeBasisPoints: Int(feeBasisPoints))
            return PayableBooking(bookingID: id, shareCents: share)
        }
    }
}
