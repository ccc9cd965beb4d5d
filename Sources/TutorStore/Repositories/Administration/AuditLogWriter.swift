import Foundation
import PostgresNIO

/// Writes `audit_log` rows inside the transaction of the change they describe, so an audited change and its
/// entry commit or roll back together.
///
/// Row snapshots are JSON text, usually `to_jsonb(row)` read in the same transaction; columns that must never be
/// copied into the log (password hashes, sign-in identifiers, the search document) are removed here, in one place.
public struct AuditLogWriter: Sendable {
    /// Keys dropped from every snapshot before it is stored.
    static let redactedKeys = ["hashed_password", "google_id", "search_vector"]

    let transaction: Transaction
    let actor: AuditActor

    public init(transaction: Transaction, actor: AuditActor) {
        self.transaction = transaction
        self.actor = actor
    }

    /// Records that `action` changed row `recordID` of `table` from `oldValues` to `newValues` (JSON objects; nil
    /// for an insert's old and a delete's new row) at `now`.
    ///
    /// `reason`, the staff's explanation, has no column of its own: it is kept in the new values as
    /// `audit_reason`, beside the row it explains.
    public func record(
        _ action: AuditAction, table: String, recordID: Int64, oldValues: String?, newValues: String?,
        reason: String? = nil, at now: Date
    ) async throws {
        _ = try await transaction.query(
            """
            INSERT INTO audit_log (table_name, record_id, action, old_values, new_values, actor_user_id, request_id,
                                   created_at, updated_at)
            VALUES (
                \(table), \(recordID), \(action.rawValue), \(oldValues)::jsonb - \(Self.redactedKeys)::text[],
                (\(newValues)::jsonb - \(Self.redactedKeys)::text[])
                    || CASE WHEN \(reason)::text IS NULL THEN '{}'::jsonb
                            ELSE jsonb_build_object('audit_reason', \(reason)::text) END,
                \(actor.userID), \(actor.requestID), \(now), \(now))
            """
        )
    }
}
