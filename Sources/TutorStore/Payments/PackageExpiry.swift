import Foundation
import PostgresNIO

/// The clock's work on session packages: warn students a week before a package expires, then expire it.
/// Both claim packages with `FOR UPDATE SKIP LOCKED`, so several servers running them never do a package twice.
public struct PackageExpiry: Sendable {
    let database: Database

    /// How long before expiry the student is warned.
    public static let warningLead: TimeInterval = 7 * 24 * 3600

    public init(database: Database) {
        self.database = database
    }

    /// Warns the students of up to `limit` active packages expiring within a week of `now` that were not warned
    /// yet: one notification each (queued in the outbox), marked so it is never sent twice. Returns how many.
    public func warnExpiringSoon(now: Date, limit: Int = 100) async throws -> Int {
        try await database.withTransaction { transaction in
            let rows = try await transaction.query(
                """
                UPDATE student_packages pk SET expiry_warning_sent_at = \(now)
                FROM student_profiles sp, tutor_profiles tp, users tu
                WHERE pk.id IN (
                    SELECT id FROM student_packages
                    WHERE status = 'active' AND expiry_warning_sent_at IS NULL
                      AND expires_at > \(now) AND expires_at <= \(now.addingTimeInterval(Self.warningLead))
                    ORDER BY expires_at, id LIMIT \(limit)
                    FOR UPDATE SKIP LOCKED
                )
                  AND sp.id = pk.student_profile_id AND tp.id = pk.tutor_profile_id AND tu.id = tp.user_id
                RETURNING pk.id, sp.user_id, pk.sessions_remaining::int8, pk.expires_at,
                    btrim(tu.first_name || ' ' || tu.last_name)
                """
            )
            let messages = try rows.map { row in
                let (packageID, studentUserID, remaining, expiresAt, tutorName) = try row.decode(
                    (Int64, Int64, Int64, Date, String).self)
                return try OutboxMessage(
                    topic: .notification,
                    payload: NotificationPayload(
                        userID: studentUserID, type: "SYSTEM", category: "payment", priority: 3,
                        title: "Your package expires soon",
                        body: "\(remaining) session(s) with \(tutorName) left; the package expires \(expiresAt.formatted(.iso8601)).",
                        data: ["packageId": String(packageID)]))
            }
            try await OutboxWriter(transaction: transaction).enqueue(messages, availableAt: now)
            return messages.count
        }
    }

    /// Marks up to `limit` active packages whose expiry has passed at `now` as expired. Returns how many.
    public func expireLapsed(now: Date, limit: Int = 100) async throws -> Int {
        try await database.query(
            """
            UPDATE student_packages SET status = 'expired'
            WHERE id IN (
                SELECT id FROM student_packages
                WHERE status = 'active' AND expires_at <= \(now)
                ORDER BY expires_at, id LIMIT \(limit)
                FOR UPDATE SKIP LOCKED
            )
            RETURNING id
            """
        ).count
    }
}

extension Store {
    /// Package expiry warnings and expiry.
    public var packageExpiry: PackageExpiry { PackageExpiry(database: database) }
}
