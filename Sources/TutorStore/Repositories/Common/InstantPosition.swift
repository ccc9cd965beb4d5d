import PostgresNIO

/// Where a row sits in a list ordered by an instant, newest first, its ID breaking ties: a cursor's content.
///
/// The instant is kept in whole microseconds since 1970 as PostgreSQL computed them, never rebuilt from a
/// `Date` (a double), so a cursor compares exactly with the row it came from and pages never skip or repeat.
public struct InstantPosition: Sendable, Hashable {
    public let microseconds: Int64
    public let id: Int64

    public init(microseconds: Int64, id: Int64) {
        self.microseconds = microseconds
        self.id = id
    }

    /// The select-list expression of `column` in microseconds, decoded as `Int64`.
    static func microseconds(of column: String) -> String {
        "(extract(epoch FROM \(column)) * 1000000)::int8"
    }
}

extension PostgresQuery.StringInterpolation {
    /// `(instant, id)` compared with `position` in the direction of travel of a newest-first list (`TRUE`
    /// without a position). `instant` and `id` are column names chosen by code, never user input.
    mutating func appendInterpolation(
        beyond position: InstantPosition?, on instant: String, _ id: String, walking direction: KeysetPage.Direction
    ) {
        guard let position else { return appendLiteral("TRUE") }
        appendLiteral("(\(instant), \(id)) \(direction == .forward ? "<" : ">") (TIMESTAMPTZ 'epoch' + ")
        appendInterpolation(position.microseconds)
        appendLiteral(" * INTERVAL '1 microsecond', ")
        appendInterpolation(position.id)
        appendLiteral(")")
    }

    /// The `ORDER BY` list of a newest-first list walked in `direction` (backward pages come oldest first).
    mutating func appendInterpolation(newestFirst instant: String, _ id: String, walking direction: KeysetPage.Direction) {
        let order = direction == .forward ? "DESC" : "ASC"
        appendLiteral("\(instant) \(order), \(id) \(order)")
    }
}
