import PostgresNIO

/// A one-line, human-readable account of a database error.
///
/// `PSQLError.description` is deliberately generic so logs never leak data; for migrations and start-up the
/// server's own message and SQLSTATE are what an operator needs, and schema files hold no secrets.
func postgresErrorSummary(_ error: any Error) -> String {
    switch error {
    case let error as PSQLError:
        guard let serverInfo = error.serverInfo, let message = serverInfo[.message] else {
            return "\(error.code)"
        }
        let state = serverInfo[.sqlState].map { " (SQLSTATE \($0))" } ?? ""
        return message + state
    case let error as PostgresTransactionError:
        let cause = error.closureError ?? error.beginError ?? error.commitError ?? error.rollbackError
        return cause.map(postgresErrorSummary) ?? "transaction failed"
    default:
        return String(describing: error)
    }
}
