import PostgresNIO

/// Reserves ids from a table's identity sequence before its rows exist, so the seeder can wire every foreign
/// key in memory and then insert whole tables at once (`OVERRIDING SYSTEM VALUE`).
///
/// Values come from `nextval`, so they never collide with rows other sessions insert meanwhile; the returned
/// array maps a row's position in the dataset to its id.
enum IdentityReservation {
    static func reserve(_ count: Int, for table: String, in transaction: Transaction) async throws -> [Int64] {
        guard count > 0 else { return [] }
        let rows = try await transaction.query(
            """
            SELECT nextval(pg_get_serial_sequence(\(table), 'id')) AS id
            FROM generate_series(1, \(count)) ORDER BY id
            """
        )
        return try rows.map { try $0.decode(Int64.self) }
    }
}
