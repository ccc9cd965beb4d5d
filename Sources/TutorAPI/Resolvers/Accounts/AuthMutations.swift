import Foundation
import GraphQLEngine
import TutorDomain
import TutorStore

/// `register`, `login`, `refreshToken`, `logout`, `changePassword`, `requestPasswordReset`, `resetPassword`.
///
/// Each validates its input, runs bcrypt outside any transaction, then makes exactly one store call.
enum AuthMutations {
    /// How long a password-reset link works.
    static let passwordResetLifetime: TimeInterval = 60 * 60

    /// The one answer to every failed sign-in, so it never tells which part was wrong or whether the account exists.
    static let invalidCredentials = APIError("Invalid email or password.", code: .unauthenticated)

    /// Adds the seven authentication mutations.
    static func add(to mutation: inout ObjectResolvers<RootValue>) {
        signUp(&mutation)
        signIn(&mutation)
        rotateRefreshToken(&mutation)
        signOut(&mutation)
        changePassword(&mutation)
        requestPasswordReset(&mutation)
        resetPassword(&mutation)
    }

    /// `register`: a new student or tutor account, signed in at once.
    private static func signUp(_ mutation: inout ObjectResolvers<RootValue>) {
        mutation.field("register") { _, arguments, context in
            let input = InputReader(input: arguments)
            let email = try AccountInputRules.email(input.string("email", default: ""), field: "input.email")
            let password = input.string("password", default: "")
            try PasswordPolicy.check(password, field: "input.password")
            let firstName = try AccountInputRules.name(input.string("firstName", default: ""), required: true, field: "input.firstName")
            let lastName = try AccountInputRules.name(input.string("lastName", default: ""), required: false, field: "input.lastName")
            let role = try AccountInputRules.selfServiceRole(input.string("role", default: "STUDENT"), field: "input.role")
            let timezone = try AccountInputRules.timezone(input.string("timezone", default: "UTC"), field: "input.timezone")
            let currency = try AccountInputRules.currency(input.string("currency", default: "USD"), field: "input.currency")
            return .run {
                let account = NewAccount(
                    email: email, passwordHash: try await context.dependencies.passwords.hash(password),
                    firstName: firstName, lastName: lastName, role: role, timezone: timezone, currency: currency)
                let grant = RefreshTokenGrant(now: context.now)
                do {
                    let user = try await context.store.accounts.register(account, session: grant.stored, now: context.now)
                    return AuthPayload(
                        user: user, refreshToken: grant, context: context, clientMutationId: input.clientMutationId)
                } catch AccountWriteError.emailTaken {
                    throw APIError.conflict("This e-mail address cannot be registered.", extensions: ["field": .string("input.email")])
                } catch AccountWriteError.unknownCurrency {
                    throw APIError.badInput("TutorGraph does not support this currency.", field: "input.currency")
                }
            }
        }
    }

    /// `login`: one generic refusal for every failure; refused attempts are recorded too.
    private static func signIn(_ mutation: inout ObjectResolvers<RootValue>) {
        mutation.field("login") { _, arguments, context in
            let input = InputReader(input: arguments)
            let email = input.string("email", default: "").trimmingCharacters(in: .whitespacesAndNewlines).lowercased()
            let password = input.string("password", default: "")
            return .run {
                let credentials = try await context.store.users.credentials(email: email)
                let passwordMatches = try await matches(password, hash: credentials?.passwordHash, context: context)
                guard passwordMatches, let user = credentials?.user, user.isActive, user.deletedAt == nil else {
                    try await context.store.accounts.recordFailedLogin(email: email, now: context.now)
                    throw invalidCredentials
                }
                let grant = RefreshTokenGrant(now: context.now)
                let signedIn = try await context.store.accounts.recordSuccessfulLogin(
                    userID: user.id, session: grant.stored, now: context.now)
                return AuthPayload(
                    user: signedIn, refreshToken: grant, context: context, clientMutationId: input.clientMutationId)
            }
        }
    }

    /// `refreshToken`: rotation, with reuse of a rotated-out token revoking its whole family.
    private static func rotateRefreshToken(_ mutation: inout ObjectResolvers<RootValue>) {
        mutation.field("refreshToken") { _, arguments, context in
            let input = InputReader(input: arguments)
            let presented = OpaqueToken.hash(input.string("refreshToken", default: ""))
            return .run {
                let grant = RefreshTokenGrant(now: context.now)
                switch try await context.store.refreshTokens.rotate(
                    presentedHash: presented, replacement: grant.stored, now: context.now)
                {
                case .rotated(let user):
                    return AuthPayload(
                        user: user, refreshToken: grant, context: context, clientMutationId: input.clientMutationId)
                case .reuseDetected:
                    throw APIError.unauthenticated(
                        "This refresh token was already used, so every session it belongs to was signed out. Sign in again.")
                case .refused:
                    throw APIError.unauthenticated("The refresh token is invalid or has expired. Sign in again.")
                }
            }
        }
    }

