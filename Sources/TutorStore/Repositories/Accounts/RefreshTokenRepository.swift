import Foundation
import PostgresNIO

/// What presenting a refresh token led to.
public enum RefreshTokenRotation: Sendable, Hashable {
    /// The token was current: it is now revoked as `rotated` and `replacement` took its place.
    case rotated(UserRow)
    /// The token had already been rotated out, so it was stolen or replayed: its whole family is now revoked.
    case reuseDetected
    /// Unknown, expired, revoked for another reason, or its account can no longer sign in.
    case refused
}

/// Rotating refresh tokens: stored as SHA-256 hashes, grouped in families that share one sign-in.
///
/// Every use replaces the token with a new one of the same family; presenting a replaced token again
/// means two parties hold it, so the whole family is revoked and everyone must sign in again.
public struct RefreshTokenRepository: Sendable {
    let database: Database

    /// Trades the token hashed as `presentedHash` for `replacement`, in one transaction.
    ///
    /// Returns instead of throwing when refusing, so a detected reuse commits its revocations.
    public func rotate(presentedHash: String, replacement: NewRefreshToken, now: Date) async throws -> RefreshTokenRotation {
        try await database.withTransaction { transaction in
            guard
                let row = try await transaction.query(
                    """
                    SELECT \(unescaped: UserRow.columns),
                           t.id AS token_id, t.family_id, t.expires_at AS token_expires_at, t.revoked_reason
                    FROM refresh_tokens t JOIN users u ON u.id = t.user_id
                    WHERE t.token_hash = \(presentedHash)
                    FOR UPDATE OF t
                    """
                ).first
            else { return .refused }
            let user = try UserRow(decoding: row)
            let token = row.makeRandomAccess()
            let tokenID = try token["token_id"].decode(Int64.self)
            let familyID = try token["family_id"].decode(UUID.self)
            let expiresAt = try token["token_expires_at"].decode(Date.self)
            let revokedReason = try token["revoked_reason"].decode(String?.self)
            if revokedReason == "rotated" {
                try await Self.revokeFamily(familyID, reason: "reuse_detected", now: now, in: transaction)
                return .reuseDetected
            }
            guard revokedReason == nil, expiresAt > now, user.isActive, user.deletedAt == nil else { return .refused }
            let replacementID = try await Self.insert(
                replacement, userID: user.id, familyID: familyID, now: now, in: transaction)
            _ = try await transaction.query(
                """
                UPDATE refresh_tokens SET revoked_at = \(now), revoked_reason = 'rotated', replaced_by = \(replacementID)
                WHERE id = \(tokenID)
                """
            )
            return .rotated(user)
        }
    }

    /// Revokes one token (signing its device out); unknown and already revoked tokens are left alone.
    public func revoke(hash: String, now: Date) async throws {
        _ = try await database.query(
            """
            UPDATE refresh_tokens SET revoked_at = \(now), revoked_reason = 'logout'
            WHERE token_hash = \(hash) AND revoked_at IS NULL
            """
        )
    }

    /// Stores a new token for `userID`, in `familyID` or a new family; returns its row ID.
    static func insert(
        _ token: NewRefreshToken, userID: Int64, familyID: UUID? = nil, now: Date, in transaction: Transaction
    ) async throws -> Int64 {
        let rows = try await transaction.query(
            """
            INSERT INTO refresh_tokens (user_id, token_hash, family_id, expires_at, created_at, updated_at)
            VALUES (\(userID), \(token.hash), coalesce(\(familyID), gen_random_uuid()), \(token.expiresAt), \(now), \(now))
            RETURNING id
            """
        )
        guard let id = try rows.first?.decode(Int64.self) else { throw AccountDataError.missingRow("INSERT INTO refresh_tokens") }
        return id
    }

    /// Revokes every still-valid token of a family.
    static func revokeFamily(_ familyID: UUID, reason: String, now: Date, in transaction: Transaction) async throws {
        _ = try await transaction.query(
            """
            UPDATE refresh_tokens SET revoked_at = \(now), revoked_reason = \(reason)
            WHERE family_id = \(familyID) AND revoked_at IS NULL
            """
        )
    }

    /// Revokes every still-valid token of a user (after a password change or reset).
    static func revokeAll(userID: Int64, reason: String, now: Date, in transaction: Transaction) async throws {
        _ = try await transaction.query(
            """
            UPDATE refresh_tokens SET revoked_at = \(now), revoked_reason = \(reason)
            WHERE user_id = \(userID) AND revoked_at IS NULL
            """
        )
    }
}

extension Store {
    /// Refresh tokens: rotation, reuse detection, logout.
    public var refreshTokens: RefreshTokenRepository { RefreshTokenRepository(database: database) }
}
