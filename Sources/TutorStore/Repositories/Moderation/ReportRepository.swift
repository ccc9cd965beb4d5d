import Foundation
import PostgresNIO

/// Reports: filing one, and the staff's list of them.
public struct ReportRepository: Sendable {
    let database: Database

    /// Batch: reports by ID.
    public func reports(ids: [Int64]) async throws -> [Int64: ReportRow] {
        let rows = try await database.query(
            "SELECT \(unescaped: ReportRow.columns) FROM reports r WHERE r.id = ANY(\(ids))"
        ).map(ReportRow.init(decoding:))
        return Dictionary(uniqueKeysWithValues: rows.map { ($0.id, $0) })
    }

    /// One page of reports, newest first, only those in `status` when given: up to `page.fetchLimit` rows
    /// beyond `after` in the direction of travel (backward pages come oldest first; the caller reverses them).
    public func list(status: ReportStatus?, page: KeysetPage, after position: InstantPosition?) async throws
        -> [ReportRow]
    {
        let status = status?.rawValue
        return try await database.query(
            """
            SELECT \(unescaped: ReportRow.columns) FROM reports r
            WHERE (\(status)::text IS NULL OR r.status = \(status))
              AND \(beyond: position, on: "r.created_at", "r.id", walking: page.direction)
            ORDER BY \(newestFirst: "r.created_at", "r.id", walking: page.direction)
            LIMIT \(page.fetchLimit)
            """
        ).map(ReportRow.init(decoding:))
    }

    /// How many reports are in `status` (all of them when nil).
    public func count(status: ReportStatus?) async throws -> Int {
        let status = status?.rawValue
        let rows = try await database.query(
            "SELECT count(*)::int8 FROM reports r WHERE \(status)::text IS NULL OR r.status = \(status)")
        return try rows.first.map { Int(try $0.decode(Int64.self)) } ?? 0
    }

    /// Files `report` with a `report.created` event for the moderators, in one statement.
    ///
    /// The target must exist and not be deleted; a message or booking must also be one the reporter takes part
    /// in, so a report never confirms that someone else's exists. Throws `ReportWriteError.targetNotFound`.
    public func file(_ report: NewReport, now: Date) async throws -> ReportRow {
        let target = report.targetID
        let reporter = report.reporterUserID
        let rows = try await database.query(
            """
            WITH filed AS (
                INSERT INTO reports AS r (reporter_user_id, target_type, target_id, reason, details, created_at, updated_at)
                SELECT \(reporter), \(report.targetType.rawValue), \(target), \(report.reason.rawValue), \(report.details),
                       \(now), \(now)
                WHERE CASE \(report.targetType.rawValue)::text
                    WHEN 'user' THEN EXISTS (SELECT 1 FROM users t WHERE t.id = \(target) AND t.deleted_at IS NULL)
                    WHEN 'tutor_profile' THEN EXISTS (
                        SELECT 1 FROM tutor_profiles t WHERE t.id = \(target) AND t.deleted_at IS NULL)
                    WHEN 'review' THEN EXISTS (SELECT 1 FROM reviews t WHERE t.id = \(target) AND t.deleted_at IS NULL)
                    WHEN 'message' THEN EXISTS (
                        SELECT 1 FROM messages t JOIN conversations c ON c.id = t.conversation_id
                        WHERE t.id = \(target) AND \(reporter) IN (c.student_user_id, c.tutor_user_id))
                    WHEN 'booking' THEN EXISTS (
                        SELECT 1 FROM bookings t
                        JOIN student_profiles s ON s.id = t.student_profile_id
                        JOIN tutor_profiles tp ON tp.id = t.tutor_profile_id
                        WHERE t.id = \(target) AND t.deleted_at IS NULL AND \(reporter) IN (s.user_id, tp.user_id))
                    ELSE false
                END
                RETURNING \(unescaped: ReportRow.columns)
            ), event AS (
                INSERT INTO outbox (topic, payload, created_at, updated_at)
                SELECT 'report.created',
                       jsonb_build_object('reportId', id, 'targetType', target_type, 'targetId', target_id,
                                          'reason', reason),
                       \(now), \(now)
                FROM filed
            )
            SELECT \(unescaped: ReportRow.columns) FROM filed r
            """
        )
        guard let row = rows.first else { throw ReportWriteError.targetNotFound }
        return try ReportRow(decoding: row)
    }
}

extension Store {
    /// Reports filed by users.
    public var reports: ReportRepository { ReportRepository(database: database) }
}
