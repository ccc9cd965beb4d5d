import PostgresNIO

/// One `INSERT … SELECT … FROM unnest(…)` statement for many rows: each column's values bind as a single array
/// parameter, so a table of a thousand rows costs one round trip instead of a thousand.
struct BulkInsert<Row> {
    private let table: String
    private let rows: [Row]
    private var columns: [String] = []
    private var selections: [String] = []
    private var bindings = PostgresBindings()

    /// Starts an insert of `rows` into `table` (a fixed name chosen by the seeder, never user input).
    init(into table: String, rows: [Row]) {
        self.table = table
        self.rows = rows
    }

    /// A column filled from each row; `cast` names the column's type where PostgreSQL will not convert the
    /// bound array's element type by itself (text to `time`, `jsonb` or `inet`).
    mutating func column<Value: PostgresArrayEncodable & PostgresNonThrowingEncodable>(
        _ name: String, cast: String? = nil, _ value: (Row) -> Value
    ) {
        bindings.append(rows.map(value))
        add(name, cast: cast)
    }

    /// A nullable column filled from each row.
    mutating func column<Value: PostgresArrayEncodable & PostgresNonThrowingEncodable>(
        _ name: String, cast: String? = nil, _ value: (Row) -> Value?
    ) {
        bindings.append(NullableArray(elements: rows.map(value)))
        add(name, cast: cast)
    }

    /// A `text[]` column: unnest flattens nested arrays, so each row's list travels as one comma-joined string
    /// (the values are codes without commas) and is split again in SQL.
    mutating func column(_ name: String, codes value: (Row) -> [String]) {
        bindings.append(rows.map { value($0).joined(separator: ",") })
        columns.append(name)
        selections.append("string_to_array(u.c\(bindings.count), ',')")
    }

    /// Runs the statement in `transaction` and returns how many rows it inserted.
    @discardableResult
    func run(in transaction: Transaction) async throws -> Int {
        guard !rows.isEmpty else { return 0 }
        let aliases = (1...bindings.count).map { "c\($0)" }
        let parameters = (1...bindings.count).map { "$\($0)" }
        let overriding = columns.contains("id") ? " OVERRIDING SYSTEM VALUE" : ""
        let sql = """
            INSERT INTO \(table) (\(columns.joined(separator: ", ")))\(overriding)
            SELECT \(selections.joined(separator: ", "))
            FROM unnest(\(parameters.joined(separator: ", "))) AS u(\(aliases.joined(separator: ", ")))
            """
        try await transaction.query(PostgresQuery(unsafeSQL: sql, binds: bindings))
        return rows.count
    }

    private mutating func add(_ name: String, cast: String?) {
        columns.append(name)
        let alias = "u.c\(bindings.count)"
        selections.append(cast.map { "\(alias)::\($0)" } ?? alias)
    }
}
