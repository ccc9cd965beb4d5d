import PostgresNIO

/// Reads of bookings and what hangs off them, batched for DataLoaders.
public struct BookingRepository: Sendable {
    let database: Database

    /// Batch: bookings by ID, soft-deleted ones included.
    public func bookings(ids: [Int64]) async throws -> [Int64: BookingRow] {
        try await database.batchKeyed(
            "SELECT \(unescaped: BookingRow.columns) FROM bookings b \(unescaped: BookingRow.joins) WHERE b.id = ANY(\(ids))",
            decode: BookingRow.init(decoding:), key: \.id)
    }

    /// One page of a user's bookings, newest start first: up to `page.fetchLimit` rows beyond `position`, in
    /// the direction of travel (backward pages come oldest first; the caller reverses them).
    public func list(_ filter: BookingListFilter, page: KeysetPage, after position: InstantPosition?) async throws
        -> [BookingRow]
    {
        try await database.query(
            """
            SELECT \(unescaped: BookingRow.columns) \(bookingsMatching: filter)
              AND \(beyond: position, on: "b.start_time", "b.id", walking: page.direction)
            ORDER BY \(newestFirst: "b.start_time", "b.id", walking: page.direction)
            LIMIT \(page.fetchLimit)
            """
        ).map(BookingRow.init(decoding:))
    }

    /// How many bookings `filter` lists over all pages.
    public func count(_ filter: BookingListFilter) async throws -> Int {
        let rows = try await database.query("SELECT count(*)::int8 \(bookingsMatching: filter)")
        return Int(try rows.first?.decode(Int64.self) ?? 0)
    }

    /// Batch: every booking's state changes, oldest first.
    public func events(forBookingIDs ids: [Int64]) async throws -> [Int64: [BookingEventRow]] {
        try await database.batchGrouped(
            """
            SELECT \(unescaped: BookingEventRow.columns) FROM booking_events e
            WHERE e.booking_id = ANY(\(ids))
            ORDER BY e.booking_version, e.id
            """,
            parents: ids, decode: BookingEventRow.init(decoding:), parent: \.bookingID)
    }

    /// Batch: every booking's materials not removed, oldest first.
    public func materials(forBookingIDs ids: [Int64]) async throws -> [Int64: [SessionMaterialRow]] {
        try await database.batchGrouped(
            """
            SELECT \(unescaped: SessionMaterialRow.columns) FROM session_materials m
            WHERE m.booking_id = ANY(\(ids)) AND m.deleted_at IS NULL
            ORDER BY m.created_at, m.id
            """,
            parents: ids, decode: SessionMaterialRow.init(decoding:), parent: \.bookingID)
    }
}

extension Store {
    /// Bookings: reads of bookings, their history and materials.
    public var bookings: BookingRepository { BookingRepository(database: database) }
}
