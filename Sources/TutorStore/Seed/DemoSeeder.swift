import Foundation
import PostgresNIO

/// Fills a migrated database with the demo marketplace of the README: `admin@example.com`, `owner@example.com`,
/// `tutor1…50@example.com` and `student1…200@example.com`, with profiles, 1,000 bookings in every state,
/// payments, reviews, messages and notifications.
///
/// The data is deterministic (a seeded generator, placed relative to the current hour), built in memory and
/// written in one transaction with one bulk statement per table: a failure leaves nothing behind, and a
/// database that already holds the demo admin is left untouched.
public struct DemoSeeder: Sendable {
    /// The account whose presence marks a completed seed.
    public static let markerEmail = "admin@example.com"
    /// Serialises concurrent seeders (e.g. two `dev` starts) so the second one sees the first one's data.
    private static let advisoryLockKey: Int64 = 0x7365_6564_6465_6D6F

    private let database: Database
    private let now: Date

    /// A seeder placing bookings relative to `now` (the current time unless a test fixes it).
    public init(database: Database, now: Date = Date()) {
        self.database = database
        self.now = now
    }

    /// Seeds the demo data unless it is already there; every account gets `passwordHash` (one bcrypt hash of the
    /// demo password, computed once by the caller).
    public func seed(passwordHash: String) async throws -> DemoSeedSummary {
        try await database.withTransaction { transaction in
            try await transaction.query("SELECT pg_advisory_xact_lock(\(Self.advisoryLockKey))")
            let marker = try await transaction.query(
                "SELECT 1 FROM users WHERE lower(email) = \(Self.markerEmail)"
            )
            guard marker.isEmpty else { return .alreadySeeded }
            var builder = DemoDatasetBuilder(subjects: try await subjects(in: transaction), clock: DemoClock(now: now))
            let dataset = builder.build()
            let inserted = try await DemoDatasetWriter.write(dataset, passwordHash: passwordHash, in: transaction)
            return DemoSeedSummary(alreadySeeded: false, insertedRows: inserted)
        }
    }

    /// The active subjects the migrations created, in their display order.
    private func subjects(in transaction: Transaction) async throws -> [DemoSubject] {
        try await transaction.query("SELECT id, slug, name FROM subjects WHERE is_active ORDER BY sort_order, id")
            .map { row in
                let (id, slug, name) = try row.decode((Int64, String, String).self)
                return DemoSubject(id: id, slug: slug, name: name)
            }
    }
}
