import Foundation
import PostgresNIO

extension AdministrationRepository {
    /// Approves or rejects the tutor profile `tutorProfileID`, which must be waiting for approval, in one
    /// transaction: the profile's status (and `is_approved`, `approved_at/by` or `rejection_reason`), the pending
    /// `tutor_approval_requests` row closed, an audit entry, and the tutor's notification and a search refresh
    /// queued in the outbox.
    ///
    /// Throws `AdministrationError.tutorNotFound` or `.tutorNotPending`.
    public func decideTutor(
        _ tutorProfileID: Int64, _ decision: TutorApprovalDecision, by actor: AuditActor, now: Date
    ) async throws -> TutorProfileRow {
        try await database.withTransaction { transaction in
            let locked = try await transaction.query(
                """
                SELECT tp.user_id, tp.profile_status, to_jsonb(tp)::text FROM tutor_profiles tp
                WHERE tp.id = \(tutorProfileID) AND tp.deleted_at IS NULL
                FOR UPDATE
                """
            )
            guard let lockedRow = locked.first else { throw AdministrationError.tutorNotFound }
            let (userID, status, before) = try lockedRow.decode((Int64, String, String).self)
            guard status == "pending_approval" else { throw AdministrationError.tutorNotPending(status: status) }

            let approved = decision.isApproval
            let rejectionReason = approved ? nil : decision.note
            let updated = try await transaction.query(
                """
                UPDATE tutor_profiles AS tp SET
                    profile_status = \(decision.profileStatus), is_approved = \(approved),
                    approved_at = CASE WHEN \(approved) THEN \(now)::timestamptz END,
                    approved_by = CASE WHEN \(approved) THEN \(actor.userID)::int8 END,
                    rejection_reason = \(rejectionReason)
                WHERE tp.id = \(tutorProfileID)
                RETURNING \(unescaped: TutorProfileRow.columns), to_jsonb(tp)::text AS snapshot
                """
            )
            guard let updatedRow = updated.first else { throw AdministrationError.tutorNotFound }
            _ = try await transaction.query(
                """
                UPDATE tutor_approval_requests SET
                    status = \(decision.requestStatus), reviewed_at = \(now), reviewed_by = \(actor.userID),
                    notes = coalesce(\(decision.note), notes)
                WHERE tutor_profile_id = \(tutorProfileID) AND status = 'pending'
                """
            )
            try await AuditLogWriter(transaction: transaction, actor: actor).record(
                .update, table: "tutor_profiles", recordID: tutorProfileID, oldValues: before,
                newValues: try updatedRow.makeRandomAccess()["snapshot"].decode(String.self), at: now)
            try await OutboxWriter(transaction: transaction).enqueue(
                [
                    try OutboxMessage(
                        topic: .notification,
                        payload: decision.notification(forUserID: userID, tutorProfileID: tutorProfileID)),
                    try OutboxMessage(topic: .searchRefresh, payload: TutorPayload(tutorProfileID: tutorProfileID)),
                ], availableAt: now)
            return try TutorProfileRow(decoding: updatedRow)
        }
    }
}
