import PostgresNIO

/// The tutor a payout pays, locked `FOR UPDATE` so payouts of one tutor run one at a time: each sees every payout
/// committed before it, and a period is never paid twice.
struct PayeeTutor: Sendable {
    let profileID: Int64
    let userID: Int64
    /// Payouts are made in the tutor's currency.
    let currency: String

    /// Locks the live tutor profile `id`; throws `tutorNotFound` when there is none.
    static func lock(_ id: Int64, in transaction: Transaction) async throws -> PayeeTutor {
        let rows = try await transaction.query(
            "SELECT user_id, currency FROM tutor_profiles WHERE id = \(id) AND deleted_at IS NULL FOR UPDATE")
        guard let row = rows.first else { throw PayoutError.tutorNotFound }
        let (userID, currency) = try row.decode((Int64, String).self)
        return PayeeTutor(profileID: id, userID: userID, currency: currency)
    }

    /// The ID of the tutor's payout for exactly `request`'s period, if there is one.
    func payout(for request: PayoutRequest, in transaction: Transaction) async throws -> Int64? {
        let rows = try await transaction.query(
            """
            SELECT id FROM payouts
            WHERE tutor_profile_id = \(profileID) AND period_start = \(request.periodStart)
              AND period_end = \(request.periodEnd)
            """
        )
        return try rows.first?.decode(Int64.self)
    }
}
