import Foundation
import PostgresNIO

/// A user's in-app notifications: the list, its counts, and marking them read or dismissed.
///
/// The list shows what is not dismissed; a dismissed notification stays readable by ID.
public struct NotificationRepository: Sendable {
    let database: Database

    /// Batch: notifications by ID, dismissed ones included.
    public func notifications(ids: [Int64]) async throws -> [Int64: NotificationRow] {
        let rows = try await database.query(
            "SELECT \(unescaped: NotificationRow.columns) FROM notifications n WHERE n.id = ANY(\(ids))"
        ).map(NotificationRow.init(decoding:))
        return Dictionary(uniqueKeysWithValues: rows.map { ($0.id, $0) })
    }

    /// One page of `userID`'s notifications, newest first, only unread ones when `unreadOnly`: up to
    /// `page.fetchLimit` rows beyond `after` in the direction of travel (backward pages come oldest first).
    public func inbox(
        of userID: Int64, unreadOnly: Bool, page: KeysetPage, after position: InstantPosition?
    ) async throws -> [NotificationRow] {
        try await database.query(
            """
            SELECT \(unescaped: NotificationRow.columns) FROM notifications n
            WHERE n.user_id = \(userID) AND NOT n.is_dismissed AND (NOT \(unreadOnly) OR NOT n.is_read)
              AND \(beyond: position, on: "n.created_at", "n.id", walking: page.direction)
            ORDER BY \(newestFirst: "n.created_at", "n.id", walking: page.direction)
            LIMIT \(page.fetchLimit)
            """
        ).map(NotificationRow.init(decoding:))
    }

    /// Batch: the list and unread counts of each user (zeros when they have none).
    public func counts(forUserIDs ids: [Int64]) async throws -> [Int64: NotificationCounts] {
        var counts = Dictionary(ids.map { ($0, NotificationCounts(total: 0, unread: 0)) }, uniquingKeysWith: { a, _ in a })
        for row in try await database.query(
            """
            SELECT n.user_id, count(*)::int8, (count(*) FILTER (WHERE NOT n.is_read))::int8 FROM notifications n
            WHERE n.user_id = ANY(\(ids)) AND NOT n.is_dismissed
            GROUP BY n.user_id
            """
        ) {
            let (userID, total, unread) = try row.decode((Int64, Int64, Int64).self)
            counts[userID] = NotificationCounts(total: Int(total), unread: Int(unread))
        }
        return counts
    }

    /// Marks a notification read (keeping the first read time).
    ///
    /// Throws `CommunicationWriteError.notificationNotFound`; `authorize` sees the row before it changes.
    public func markRead(
        _ id: Int64, now: Date, authorize: (NotificationRow) throws -> Void
    ) async throws -> NotificationRow {
        try await database.withTransaction { transaction in
            try authorize(try await Self.lock(id, in: transaction))
            return try await Self.changed(
                transaction.query(
                    """
                    UPDATE notifications AS n SET is_read = true, read_at = coalesce(n.read_at, \(now))
                    WHERE n.id = \(id) RETURNING \(unescaped: NotificationRow.columns)
                    """
                ))
        }
    }

    /// Dismisses a notification (keeping the first dismissal time); it leaves the list.
    ///
    /// Throws `CommunicationWriteError.notificationNotFound`; `authorize` sees the row before it changes.
    public func dismiss(
        _ id: Int64, now: Date, authorize: (NotificationRow) throws -> Void
    ) async throws -> NotificationRow {
        try await database.withTransaction { transaction in
            try authorize(try await Self.lock(id, in: transaction))
            return try await Self.changed(
                transaction.query(
                    """
                    UPDATE notifications AS n SET is_dismissed = true, dismissed_at = coalesce(n.dismissed_at, \(now))
                    WHERE n.id = \(id) RETURNING \(unescaped: NotificationRow.columns)
                    """
                ))
        }
    }

    /// Marks every unread notification of `userID` read; returns how many changed.
    public func markAllRead(of userID: Int64, now: Date) async throws -> Int {
        let rows = try await database.query(
            """
            WITH marked AS (
                UPDATE notifications SET is_read = true, read_at = \(now)
                WHERE user_id = \(userID) AND NOT is_read
                RETURNING 1
            )
            SELECT count(*)::int8 FROM marked
            """
        )
        return try rows.first.map { Int(try $0.decode(Int64.self)) } ?? 0
    }

    /// The notification `id`, locked for change; `notificationNotFound` when there is none.
    private static func lock(_ id: Int64, in transaction: Transaction) async throws -> NotificationRow {
        guard
            let row = try await transaction.query(
                "SELECT \(unescaped: NotificationRow.columns) FROM notifications n WHERE n.id = \(id) FOR UPDATE"
            ).first
        else { throw CommunicationWriteError.notificationNotFound }
        return try NotificationRow(decoding: row)
    }

    /// The notification an UPDATE … RETURNING changed; the row was locked, so it is there.
    private static func changed(_ rows: [PostgresRow]) throws -> NotificationRow {
        guard let row = rows.first else { throw CommunicationDataError.missingRow("UPDATE notifications") }
        return try NotificationRow(decoding: row)
    }
}

extension Store {
    /// In-app notifications.
    public var notifications: NotificationRepository { NotificationRepository(database: database) }
}
