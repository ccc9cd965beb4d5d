import Foundation
import Logging
import PostgresNIO
import TutorStore

/// The one PostgreSQL cluster of this test process: started lazily, its template migrated once, stopped at exit.
actor SharedTestCluster {
    static let shared = SharedTestCluster()
    /// Quiet unless something goes wrong, so test output stays readable.
    static let logger: Logger = {
        var logger = Logger(label: "tutorgraph.tests.database")
        logger.logLevel = .warning
        return logger
    }()
    /// The migrated database every fresh test database is copied from.
    private static let templateName = "tutorgraph_template"

    private var startup: Task<EmbeddedPostgres.Running, any Error>?
    private var databasesCreated = 0

    /// Creates a uniquely named database, copied from the migrated template or empty, and returns its name and URL.
    func createDatabase(migrated: Bool) async throws -> (name: String, url: String) {
        let running = try await runningCluster()
        databasesCreated += 1
        let name = "test_\(databasesCreated)"
        let template = migrated ? Self.templateName : "template0"
        try await Self.withAdminConnection(to: running) { connection in
            try await connection.query(
                PostgresQuery(unsafeSQL: "CREATE DATABASE \(name) TEMPLATE \(template)"), logger: Self.logger
            )
        }
        return (name, running.url(forDatabase: name))
    }

    /// Drops a test database, disconnecting anything still attached to it.
    func dropDatabase(_ name: String) async throws {
        let running = try await runningCluster()
        try await Self.withAdminConnection(to: running) { connection in
            try await connection.query(
                PostgresQuery(unsafeSQL: "DROP DATABASE IF EXISTS \(name) WITH (FORCE)"), logger: Self.logger
            )
        }
    }

    /// The started cluster; the first caller starts it and every later caller awaits the same start.
    private func runningCluster() async throws -> EmbeddedPostgres.Running {
        if let startup { return try await startup.value }
        let task = Task { try await Self.startCluster() }
        startup = task
        return try await task.value
    }

    private static func startCluster() async throws -> EmbeddedPostgres.Running {
        let baseDirectory = FileManager.default.temporaryDirectory
            .appendingPathComponent("tutorgraph-tests-\(ProcessInfo.processInfo.processIdentifier)-\(UUID().uuidString.prefix(8))")
        let cluster = EmbeddedPostgres(
            baseDirectory: baseDirectory, database: templateName, fastUnsafe: true, logger: logger
        )
        ClusterExitCleanup.shared.register(cluster)
        let running = try await cluster.start()
        try await migrateTemplate(of: running)
        return running
    }

    /// Applies the real migrations to the template, plus pg_stat_statements for statement counting.
    private static func migrateTemplate(of running: EmbeddedPostgres.Running) async throws {
        let configuration = try DatabaseConfiguration(url: running.url, poolSize: 1).client
        try await withRunningClient(configuration, logger: logger) { client in
            try await client.query("CREATE EXTENSION IF NOT EXISTS pg_stat_statements", logger: logger)
            let runner = MigrationRunner(client: client, directory: MigrationRunner.defaultDirectory(), logger: logger)
            try await runner.migrate()
        }
    }

    private static func withAdminConnection(
        to running: EmbeddedPostgres.Running, _ body: (PostgresConnection) async throws -> Void
    ) async throws {
        let configuration = PostgresConnection.Configuration(
            host: running.host, port: running.port, username: running.user, password: nil, database: "postgres",
            tls: .disable
        )
        let connection = try await PostgresConnection.connect(configuration: configuration, id: 0, logger: logger)
        do {
            try await body(connection)
        } catch {
            try? await connection.close()
            throw error
        }
        try await connection.close()
    }
}

/// Stops the shared cluster and deletes its directory when the test process exits, however the tests ended.
///
/// `atexit` takes a C function that captures nothing, so the cluster is parked here; the lock makes the
/// class safe to share, hence `@unchecked Sendable`.
final class ClusterExitCleanup: @unchecked Sendable {
    static let shared = ClusterExitCleanup()

    private let lock = NSLock()
    private var clusters: [EmbeddedPostgres] = []

    /// Remembers a cluster to tear down at exit; installs the exit handler on first use.
    func register(_ cluster: EmbeddedPostgres) {
        lock.withLock {
            if clusters.isEmpty {
                atexit { ClusterExitCleanup.shared.tearDown() }
            }
            clusters.append(cluster)
        }
    }

    private func tearDown() {
        let clusters = lock.withLock { self.clusters }
        for cluster in clusters {
            cluster.stopNow()
            try? FileManager.default.removeItem(at: cluster.baseDirectory)
        }
    }
}
