import Foundation
import PostgresNIO
import TutorDomain

/// A credit taken from a package: what one of its sessions costs, and the pricing option it was bought with.
struct SpentCredit: Sendable {
    let sessionPrice: Money
    let pricingOptionID: Int64?
    /// The option's session length; a booking paid with the credit must last exactly this long.
    let durationMinutes: Int?
}

/// Takes and gives back a package's session credits; the `UPDATE`'s row lock serialises concurrent bookings, so
/// `sessions_remaining` never drops below zero.
struct PackageCredits {
    let transaction: Transaction

    /// Takes one credit from the student's active, unexpired package with the tutor; `nil` when there is none to take.
    func spend(packageID: Int64, studentProfileID: Int64, tutorProfileID: Int64, now: Date) async throws -> SpentCredit? {
        let rows = try await transaction.query(
            """
            UPDATE student_packages pk
            SET sessions_used = sessions_used + 1, sessions_remaining = sessions_remaining - 1,
                status = CASE WHEN sessions_remaining = 1 THEN 'exhausted' ELSE status END
            WHERE pk.id = \(packageID) AND pk.student_profile_id = \(studentProfileID)
              AND pk.tutor_profile_id = \(tutorProfileID) AND pk.status = 'active' AND pk.sessions_remaining > 0
              AND (pk.expires_at IS NULL OR pk.expires_at > \(now))
            RETURNING pk.price_paid_cents / pk.sessions_purchased AS session_price_cents, pk.currency,
                pk.pricing_option_id,
                (SELECT o.duration_minutes::int8 FROM tutor_pricing_options o WHERE o.id = pk.pricing_option_id)
                    AS duration_minutes
            """
        )
        guard let row = rows.first else { return nil }
        let cells = row.makeRandomAccess()
        return SpentCredit(
            sessionPrice: try cells.money("session_price_cents", try cells["currency"].decode(String.self)),
            pricingOptionID: try cells["pricing_option_id"].decode(Int64?.self),
            durationMinutes: try cells["duration_minutes"].decode(Int64?.self).map(Int.init))
    }

    /// Gives one credit back; a package that had run out is active again unless it has expired.
    func restore(packageID: Int64, now: Date) async throws {
        try await transaction.query(
            """
            UPDATE student_packages
            SET sessions_used = sessions_used - 1, sessions_remaining = sessions_remaining + 1,
                status = CASE WHEN status = 'exhausted' AND (expires_at IS NULL OR expires_at > \(now))
                    THEN 'active' ELSE status END
            WHERE id = \(packageID) AND sessions_used > 0
            """
        )
    }

    /// Whether a booking in payment state `payment` holds its package credit (voided and refunded ones gave it back).
    static func isHeld(by payment: PaymentState) -> Bool {
        payment != .voided && payment != .refunded
    }
}
