import PostgresNIO
import TutorDomain

/// A tutor's lifetime earnings, which decide their platform fee tier, kept to the cent in the transaction that
/// charges or refunds the student.
///
/// Kept incrementally rather than recomputed from bookings, because the figure may include earnings from before
/// the bookings this database holds.
enum TutorEarnings {
    /// The tutor's share of a booking's money still charged: the price less refunds, less the platform fee on it.
    static func settledCents(priceCents: Int, refundedCents: Int, payment: PaymentState, feeBasisPoints: Int) -> Int {
        guard payment == .captured || payment == .partiallyRefunded else { return 0 }
        let charged = priceCents - refundedCents
        return charged - Money.roundedShare(of: charged, basisPoints: feeBasisPoints)
    }

    /// Adds `cents` (negative for a refund) to the tutor's lifetime earnings.
    static func add(_ cents: Int, toTutor tutorProfileID: Int64, in transaction: Transaction) async throws {
        guard cents != 0 else { return }
        try await transaction.query(
            """
            UPDATE tutor_profiles SET lifetime_earnings_cents = lifetime_earnings_cents + \(cents)
            WHERE id = \(tutorProfileID)
            """
        )
    }
}
