import Foundation
import PostgresNIO

/// Reading the audit trail for staff: one entry by ID, or a filtered list newest first.
public struct AuditLogRepository: Sendable {
    let database: Database

    /// Batch: audit entries by ID.
    public func entries(ids: [Int64]) async throws -> [Int64: AuditLogRow] {
        let rows = try await database.query(
            "SELECT \(unescaped: AuditLogRow.columns) FROM audit_log l WHERE l.id = ANY(\(ids))"
        ).map(AuditLogRow.init(decoding:))
        return Dictionary(uniqueKeysWithValues: rows.map { ($0.id, $0) })
    }

    /// One page of the entries matching `filter`, newest first: up to `page.fetchLimit` rows beyond `after` in
    /// the direction of travel (backward pages come oldest first; the caller reverses them).
    public func list(filter: AuditLogFilter, page: KeysetPage, after position: InstantPosition?) async throws
        -> [AuditLogRow]
    {
        let action = filter.action?.rawValue
        return try await database.query(
            """
            SELECT \(unescaped: AuditLogRow.columns) FROM audit_log l
            WHERE (\(filter.tableName)::text IS NULL OR l.table_name = \(filter.tableName))
              AND (\(filter.actorUserID)::int8 IS NULL OR l.actor_user_id = \(filter.actorUserID))
              AND (\(action)::text IS NULL OR l.action = \(action))
              AND (\(filter.since)::timestamptz IS NULL OR l.created_at >= \(filter.since))
              AND \(beyond: position, on: "l.created_at", "l.id", walking: page.direction)
            ORDER BY \(newestFirst: "l.created_at", "l.id", walking: page.direction)
            LIMIT \(page.fetchLimit)
            """
        ).map(AuditLogRow.init(decoding:))
    }

    /// How many entries match `filter`, over all pages.
    public func count(filter: AuditLogFilter) async throws -> Int {
        let action = filter.action?.rawValue
        let rows = try await database.query(
            """
            SELECT count(*)::int8 FROM audit_log l
            WHERE (\(filter.tableName)::text IS NULL OR l.table_name = \(filter.tableName))
              AND (\(filter.actorUserID)::int8 IS NULL OR l.actor_user_id = \(filter.actorUserID))
              AND (\(action)::text IS NULL OR l.action = \(action))
              AND (\(filter.since)::timestamptz IS NULL OR l.created_at >= \(filter.since))
            """
        )
        return try rows.first.map { Int(try $0.decode(Int64.self)) } ?? 0
    }
}

extension Store {
    /// The audit trail, for staff.
    public var auditLog: AuditLogRepository { AuditLogRepository(database: database) }
}
