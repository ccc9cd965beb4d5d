import Foundation
import PostgresNIO
import TutorDomain

/// Account lifecycle writes: registration, sign-in bookkeeping, password changes and resets.
///
/// Each public method is one transaction (or one statement), so a failed mutation leaves nothing behind.
/// Passwords arrive already hashed and tokens as SHA-256 hashes: bcrypt runs before the transaction opens,
/// never while it holds a connection.
public struct AccountRepository: Sendable {
    let database: Database

    /// Creates a user with an empty profile, a student or (incomplete) tutor profile, the default
    /// notification switches and a first refresh token, and queues the welcome event.
    ///
    /// Throws `AccountWriteError.emailTaken` when the address is in use, `.unknownCurrency` for a currency
    /// outside `supported_currencies`.
    public func register(_ account: NewAccount, session: NewRefreshToken, now: Date) async throws -> UserRow {
        try await AccountWriteError.translating {
            try await database.withTransaction { transaction in
                guard
                    let user = try await transaction.query(
                        """
                        INSERT INTO users AS u (email, hashed_password, first_name, last_name, role, currency, timezone,
                                                last_login_at, created_at, updated_at)
                        VALUES (\(account.email), \(account.passwordHash), \(account.firstName), \(account.lastName),
                                \(account.role.rawValue), \(account.currency), \(account.timezone), \(now), \(now), \(now))
                        RETURNING \(unescaped: UserRow.columns)
                        """
                    ).first.map(UserRow.init(decoding:))
                else { throw AccountDataError.missingRow("INSERT INTO users") }
                _ = try await transaction.query(
                    "INSERT INTO user_profiles (user_id, created_at, updated_at) VALUES (\(user.id), \(now), \(now))")
                _ = try await transaction.query(
                    """
                    INSERT INTO \(unescaped: account.role == .tutor ? "tutor_profiles" : "student_profiles")
                        (user_id, created_at, updated_at)
                    VALUES (\(user.id), \(now), \(now))
                    """
                )
                try await Self.insertDefaultNotificationPreferences(userID: user.id, now: now, in: transaction)
                _ = try await RefreshTokenRepository.insert(session, userID: user.id, now: now, in: transaction)
                try await Self.enqueue(
                    "account.registered", userID: user.id, email: user.email, now: now, in: transaction)
                return user
            }
        }
    }

    /// Records a successful sign-in: the attempt, `last_login_at` and the new session's refresh token.
    public func recordSuccessfulLogin(userID: Int64, session: NewRefreshToken, now: Date) async throws -> UserRow {
        try await database.withTransaction { transaction in
            guard
                let user = try await transaction.query(
                    """
                    UPDATE users AS u SET last_login_at = \(now) WHERE u.id = \(userID)
                    RETURNING \(unescaped: UserRow.columns)
                    """
                ).first.map(UserRow.init(decoding:))
            else { throw AccountDataError.missingRow("UPDATE users") }
            _ = try await transaction.query(
                """
                INSERT INTO login_attempts (email, succeeded, created_at, updated_at)
                VALUES (\(user.email), true, \(now), \(now))
                """
            )
            _ = try await RefreshTokenRepository.insert(session, userID: userID, now: now, in: transaction)
            return user
        }
    }

    /// Records a refused sign-in for `email`, whether or not an account has that address.
    public func recordFailedLogin(email: String, now: Date) async throws {
        _ = try await database.query(
            """
            INSERT INTO login_attempts (email, succeeded, created_at, updated_at)
            VALUES (\(String(email.prefix(320))), false, \(now), \(now))
            """
        )
    }

    /// Sets a new password hash and signs out every device (every refresh token revoked as
    /// `password_changed`, outstanding reset links voided); nil when the account is gone.
    public func changePassword(userID: Int64, passwordHash: String, now: Date) async throws -> UserRow? {
        try await database.withTransaction { transaction in
            try await Self.replacePassword(userID: userID, passwordHash: passwordHash, now: now, in: transaction)
        }
    }

