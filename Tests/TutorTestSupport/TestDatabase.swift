import Foundation
import Logging
import PostgresNIO
import TutorStore

/// Real PostgreSQL for tests: one throwaway cluster per test process, and a database of its own for each test.
///
/// The cluster (fsync off, in a temporary directory, on a free port) starts on first use, and a template
/// database is migrated once with the real `migrations/` files. Each test then gets a copy made with
/// `CREATE DATABASE … TEMPLATE`, which takes milliseconds, so parallel tests never see each other's rows.
/// The cluster is stopped and its directory deleted when the process exits.
public enum TestDatabase {
    /// Connections each test database's pool may open; small, since many tests run at once.
    static let poolSize = 4

    /// One test's database and a running client for it.
    public struct Handle: Sendable {
        /// The database's name, unique within the test process.
        public let name: String
        /// A `DATABASE_URL` for the database, for code that makes its own clients.
        public let url: String
        /// A running client; do not use it after `close()`.
        public let client: PostgresClient
        private let clientTask: Task<Void, Never>

        init(name: String, url: String, client: PostgresClient) {
            self.name = name
            self.url = url
            self.client = client
            clientTask = Task { await client.run() }
        }

        /// Shuts the client down and drops the database.
        public func close() async throws {
            clientTask.cancel()
            await clientTask.value
            try await SharedTestCluster.shared.dropDatabase(name)
        }
    }

    /// A new database: a copy of the migrated template, or an empty one (`migrated: false`) for migration tests.
    /// Call `close()` on the handle when done, or use `withFreshDatabase`.
    public static func freshDatabase(migrated: Bool = true) async throws -> Handle {
        let (name, url) = try await SharedTestCluster.shared.createDatabase(migrated: migrated)
        var configuration = try DatabaseConfiguration(url: url, poolSize: poolSize).client
        // No idle keep-alive queries, so statement counts only see what the test ran.
        configuration.options.keepAliveBehavior = nil
        // Hundreds of tests connect at once on two cores: give a connection time to be accepted.
        configuration.options.connectTimeout = .seconds(60)
        let client = PostgresClient(configuration: configuration, backgroundLogger: SharedTestCluster.logger)
        return Handle(name: name, url: url, client: client)
    }

    /// Runs `body` with a running client on a fresh database and its URL, then closes both.
    public static func withFreshDatabase<Result>(
        migrated: Bool = true,
        _ body: (PostgresClient, String) async throws -> Result
    ) async throws -> Result {
        let handle = try await freshDatabase(migrated: migrated)
        let result: Result
        do {
            result = try await body(handle.client, handle.url)
        } catch {
            try? await handle.close()
            throw error
        }
        try await handle.close()
        return result
    }

    /// How many statements this client's database has executed since the last `resetStatements`, from
    /// `pg_stat_statements` (this counting query excluded); for N+1 tests. Transaction control statements
    /// (`BEGIN`, `COMMIT`) count too.
    public static func statementCount(_ client: PostgresClient) async throws -> Int {
        let rows = try await client.query(
            """
            SELECT coalesce(sum(calls), 0)::bigint FROM pg_stat_statements
            WHERE dbid = (SELECT oid FROM pg_database WHERE datname = current_database())
              AND query NOT LIKE '%pg_stat_statements%'
            """,
            logger: SharedTestCluster.logger
        )
        var count = 0
        for try await total in rows.decode(Int.self) { count = total }
        return count
    }

    /// Forgets the statements this client's database has executed so far, leaving other tests' databases alone.
    public static func resetStatements(_ client: PostgresClient) async throws {
        try await client.query(
            """
            SELECT pg_stat_statements_reset(0, (SELECT oid FROM pg_database WHERE datname = current_database()), 0)
            """,
            logger: SharedTestCluster.logger
        )
    }
}
