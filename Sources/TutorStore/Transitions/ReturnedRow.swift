import PostgresNIO

/// A statement that always returns a row (`INSERT … RETURNING`) returned none.
struct MissingReturnedRow: Error, CustomStringConvertible {
    let statement: String

    var description: String { "\(statement) returned no row." }
}

/// The first row of a statement that always returns one.
func returnedRow(_ rows: [PostgresRow], of statement: String) throws -> PostgresRow {
    guard let row = rows.first else { throw MissingReturnedRow(statement: statement) }
    return row
}
