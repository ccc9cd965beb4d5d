import PostgresNIO

/// A tutor's cached review figures, `average_rating` and `total_reviews`, recomputed inside a review write.
enum TutorRating {
    /// Recomputes the figures of tutor `tutorProfileID` from their public, not deleted reviews, and returns the
    /// profile.
    ///
    /// The profile is locked by its own statement first: under READ COMMITTED the recomputing `UPDATE` then takes a
    /// snapshot that already includes every review committed by a concurrent writer that held the lock before us.
    /// (An `UPDATE` that waited for the lock itself would re-check only the row, with subqueries still reading the
    /// older snapshot, and a concurrent review would be lost from the average.) The lock is `FOR NO KEY UPDATE`:
    /// it still queues rating writers one after the other, but does not wait for the key-share locks that concurrent
    /// review inserts hold on the profile through their foreign key, which `FOR UPDATE` would deadlock on.
    static func refresh(tutorProfileID: Int64, in transaction: Transaction) async throws -> TutorProfileRow {
        _ = try await transaction.query("SELECT 1 FROM tutor_profiles WHERE id = \(tutorProfileID) FOR NO KEY UPDATE")
        let rows = try await transaction.query(
            """
            UPDATE tutor_profiles AS tp SET
                average_rating = coalesce(counted.average, 0), total_reviews = counted.total
            FROM (
                SELECT round(avg(r.rating), 2) AS average, count(*) AS total FROM reviews r
                WHERE r.tutor_profile_id = \(tutorProfileID) AND r.is_public AND r.deleted_at IS NULL
            ) counted
            WHERE tp.id = \(tutorProfileID)
            RETURNING \(unescaped: TutorProfileRow.columns)
            """
        )
        guard let row = rows.first else { throw AccountDataError.missingRow("UPDATE tutor_profiles") }
        return try TutorProfileRow(decoding: row)
    }
}
