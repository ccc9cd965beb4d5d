import Foundation
import TutorDomain

/// A validated registration: what `AccountRepository.register` writes.
public struct NewAccount: Sendable, Hashable {
    /// Already lower-case.
    public let email: String
    /// bcrypt hash of the chosen password.
    public let passwordHash: String
    public let firstName: String
    public let lastName: String
    /// `.student` or `.tutor`; staff accounts are never self-registered.
    public let role: Role
    public let timezone: String
    public let currency: String

    public init(
        email: String, passwordHash: String, firstName: String, lastName: String, role: Role, timezone: String,
        currency: String
    ) {
        self.email = email
        self.passwordHash = passwordHash
        self.firstName = firstName
        self.lastName = lastName
        self.role = role
        self.timezone = timezone
        self.currency = currency
    }
}

/// A refresh token to store: its SHA-256 and expiry (the token itself stays with the client).
public struct NewRefreshToken: Sendable, Hashable {
    /// Lower-case hex SHA-256 of the token.
    public let hash: String
    public let expiresAt: Date

    public init(hash: String, expiresAt: Date) {
        self.hash = hash
        self.expiresAt = expiresAt
    }
}
