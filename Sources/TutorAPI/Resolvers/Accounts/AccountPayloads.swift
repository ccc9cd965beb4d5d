import Foundation
import TutorStore

/// `AuthPayload`: a signed-in session.
struct AuthPayload: Sendable {
    let accessToken: String
    let accessTokenExpiresAt: Date
    let refreshToken: String
    let user: UserRow
    let clientMutationId: String?

    /// Signs `user` in with a fresh access token beside the refresh token just stored for them.
    init(user: UserRow, refreshToken: RefreshTokenGrant, context: RequestContext, clientMutationId: String?) {
        let access = context.dependencies.tokens.issue(for: Viewer(userID: user.id, role: user.role))
        accessToken = access.token
        accessTokenExpiresAt = access.expiresAt
        self.refreshToken = refreshToken.token
        self.user = user
        self.clientMutationId = clientMutationId
    }
}

/// The payloads that return the changed user: `ChangePasswordPayload`, `ResetPasswordPayload`,
/// `UpdateProfilePayload`.
struct UserMutationPayload: Sendable {
    let user: UserRow
    let clientMutationId: String?
}

/// The payloads that only say it worked: `LogoutPayload`, `RequestPasswordResetPayload`.
struct SuccessPayload: Sendable {
    let clientMutationId: String?
}

/// `UpdateNotificationPreferencesPayload`.
struct NotificationPreferencesPayload: Sendable {
    let preferences: [NotificationPreferenceRow]
    let clientMutationId: String?
}

/// A refresh token about to be stored: the secret goes to the client, only its hash to the database.
struct RefreshTokenGrant: Sendable {
    /// How long a refresh token may wait before its next use.
    static let lifetime: TimeInterval = 30 * 24 * 60 * 60

    let token: String
    let stored: NewRefreshToken

    init(now: Date) {
        token = OpaqueToken.generate()
        stored = NewRefreshToken(hash: OpaqueToken.hash(token), expiresAt: now.addingTimeInterval(Self.lifetime))
    }
}