    /// Stores a reset token for the active account with this e-mail address, and queues the e-mail carrying
    /// `token` for the mailer; does nothing (and says so with `false`) when there is no such account.
    public func requestPasswordReset(
        email: String, token: String, tokenHash: String, expiresAt: Date, now: Date
    ) async throws -> Bool {
        let rows = try await database.query(
            """
            WITH account AS (
                SELECT id, email FROM users
                WHERE lower(email) = lower(\(email)) AND deleted_at IS NULL AND is_active
            ), reset AS (
                INSERT INTO password_reset_tokens (user_id, token_hash, expires_at, created_at, updated_at)
                SELECT id, \(tokenHash), \(expiresAt), \(now), \(now) FROM account
                RETURNING user_id
            )
            INSERT INTO outbox (topic, payload, created_at, updated_at)
            SELECT 'account.password_reset_requested',
                   jsonb_build_object('userId', account.id, 'email', account.email, 'token', \(token),
                                      'expiresAt', \(expiresAt)),
                   \(now), \(now)
            FROM reset JOIN account ON account.id = reset.user_id
            RETURNING id
            """
        )
        return !rows.isEmpty
    }

    /// Uses the unexpired, unused reset token hashed as `tokenHash` to set a new password, signing out every
    /// device; nil (and nothing changed) when the token is unknown, used, expired, or its account is gone.
    public func resetPassword(tokenHash: String, passwordHash: String, now: Date) async throws -> UserRow? {
        try await database.withTransaction { transaction in
            guard
                let userID = try await transaction.query(
                    """
                    UPDATE password_reset_tokens SET used_at = \(now)
                    WHERE token_hash = \(tokenHash) AND used_at IS NULL AND expires_at > \(now)
                    RETURNING user_id
                    """
                ).first?.decode(Int64.self)
            else { return nil }
            return try await Self.replacePassword(userID: userID, passwordHash: passwordHash, now: now, in: transaction)
        }
    }

    /// The shared tail of a password change and reset.
    private static func replacePassword(
        userID: Int64, passwordHash: String, now: Date, in transaction: Transaction
    ) async throws -> UserRow? {
        guard
            let user = try await transaction.query(
                """
                UPDATE users AS u SET hashed_password = \(passwordHash)
                WHERE u.id = \(userID) AND u.deleted_at IS NULL AND u.is_active
                RETURNING \(unescaped: UserRow.columns)
                """
            ).first.map(UserRow.init(decoding:))
        else { return nil }
        try await RefreshTokenRepository.revokeAll(userID: userID, reason: "password_changed", now: now, in: transaction)
        _ = try await transaction.query(
            "UPDATE password_reset_tokens SET used_at = \(now) WHERE user_id = \(userID) AND used_at IS NULL")
        try await enqueue("account.password_changed", userID: userID, email: user.email, now: now, in: transaction)
        return user
    }

    /// Every channel × category switch, on except text messages and marketing, which users opt into.
    private static func insertDefaultNotificationPreferences(
        userID: Int64, now: Date, in transaction: Transaction
    ) async throws {
        _ = try await transaction.query(
            """
            INSERT INTO user_notification_preferences (user_id, channel, category, is_enabled, created_at, updated_at)
            SELECT \(userID), channel, category, channel <> 'sms' AND category <> 'marketing', \(now), \(now)
            FROM unnest(\(NotificationPreferenceRow.channels)::text[]) AS channel
            CROSS JOIN unnest(\(NotificationPreferenceRow.categories)::text[]) AS category
            """
        )
    }

    /// Queues an account event for delivery after commit (the mailer sends the matching e-mail).
    private static func enqueue(
        _ topic: String, userID: Int64, email: String, now: Date, in transaction: Transaction
    ) async throws {
        _ = try await transaction.query(
            """
            INSERT INTO outbox (topic, payload, created_at, updated_at)
            VALUES (\(topic), jsonb_build_object('userId', \(userID), 'email', \(email)), \(now), \(now))
            """
        )
    }
}

extension Store {
    /// Registration, sign-in bookkeeping, password changes and resets.
    public var accounts: AccountRepository { AccountRepository(database: database) }
}
