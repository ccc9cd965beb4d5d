import Foundation
import Logging
import PostgresNIO
import TutorStore
import TutorTestSupport

/// A fresh migrated database with the demo data seeded once, for the seed tests.
enum SeededDatabase {
    /// A fixed instant, so runs compare equal; bookings are placed around it.
    static let now = Date(timeIntervalSince1970: 1_795_000_000)
    /// Stands in for the bcrypt hash the CLI computes; the seeder stores it as given.
    static let passwordHash = "$2b$12$demoHashForTestsOnly.................................."

    static let logger = Logger(label: "tutorgraph.tests.seed")

    /// Runs `body` with a database seeded at `now`, and the summary of that seed.
    static func with<Result>(
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
