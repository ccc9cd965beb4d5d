import Logging
import PostgresNIO

/// One `SELECT 1` round trip bounded by a timeout, so a probe never hangs on a pool waiting to connect.
struct DatabasePing: Sendable {
    /// The ping did not finish in time.
    struct TimedOut: Error {}

    let database: PostgresClient
    let timeout: Duration

    /// Succeeds when the database answered within the timeout; throws the database error or `TimedOut`.
    func run(logger: Logger) async throws {
        try await withThrowingTaskGroup(of: Void.self) { group in
            group.addTask {
                _ = try await database.query("SELECT 1", logger: logger).collect()
            }
            group.addTask {
                try await Task.sleep(for: timeout)
                throw TimedOut()
            }
            defer { group.cancelAll() }
            try await group.next()
        }
    }
}
