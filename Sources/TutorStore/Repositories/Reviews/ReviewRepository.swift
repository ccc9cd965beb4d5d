import PostgresNIO

/// Reads of reviews: by ID and by booking for DataLoaders, and tutors' public review pages in one statement.
public struct ReviewRepository: Sendable {
    let database: Database

    /// Batch: reviews by ID, hidden and deleted ones included (visibility is the API's call).
    public func reviews(ids: [Int64]) async throws -> [Int64: ReviewRow] {
        try await database.batchKeyed(
            "SELECT \(unescaped: ReviewRow.columns) FROM reviews r \(unescaped: ReviewRow.joins) WHERE r.id = ANY(\(ids))",
            decode: ReviewRow.init(decoding:), key: \.id)
    }

    /// Batch: the review of each booking that has one (at most one per booking), deleted ones included.
    public func reviews(forBookingIDs ids: [Int64]) async throws -> [Int64: ReviewRow] {
        try await database.batchKeyed(
            """
            SELECT \(unescaped: ReviewRow.columns) FROM reviews r \(unescaped: ReviewRow.joins)
            WHERE r.booking_id = ANY(\(ids))
            """,
            decode: ReviewRow.init(decoding:), key: \.bookingID)
    }

    /// Batch: one page of the public, not deleted reviews of each tutor, newest first, every tutor in ONE
    /// statement (a window numbers each tutor's rows).
    ///
    /// `limit` is the page size: each tutor gets up to `limit + 1` rows beyond `position` in the direction of
    /// travel, the extra one saying that another page follows (backward pages come oldest first). Every
    /// requested tutor is present, with an empty list when it has no reviews there.
    public func reviews(
        forTutorIDs ids: [Int64], limit: Int, direction: KeysetPage.Direction, after position: InstantPosition?
    ) async throws -> [Int64: [ReviewRow]] {
        let page = KeysetPage(direction: direction, limit: limit)
        return try await database.batchGrouped(
            """
            SELECT * FROM (
                SELECT \(unescaped: ReviewRow.columns),
                       row_number() OVER (
                           PARTITION BY r.tutor_profile_id
                           ORDER BY \(newestFirst: "r.created_at", "r.id", walking: direction)
                       ) AS place
                FROM reviews r \(unescaped: ReviewRow.joins)
                WHERE r.tutor_profile_id = ANY(\(ids)) AND r.is_public AND r.deleted_at IS NULL
                  AND \(beyond: position, on: "r.created_at", "r.id", walking: direction)
            ) ranked
            WHERE ranked.place <= \(page.fetchLimit)
            ORDER BY ranked.tutor_profile_id, ranked.place
            """,
            parents: ids, decode: ReviewRow.init(decoding:), parent: \.tutorProfileID)
    }

    /// Batch: how many public, not deleted reviews each tutor has (0 when none).
    public func reviewCounts(forTutorIDs ids: [Int64]) async throws -> [Int64: Int] {
        var counts = Dictionary(uniqueKeysWithValues: Set(ids).map { ($0, 0) })
        for row in try await database.query(
            """
            SELECT r.tutor_profile_id, count(*)::int8 FROM reviews r
            WHERE r.tutor_profile_id = ANY(\(ids)) AND r.is_public AND r.deleted_at IS NULL
            GROUP BY r.tutor_profile_id
            """
        ) {
            let (tutorID, count) = try row.decode((Int64, Int64).self)
            counts[tutorID] = Int(count)
        }
        return counts
    }
}

extension Store {
    /// Reviews of sessions.
    public var reviews: ReviewRepository { ReviewRepository(database: database) }
}
