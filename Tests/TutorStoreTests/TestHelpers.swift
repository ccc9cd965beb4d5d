import Foundation
import Logging
import PostgresNIO

/// Logs only problems, so test output stays readable.
let testLogger: Logger = {
    var logger = Logger(label: "tutorgraph.tests.store")
    logger.logLevel = .warning
    return logger
}()

extension PostgresRowSequence {
    /// The only column of the only row, for `SELECT count(*)`-style queries.
    func singleValue<Value: PostgresDecodable & Sendable>(_ type: Value.Type) async throws -> Value {
        var values: [Value] = []
        for try await value in decode(Value.self) { values.append(value) }
        guard values.count == 1, let value = values.first else {
            throw UnexpectedRowCount(count: values.count)
        }
        return value
    }
}

/// A query meant to return exactly one row returned some other number.
struct UnexpectedRowCount: Error {
    let count: Int
}

/// The SQLSTATE a database call failed with, or `nil` when it succeeded.
func sqlState(of body: () async throws -> Void) async -> String? {
    do {
        try await body()
        return nil
    } catch let error as PSQLError {
        return error.serverInfo?[.sqlState]
    } catch {
        return "not a database error: \(error)"
    }
}
