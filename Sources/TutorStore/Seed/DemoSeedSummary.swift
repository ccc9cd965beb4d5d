/// What one `DemoSeeder.seed` run did: inserted the demo marketplace, or found it already there.
public struct DemoSeedSummary: Sendable, Hashable {
    /// True when an earlier run had seeded the database, so nothing was inserted.
    public let alreadySeeded: Bool
    /// Rows inserted per table (empty when already seeded).
    public let insertedRows: [String: Int]

    /// Rows inserted in all tables.
    public var totalRows: Int { insertedRows.values.reduce(0, +) }

    /// The result of a run that found the demo data in place.
    public static let alreadySeeded = DemoSeedSummary(alreadySeeded: true, insertedRows: [:])

    public init(alreadySeeded: Bool, insertedRows: [String: Int]) {
        self.alreadySeeded = alreadySeeded
        self.insertedRows = insertedRows
    }
}
