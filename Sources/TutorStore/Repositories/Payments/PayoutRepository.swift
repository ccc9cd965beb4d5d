import PostgresNIO

/// Reads of tutor payouts: by ID for DataLoaders, and lists for one tutor or for staff.
public struct PayoutRepository: Sendable {
    let database: Database

    /// Batch: payouts by ID.
    public func payouts(ids: [Int64]) async throws -> [Int64: PayoutRow] {
        try await database.batchKeyed(
            """
            SELECT \(unescaped: PayoutRow.columns) FROM payouts po JOIN tutor_profiles tp ON tp.id = po.tutor_profile_id
            WHERE po.id = ANY(\(ids))
            """,
            decode: PayoutRow.init(decoding:), key: \.id)
    }

    /// One page of payouts, newest first, of one tutor profile or of everyone (`tutorProfileID` nil): up to
    /// `page.fetchLimit` rows beyond `position` in the direction of travel.
    public func list(tutorProfileID: Int64?, page: KeysetPage, after position: InstantPosition?) async throws
        -> [PayoutRow]
    {
        try await database.query(
            """
            SELECT \(unescaped: PayoutRow.columns) FROM payouts po JOIN tutor_profiles tp ON tp.id = po.tutor_profile_id
            WHERE (\(tutorProfileID)::int8 IS NULL OR po.tutor_profile_id = \(tutorProfileID))
              AND \(beyond: position, on: "po.created_at", "po.id", walking: page.direction)
            ORDER BY \(newestFirst: "po.created_at", "po.id", walking: page.direction)
            LIMIT \(page.fetchLimit)
            """
        ).map(PayoutRow.init(decoding:))
    }

    /// How many payouts `list` shows over all pages.
    public func count(tutorProfileID: Int64?) async throws -> Int {
        let rows = try await database.query(
            """
            SELECT count(*)::int8 FROM payouts po
            WHERE \(tutorProfileID)::int8 IS NULL OR po.tutor_profile_id = \(tutorProfileID)
            """
        )
        return Int(try rows.first?.decode(Int64.self) ?? 0)
    }

    /// Batch: every payout's items, by booking start time.
    public func items(forPayoutIDs ids: [Int64]) async throws -> [Int64: [PayoutItemRow]] {
        try await database.batchGrouped(
            """
            SELECT i.payout_id, i.booking_id, i.amount_cents, po.currency
            FROM payout_items i JOIN payouts po ON po.id = i.payout_id JOIN bookings b ON b.id = i.booking_id
            WHERE i.payout_id = ANY(\(ids))
            ORDER BY b.start_time, i.id
            """,
            parents: ids, decode: PayoutItemRow.init(decoding:), parent: \.payoutID)
    }
}

extension Store {
    /// Payouts of tutors' earnings.
    public var payouts: PayoutRepository { PayoutRepository(database: database) }
}
