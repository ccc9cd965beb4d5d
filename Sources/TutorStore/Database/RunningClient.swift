import Logging
import PostgresNIO

/// Runs `body` with a `PostgresClient` whose pool is running, then shuts the pool down, whichever way `body` ends.
///
/// For command-line tools and tests; a long-lived server adds its client to its service group instead.
public func withRunningClient<Result>(
    _ configuration: PostgresClient.Configuration,
    logger: Logger,
    _ body: (PostgresClient) async throws -> Result
) async throws -> Result {
    let client = PostgresClient(configuration: configuration, backgroundLogger: logger)
    return try await withThrowingTaskGroup(of: Void.self) { group in
        group.addTask { await client.run() }
        defer { group.cancelAll() }
        return try await body(client)
    }
}
