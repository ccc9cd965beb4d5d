import Foundation
import Logging
import PostgresNIO

/// The `schema_migrations` table on one connection: which versions are applied, when, and with which checksum.
struct MigrationLedger {
    /// One row of `schema_migrations`.
    struct Entry: Sendable {
        let version: Int
        let checksum: String
        let appliedAt: Date
    }

    let connection: PostgresConnection
    let logger: Logger

    /// Creates the table on first use; callers hold the migration lock so two runners never race on it.
    func createIfMissing() async throws {
        try await connection.query(
            """
            CREATE TABLE IF NOT EXISTS schema_migrations (
                version integer PRIMARY KEY,
                description text NOT NULL,
                checksum text NOT NULL CHECK (checksum ~ '^[0-9a-f]{64}$'),
                applied_at timestamptz NOT NULL DEFAULT now()
            )
            """,
            logger: logger
        )
    }

    /// The applied versions, empty when the table does not exist yet (a database never migrated).
    func entries() async throws -> [Int: Entry] {
        let exists = try await connection.query(
            "SELECT to_regclass('schema_migrations') IS NOT NULL", logger: logger
        ).collect().first?.decode(Bool.self) ?? false
        guard exists else { return [:] }
        var entries: [Int: Entry] = [:]
        let rows = try await connection.query(
            "SELECT version, checksum, applied_at FROM schema_migrations", logger: logger
        )
        for try await (version, checksum, appliedAt) in rows.decode((Int, String, Date).self) {
            entries[version] = Entry(version: version, checksum: checksum, appliedAt: appliedAt)
        }
        return entries
    }

    /// Records an applied migration; runs inside the migration's own transaction.
    func record(_ migration: Migration) async throws {
        try await connection.query(
            """
            INSERT INTO schema_migrations (version, description, checksum)
            VALUES (\(migration.version), \(migration.description), \(migration.checksum))
            """,
            logger: logger
        )
    }

    /// Forgets a reverted migration; runs inside the revert's own transaction.
    func erase(_ migration: Migration) async throws {
        try await connection.query("DELETE FROM schema_migrations WHERE version = \(migration.version)", logger: logger)
    }
}
