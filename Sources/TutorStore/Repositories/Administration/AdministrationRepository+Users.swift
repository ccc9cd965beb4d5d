import Foundation
import PostgresNIO

extension AdministrationRepository {
    /// Soft-deletes user `userID` (`deleted_at`/`deleted_by`) and revokes all their refresh tokens, so no device
    /// stays signed in past its current access token, with a `SOFT_DELETE` audit entry; one transaction.
    ///
    /// Throws `AdministrationError.userNotFound`, `.ownAccount`, `.ownerAccount` or `.userAlreadyDeleted`.
    public func deleteUser(_ userID: Int64, reason: String?, by actor: AuditActor, now: Date) async throws -> UserRow {
        try await database.withTransaction { transaction in
            let before = try await Self.lockUser(userID, in: transaction)
            guard userID != actor.userID else { throw AdministrationError.ownAccount }
            guard before.role != "owner" else { throw AdministrationError.ownerAccount }
            guard !before.isDeleted else { throw AdministrationError.userAlreadyDeleted }
            let after = try await transaction.query(
                """
                UPDATE users AS u SET deleted_at = \(now), deleted_by = \(actor.userID) WHERE u.id = \(userID)
                RETURNING \(unescaped: UserRow.columns), to_jsonb(u)::text AS snapshot
                """
            )
            try await RefreshTokenRepository.revokeAll(userID: userID, reason: "admin", now: now, in: transaction)
            return try await Self.audit(
                .softDelete, of: userID, from: before.snapshot, to: after, reason: reason, by: actor, now: now,
                in: transaction)
        }
    }

    /// Restores the soft-deleted user `userID`, with a `RESTORE` audit entry; one transaction. Revoked refresh
    /// tokens stay revoked: the user signs in again.
    ///
    /// Throws `AdministrationError.userNotFound` or `.userNotDeleted`.
    public func restoreUser(_ userID: Int64, reason: String?, by actor: AuditActor, now: Date) async throws -> UserRow {
        try await database.withTransaction { transaction in
            let before = try await Self.lockUser(userID, in: transaction)
            guard before.isDeleted else { throw AdministrationError.userNotDeleted }
            let after = try await transaction.query(
                """
                UPDATE users AS u SET deleted_at = NULL, deleted_by = NULL WHERE u.id = \(userID)
                RETURNING \(unescaped: UserRow.columns), to_jsonb(u)::text AS snapshot
                """
            )
            return try await Self.audit(
                .restore, of: userID, from: before.snapshot, to: after, reason: reason, by: actor, now: now,
                in: transaction)
        }
    }

    /// A user row as it was when locked: what the checks need and its audit snapshot.
    private struct LockedUser {
        let role: String
        let isDeleted: Bool
        let snapshot: String
    }

    /// Locks user `userID` until the transaction ends; throws `userNotFound`.
    private static func lockUser(_ userID: Int64, in transaction: Transaction) async throws -> LockedUser {
        let rows = try await transaction.query(
            "SELECT u.role, u.deleted_at IS NOT NULL, to_jsonb(u)::text FROM users u WHERE u.id = \(userID) FOR UPDATE")
        guard let row = rows.first else { throw AdministrationError.userNotFound }
        let (role, isDeleted, snapshot) = try row.decode((String, Bool, String).self)
        return LockedUser(role: role, isDeleted: isDeleted, snapshot: snapshot)
    }

    /// Writes the audit entry of a user change from the `UPDATE … RETURNING` rows, and returns the updated user.
    private static func audit(
        _ action: AuditAction, of userID: Int64, from before: String, to updated: [PostgresRow], reason: String?,
        by actor: AuditActor, now: Date, in transaction: Transaction
    ) async throws -> UserRow {
        guard let row = updated.first else { throw AdministrationError.userNotFound }
        try await AuditLogWriter(transaction: transaction, actor: actor).record(
            action, table: "users", recordID: userID, oldValues: before,
            newValues: try row.makeRandomAccess()["snapshot"].decode(String.self), reason: reason, at: now)
        return try UserRow(decoding: row)
    }
}
