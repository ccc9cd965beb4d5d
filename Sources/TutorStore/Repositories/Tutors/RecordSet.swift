import Foundation

/// Lists of rows bound as ONE JSON parameter and expanded in SQL with `jsonb_to_recordset`, so a whole list
/// (nullable columns included, which array binds cannot carry) is written with one statement.
enum RecordSet {
    /// `rows` as a JSON array of objects whose keys are the column names of their `CodingKeys`.
    static func json(_ rows: [some Encodable]) throws -> String {
        String(decoding: try JSONEncoder().encode(rows), as: UTF8.self)
    }
}
