import PostgresNIO
import Testing

/// Reading back what requests wrote, straight from the database.
extension MarketplaceServer {
    /// The one value of a one-row, one-column query on the test's database.
    func scalar<Value: PostgresDecodable & Sendable>(_ query: PostgresQuery, as type: Value.Type) async throws -> Value {
        var values: [Value] = []
        do {
            for try await value in try await database.query(query, logger: Self.logger).decode(Value.self) {
                values.append(value)
            }
        } catch let error as PSQLError {
            throw QueryFailure(description: String(reflecting: error))
        }
        return try #require(values.count == 1 ? values[0] : nil, "expected one row, got \(values.count)")
    }

    /// How many `booking_events` rows of `type` exist.
    func eventCount(_ type: String) async throws -> Int64 {
        try await scalar("SELECT count(*) FROM booking_events WHERE event_type = \(type)", as: Int64.self)
    }

    /// The only package's credits as `used/remaining status`.
    func credits() async throws -> String {
        try await scalar(
            "SELECT sessions_used || '/' || sessions_remaining || ' ' || status FROM student_packages", as: String.self)
    }

    /// What `tutor` has earned over their lifetime, net of refunds.
    func tutorEarningsCents(_ tutor: SeededTutor) async throws -> Int64 {
        try await scalar(
            "SELECT lifetime_earnings_cents FROM tutor_profiles WHERE id = \(tutor.profileID)", as: Int64.self)
    }
}

/// A test query PostgreSQL refused, with the server's message (a `PSQLError` shows it only when reflected).
struct QueryFailure: Error, CustomStringConvertible {
    let description: String
}

extension Array {
    /// The single element; nil when there are none or several.
    var only: Element? { count == 1 ? first : nil }
}
