import PostgresNIO

/// Reads of session packages: by ID for DataLoaders, and a student's own list.
public struct PackageRepository: Sendable {
    let database: Database

    /// Batch: packages by ID.
    public func packages(ids: [Int64]) async throws -> [Int64: StudentPackageRow] {
        try await database.batchKeyed(
            """
            SELECT \(unescaped: StudentPackageRow.columns) FROM student_packages pk \(unescaped: StudentPackageRow.joins)
            WHERE pk.id = ANY(\(ids))
            """,
            decode: StudentPackageRow.init(decoding:), key: \.id)
    }

    /// One page of the packages a user bought as a student, newest purchase first, optionally in one `status`
    /// (`active`, …): up to `page.fetchLimit` rows beyond `position` in the direction of travel.
    public func list(
        studentUserID: Int64, status: String?, page: KeysetPage, after position: InstantPosition?
    ) async throws -> [StudentPackageRow] {
        try await database.query(
            """
            SELECT \(unescaped: StudentPackageRow.columns) FROM student_packages pk \(unescaped: StudentPackageRow.joins)
            WHERE sp.user_id = \(studentUserID) AND (\(status)::text IS NULL OR pk.status = \(status))
              AND \(beyond: position, on: "pk.purchased_at", "pk.id", walking: page.direction)
            ORDER BY \(newestFirst: "pk.purchased_at", "pk.id", walking: page.direction)
            LIMIT \(page.fetchLimit)
            """
        ).map(StudentPackageRow.init(decoding:))
    }

    /// How many packages `list` shows over all pages.
    public func count(studentUserID: Int64, status: String?) async throws -> Int {
        let rows = try await database.query(
            """
            SELECT count(*)::int8 FROM student_packages pk JOIN student_profiles sp ON sp.id = pk.student_profile_id
            WHERE sp.user_id = \(studentUserID) AND (\(status)::text IS NULL OR pk.status = \(status))
            """
        )
        return Int(try rows.first?.decode(Int64.self) ?? 0)
    }
}

extension Store {
    /// Session packages students bought.
    public var packages: PackageRepository { PackageRepository(database: database) }
}
