import Foundation
import Logging
import PostgresNIO
import TutorStore
import TutorTestSupport

/// Migrated databases with the demo data, for the seed tests: one shared by the tests that only read, and fresh
/// ones for tests that seed again.
enum SeededDatabase {
    /// A fixed instant, so runs compare equal; bookings are placed around it.
    static let now = Date(timeIntervalSince1970: 1_795_000_000)
    /// Stands in for the bcrypt hash the CLI computes; the seeder stores it as given.
    static let passwordHash = "$2b$12$demoHashForTestsOnly.................................."

    static let logger = Logger(label: "tutorgraph.tests.seed")

    /// Seeded once per test process; its database lives until the test cluster is removed at exit.
    private static let shared = Task { () async throws -> (Database, DemoSeedSummary) in
        let handle = try await TestDatabase.freshDatabase()
        let database = Database(client: handle.client, logger: logger)
        let summary = try await DemoSeeder(database: database, now: now).seed(passwordHash: passwordHash)
        return (database, summary)
    }

    /// Runs `body` with the shared seeded database, which it must not change, and the summary of its seed.
    static func reading<Result>(_ body: (Database, DemoSeedSummary) async throws -> Result) async throws -> Result {
        let (database, summary) = try await shared.value
        return try await body(database, summary)
    }

    /// Runs `body` with a database of its own, seeded at `now`, and the summary of that seed.
    static func fresh<Result>(
        _ body: (Database, DemoSeedSummary) async throws -> Result
    ) async throws -> Result {
        try await TestDatabase.withFreshDatabase { client, _ in
            let database = Database(client: client, logger: logger)
            let summary = try await DemoSeeder(database: database, now: now).seed(passwordHash: passwordHash)
            return try await body(database, summary)
        }
    }
}

extension Database {
    /// The single integer a query returns.
    func integer(_ query: PostgresQuery) async throws -> Int {
        let rows = try await self.query(query)
        return Int(try rows.first?.decode(Int64.self) ?? 0)
    }

    /// The first text column of every row.
    func strings(_ query: PostgresQuery) async throws -> [String] {
        try await self.query(query).map { try $0.decode(String.self) }
    }
}
