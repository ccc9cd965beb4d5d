import PostgresNIO

extension Database {
    /// Runs a batch statement returning at most one row per key, keyed by `key` (missing keys stay absent).
    func batchKeyed<Row>(
        _ statement: PostgresQuery, decode: (PostgresRow) throws -> Row, key: KeyPath<Row, Int64>
    ) async throws -> [Int64: Row] {
        var rows: [Int64: Row] = [:]
        for row in try await query(statement) {
            let decoded = try decode(row)
            rows[decoded[keyPath: key]] = decoded
        }
        return rows
    }

    /// Runs a one-to-many batch statement and groups its rows by parent in the statement's order; every
    /// requested parent is present, with an empty list when it has no rows.
    func batchGrouped<Row>(
        _ statement: PostgresQuery, parents: [Int64], decode: (PostgresRow) throws -> Row, parent: (Row) -> Int64?
    ) async throws -> [Int64: [Row]] {
        var groups = Dictionary(uniqueKeysWithValues: Set(parents).map { ($0, [Row]()) })
        for row in try await query(statement) {
            let decoded = try decode(row)
            guard let parentID = parent(decoded) else { continue }
            groups[parentID, default: []].append(decoded)
        }
        return groups
    }
}
