import PostgresNIO

/// Inserts a built `DemoDataset` table by table, one bulk statement per table, parents before children, and
/// counts the rows inserted per table.
struct DemoDatasetWriter {
    let dataset: DemoDataset
    let ids: DemoIdentities
    let passwordHash: String
    let transaction: Transaction
    private(set) var insertedRows: [String: Int] = [:]

    /// Writes everything in `transaction` and returns the rows inserted per table.
    static func write(_ dataset: DemoDataset, passwordHash: String, in transaction: Transaction) async throws -> [String: Int] {
        let ids = try await DemoIdentities.reserve(for: dataset, in: transaction)
        var writer = DemoDatasetWriter(dataset: dataset, ids: ids, passwordHash: passwordHash, transaction: transaction)
        try await writer.writeAccounts()
        try await writer.writeTutors()
        try await writer.writeStudents()
        try await writer.writeBookings()
        try await writer.writeMoney()
        try await writer.writeCommunication()
        try await writer.writeAdministration()
        try await writer.refreshTutorStatistics()
        return writer.insertedRows
    }

    /// Runs one bulk insert and records its row count under the table's name.
    mutating func insert<Row>(_ table: String, _ rows: [Row], columns: (inout BulkInsert<Row>) -> Void) async throws {
        var insert = BulkInsert(into: table, rows: rows)
        columns(&insert)
        insertedRows[table, default: 0] += try await insert.run(in: transaction)
    }

    /// Ratings and session counts follow from the inserted reviews and bookings, so they are computed in SQL.
    private func refreshTutorStatistics() async throws {
        try await transaction.query(
            """
            UPDATE tutor_profiles tp
            SET average_rating = coalesce(r.average, 0), total_reviews = coalesce(r.count, 0),
                total_sessions = coalesce(s.count, 0)
            FROM unnest(\(ids.tutors)) AS t(id)
            LEFT JOIN (
                SELECT tutor_profile_id, round(avg(rating), 2) AS average, count(*) AS count FROM reviews
                WHERE is_public AND deleted_at IS NULL GROUP BY tutor_profile_id
            ) r ON r.tutor_profile_id = t.id
            LEFT JOIN (
                SELECT tutor_profile_id, count(*) AS count FROM bookings
                WHERE session_state = 'ENDED' AND session_outcome = 'COMPLETED' AND deleted_at IS NULL
                GROUP BY tutor_profile_id
            ) s ON s.tutor_profile_id = t.id
            WHERE tp.id = t.id
            """
        )
    }
}
