import PostgresNIO

/// Recomputes a tutor's completed-session count, average rating and review count from their bookings and
/// public reviews (`tutor_metrics.refresh`); recomputing makes a repeated delivery harmless.
///
/// Lifetime earnings are not recomputed here: the payment ledger keeps them exact in the charging transaction.
public struct TutorMetricsOutboxHandler: OutboxHandler {
    public let topic = OutboxTopic.tutorMetrics

    public init() {}

    public func deliver(_ delivery: OutboxDelivery, in transaction: Transaction) async throws {
        let tutorID = try delivery.payload(as: TutorPayload.self).tutorProfileID
        try await transaction.query(
            """
            UPDATE tutor_profiles tp SET
                total_sessions = (
                    SELECT count(*) FROM bookings b
                    WHERE b.tutor_profile_id = tp.id AND b.session_state = 'ENDED' AND b.session_outcome = 'COMPLETED'
                      AND b.deleted_at IS NULL
                ),
                average_rating = coalesce((
                    SELECT round(avg(r.rating), 2) FROM reviews r
                    WHERE r.tutor_profile_id = tp.id AND r.is_public AND r.deleted_at IS NULL
                ), 0),
                total_reviews = (
                    SELECT count(*) FROM reviews r
                    WHERE r.tutor_profile_id = tp.id AND r.is_public AND r.deleted_at IS NULL
                )
            WHERE tp.id = \(tutorID)
            """
        )
    }
}
