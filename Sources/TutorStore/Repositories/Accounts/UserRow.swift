import Foundation
import PostgresNIO
import TutorDomain

/// A row of `users`, without the password hash (which never leaves `UserCredentials`).
public struct UserRow: Sendable, Hashable {
    public let id: Int64
    /// Stored lower-case.
    public let email: String
    public let firstName: String
    public let lastName: String
    public let role: Role
    public let isActive: Bool
    public let isVerified: Bool
    public let currency: String
    public let timezone: String
    public let lastLoginAt: Date?
    public let createdAt: Date
    /// Set when staff soft-deleted the account.
    public let deletedAt: Date?
    /// Where the user sits in the staff directory's order (newest first), in PostgreSQL's own microseconds.
    public let position: InstantPosition

    /// The select list `init(decoding:)` reads, for a `users` table aliased `u`.
    static let columns = """
        u.id, u.email, u.first_name, u.last_name, u.role, u.is_active, u.is_verified, u.currency, u.timezone,
        u.last_login_at, u.created_at, u.deleted_at, \(InstantPosition.microseconds(of: "u.created_at"))
        """

    /// Decodes the leading columns of `row`, selected with `columns`.
    init(decoding row: PostgresRow) throws {
        let (
            id, email, firstName, lastName, role, isActive, isVerified, currency, timezone, lastLoginAt, createdAt, deletedAt,
            createdMicroseconds
        ) = try row.decode((Int64, String, String, String, String, Bool, Bool, String, String, Date?, Date, Date?, Int64).self)
        self.id = id
        self.email = email
        self.firstName = firstName
        self.lastName = lastName
        guard let role = Role(rawValue: role) else { throw AccountDataError.unexpectedValue(column: "users.role", value: role) }
        self.role = role
        self.isActive = isActive
        self.isVerified = isVerified
        self.currency = currency
        self.timezone = timezone
        self.lastLoginAt = lastLoginAt
        self.createdAt = createdAt
        self.deletedAt = deletedAt
        position = InstantPosition(microseconds: createdMicroseconds, id: id)
    }
}
