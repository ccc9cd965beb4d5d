import PostgresNIO

/// Reads of accounts: users, their profiles and notification switches, batched for DataLoaders.
///
/// Soft-deleted users are returned like any other: whether the viewer may see them is the API's decision.
public struct UserRepository: Sendable {
    let database: Database

    /// Batch: users by ID.
    public func users(ids: [Int64]) async throws -> [Int64: UserRow] {
        let rows = try await database.query(
            "SELECT \(unescaped: UserRow.columns) FROM users u WHERE u.id = ANY(\(ids))"
        ).map(UserRow.init(decoding:))
        return Dictionary(uniqueKeysWithValues: rows.map { ($0.id, $0) })
    }

    /// The account an e-mail address signs in to (any case), with its password hash; deleted ones included.
    public func credentials(email: String) async throws -> UserCredentials? {
        try await database.query(
            """
            SELECT \(unescaped: UserRow.columns), u.hashed_password FROM users u WHERE lower(u.email) = lower(\(email))
            """
        ).first.map(UserCredentials.init(decoding:))
    }

    /// The account with this ID, with its password hash.
    public func credentials(userID: Int64) async throws -> UserCredentials? {
        try await database.query(
            "SELECT \(unescaped: UserRow.columns), u.hashed_password FROM users u WHERE u.id = \(userID)"
        ).first.map(UserCredentials.init(decoding:))
    }

    /// Batch: profiles by user ID (a user without a profile row is missing from the result).
    public func profiles(forUserIDs ids: [Int64]) async throws -> [Int64: UserProfileRow] {
        let rows = try await database.query(
            "SELECT \(unescaped: UserProfileRow.columns) FROM user_profiles p WHERE p.user_id = ANY(\(ids))"
        ).map(UserProfileRow.init(decoding:))
        return Dictionary(uniqueKeysWithValues: rows.map { ($0.userID, $0) })
    }

    /// Batch: every user's notification switches by channel and category; an empty list for users without any.
    public func notificationPreferences(forUserIDs ids: [Int64]) async throws -> [Int64: [NotificationPreferenceRow]] {
        var preferences = Dictionary(uniqueKeysWithValues: ids.map { ($0, [NotificationPreferenceRow]()) })
        let rows = try await database.query(
            """
            SELECT \(unescaped: NotificationPreferenceRow.columns) FROM user_notification_preferences n
            WHERE n.user_id = ANY(\(ids))
            ORDER BY n.user_id, n.channel, n.category
            """
        )
        for row in rows {
            let (userID, preference) = try NotificationPreferenceRow.decode(row)
            preferences[userID, default: []].append(preference)
        }
        return preferences
    }
}

/// A user with their password hash: only sign-in and password changes read it.
public struct UserCredentials: Sendable {
    public let user: UserRow
    /// nil for accounts that sign in with Google only.
    public let passwordHash: String?

    init(decoding row: PostgresRow) throws {
        user = try UserRow(decoding: row)
        passwordHash = try row.makeRandomAccess()["hashed_password"].decode(String?.self)
    }
}

extension Store {
    /// Accounts: users, profiles, notification switches.
    public var users: UserRepository { UserRepository(database: database) }
}
