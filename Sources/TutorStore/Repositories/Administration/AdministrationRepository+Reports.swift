import Foundation
import PostgresNIO

/// How staff close a report; raw values as `reports.status` stores them.
public enum ReportOutcome: String, Sendable, Hashable, CaseIterable {
    /// Acted upon.
    case resolved
    /// Nothing to do.
    case dismissed
}

extension AdministrationRepository {
    /// Closes the open (or investigating) report `reportID` as `outcome` with `note`, with an audit entry and a
    /// notification to whoever filed it; one transaction.
    ///
    /// Throws `AdministrationError.reportNotFound` or `.reportClosed`.
    public func resolveReport(
        _ reportID: Int64, as outcome: ReportOutcome, note: String, by actor: AuditActor, now: Date
    ) async throws -> ReportRow {
        try await database.withTransaction { transaction in
            let locked = try await transaction.query(
                "SELECT r.status, r.reporter_user_id, to_jsonb(r)::text FROM reports r WHERE r.id = \(reportID) FOR UPDATE")
            guard let lockedRow = locked.first else { throw AdministrationError.reportNotFound }
            let (status, reporterUserID, before) = try lockedRow.decode((String, Int64, String).self)
            if let closed = ReportStatus(rawValue: status), closed == .resolved || closed == .dismissed {
                throw AdministrationError.reportClosed(status: closed)
            }
            let updated = try await transaction.query(
                """
                UPDATE reports AS r SET
                    status = \(outcome.rawValue), resolved_by = \(actor.userID), resolved_at = \(now),
                    resolution_note = \(note)
                WHERE r.id = \(reportID)
                RETURNING \(unescaped: ReportRow.columns), to_jsonb(r)::text AS snapshot
                """
            )
            guard let row = updated.first else { throw AdministrationError.reportNotFound }
            try await AuditLogWriter(transaction: transaction, actor: actor).record(
                .update, table: "reports", recordID: reportID, oldValues: before,
                newValues: try row.makeRandomAccess()["snapshot"].decode(String.self), at: now)
            try await OutboxWriter(transaction: transaction).enqueue(
                [
                    try OutboxMessage(
                        topic: .notification,
                        payload: NotificationPayload(
                            userID: reporterUserID, type: "SYSTEM", category: "system",
                            title: outcome == .resolved ? "Your report was acted upon" : "Your report was closed",
                            body: note, data: ["reportId": String(reportID)]))
                ], availableAt: now)
            return try ReportRow(decoding: row)
        }
    }
}
