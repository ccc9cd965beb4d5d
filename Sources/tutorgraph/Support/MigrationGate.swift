import Logging
import PostgresNIO
import TutorStore

/// The schema checks the serving commands run before accepting traffic.
struct MigrationGate: Sendable {
    let client: PostgresClient
    let logger: Logger

    private var runner: MigrationRunner {
        MigrationRunner(client: client, directory: MigrationRunner.defaultDirectory(), logger: logger)
    }

    /// `serve` never migrates by itself: it stops with the list of pending files so an operator migrates on purpose.
    func refuseIfPending() async throws {
        let pending = try await runner.pending()
        guard pending.isEmpty else {
            throw CommandError.pendingMigrations(versions: pending.map(MigrationReport.name(of:)))
        }
    }

    /// Applies every pending migration and reports whether the database was empty before, i.e. freshly created.
    func migrate() async throws -> (applied: [Migration], wasEmpty: Bool) {
        let wasEmpty = try await runner.status().allSatisfy { !$0.isApplied }
        let applied = try await runner.migrate()
        return (applied, wasEmpty)
    }
}