    /// `logout`: revokes the presented refresh token; unknown tokens are not an error.
    private static func signOut(_ mutation: inout ObjectResolvers<RootValue>) {
        mutation.field("logout") { _, arguments, context in
            let input = InputReader(input: arguments)
            let hash = OpaqueToken.hash(input.string("refreshToken", default: ""))
            return .run {
                try await context.store.refreshTokens.revoke(hash: hash, now: context.now)
                return SuccessPayload(clientMutationId: input.clientMutationId)
            }
        }
    }

    /// `changePassword`: checks the current password, then signs every device out.
    private static func changePassword(_ mutation: inout ObjectResolvers<RootValue>) {
        mutation.field("changePassword") { _, arguments, context in
            let viewer = try AccessPolicy.requireSignedIn(context.viewer)
            let input = InputReader(input: arguments)
            let current = input.string("currentPassword", default: "")
            let new = input.string("newPassword", default: "")
            try PasswordPolicy.check(new, field: "input.newPassword")
            guard new != current else {
                throw APIError.badInput("The new password must differ from the current one.", field: "input.newPassword")
            }
            return .run {
                let credentials = try await context.store.users.credentials(userID: viewer.userID)
                guard let account = credentials?.user, account.deletedAt == nil, account.isActive else {
                    throw APIError.unauthenticated()
                }
                guard try await matches(current, hash: credentials?.passwordHash, context: context) else {
                    throw APIError.badInput("The current password is incorrect.", field: "input.currentPassword")
                }
                let hash = try await context.dependencies.passwords.hash(new)
                guard
                    let user = try await context.store.accounts.changePassword(
                        userID: viewer.userID, passwordHash: hash, now: context.now)
                else { throw APIError.unauthenticated() }
                return UserMutationPayload(user: user, clientMutationId: input.clientMutationId)
            }
        }
    }

    /// `requestPasswordReset`: the same answer whether or not the account exists; the link goes out by e-mail.
    private static func requestPasswordReset(_ mutation: inout ObjectResolvers<RootValue>) {
        mutation.field("requestPasswordReset") { _, arguments, context in
            let input = InputReader(input: arguments)
            let email = try AccountInputRules.email(input.string("email", default: ""), field: "input.email")
            return .run {
                let token = OpaqueToken.generate()
                _ = try await context.store.accounts.requestPasswordReset(
                    email: email, token: token, tokenHash: OpaqueToken.hash(token),
                    expiresAt: context.now.addingTimeInterval(passwordResetLifetime), now: context.now)
                return SuccessPayload(clientMutationId: input.clientMutationId)
            }
        }
    }

    /// `resetPassword`: a single-use, one-hour token sets a new password and signs every device out.
    private static func resetPassword(_ mutation: inout ObjectResolvers<RootValue>) {
        mutation.field("resetPassword") { _, arguments, context in
            let input = InputReader(input: arguments)
            let tokenHash = OpaqueToken.hash(input.string("token", default: ""))
            let password = input.string("newPassword", default: "")
            try PasswordPolicy.check(password, field: "input.newPassword")
            return .run {
                let hash = try await context.dependencies.passwords.hash(password)
                guard
                    let user = try await context.store.accounts.resetPassword(
                        tokenHash: tokenHash, passwordHash: hash, now: context.now)
                else { throw APIError.badInput("The reset link is invalid, used or expired.", field: "input.token") }
                return UserMutationPayload(user: user, clientMutationId: input.clientMutationId)
            }
        }
    }

    /// Whether `password` matches `hash`, doing the same bcrypt work when there is no hash (unknown account),
    /// so response times do not reveal which addresses have accounts.
    private static func matches(_ password: String, hash: String?, context: RequestContext) async throws -> Bool {
        let passwords = context.dependencies.passwords
        guard let hash else {
            _ = try await passwords.hash(password)
            return false
        }
        // bcrypt reads 72 bytes; a longer password was never accepted, so it cannot be the right one.
        return try await passwords.verify(password, against: hash) && password.utf8.count <= PasswordPolicy.maximumBytes
    }
}
