import Foundation
import PostgresNIO
import TutorDomain

/// Appends `booking_events` rows: one per change of a booking, carrying the version the change produced, so the
/// history replays every state the booking went through and who caused it.
enum BookingEventLog {
    /// Records that `actor` (as `actorRole`) moved `bookingID` to `state` at `version`.
    static func append(
        bookingID: Int64, type: String, version: Int, state: BookingState, actor: BookingActor, actorRole: String,
        reason: String?, metadata: [String: String] = [:], at now: Date, in transaction: Transaction
    ) async throws {
        let metadataJSON = String(decoding: try JSONEncoder().encode(metadata), as: UTF8.self)
        try await transaction.query(
            """
            INSERT INTO booking_events (
                booking_id, event_type, booking_version, session_state, session_outcome, payment_state, dispute_state,
                actor_user_id, actor_role, reason, metadata, occurred_at
            ) VALUES (
                \(bookingID), \(type), \(version), \(state.session.rawValue), \(state.outcome?.rawValue),
                \(state.payment.rawValue), \(state.dispute.rawValue), \(actor.userID), \(actorRole), \(reason),
                \(metadataJSON)::jsonb, \(now)
            )
            """
        )
    }
}
