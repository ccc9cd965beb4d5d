import Logging
import PostgresNIO

/// The store's one door to PostgreSQL: every statement goes through here, so each is counted and logged.
///
/// Repositories never touch `PostgresClient` directly. Counting lets tests prove that a request's number
/// of statements depends on the query's shape, not on how many rows come back (no N+1).
public struct Database: Sendable {
    public let client: PostgresClient
    public let logger: Logger

    public init(client: PostgresClient, logger: Logger) {
        self.client = client
        self.logger = logger
    }

    /// Runs one statement on a pooled connection and returns all its rows (writes may ignore them).
    @discardableResult
    public func query(_ query: PostgresQuery, file: String = #fileID, line: Int = #line) async throws -> [PostgresRow] {
        StatementCounter.record()
        return try await client.query(query, logger: logger, file: file, line: line).collect()
    }

    /// Runs `body` in one transaction: committed when it returns, rolled back when it throws.
    ///
    /// Errors thrown by `body` come back as they were thrown (not wrapped in `PostgresTransactionError`),
    /// so domain errors stay typed for the API layer.
    public func withTransaction<Result: Sendable>(
        file: String = #fileID, line: Int = #line,
        _ body: (Transaction) async throws -> Result
    ) async throws -> Result {
        StatementCounter.record(2)  // BEGIN and COMMIT/ROLLBACK
        do {
            return try await client.withTransaction(logger: logger, file: file, line: line) { connection in
                try await body(Transaction(connection: connection, logger: logger))
            }
        } catch let error as PostgresTransactionError {
            if let closureError = error.closureError { throw closureError }
            throw error
        }
    }
}

/// One open transaction; statements run on its connection.
public struct Transaction: Sendable {
    let connection: PostgresConnection
    let logger: Logger

    /// Runs one statement inside the transaction and returns all its rows (writes may ignore them).
    @discardableResult
    public func query(_ query: PostgresQuery, file: String = #fileID, line: Int = #line) async throws -> [PostgresRow] {
        StatementCounter.record()
        return try await connection.query(query, logger: logger, file: file, line: line).collect()
    }
}
