import Foundation
import GraphQLEngine
import HTTPTypes
import PostgresNIO
import Testing
import TutorDomain

/// A student's account end to end over HTTP: signing up, in and out, rotating refresh tokens, editing the profile
/// and preferences, changing and resetting the password. Passwords are hashed with the server's real bcrypt cost.
@Suite("Account flows over HTTP")
struct AccountFlowHTTPTests {
    static let password = "correct horse battery staple"

    @Test("register, use the access token, log in, rotate the refresh token, log out")
    func signUpSignInRefreshAndOut() async throws {
        try await MarketplaceServer.run { server in
            let registered = try await server.register(email: "Ana.Lima@Example.com", password: Self.password)
            #expect(registered.string("register.user.email") == "ana.lima@example.com")
            #expect(registered.string("register.user.role") == "STUDENT")
            #expect(registered.string("register.clientMutationId") == "sign-up")
            let accessToken = try #require(registered.string("register.accessToken"))

            let viewer = try await server.graphQL("{ viewer { email fullName studentProfile { id } } }", token: accessToken)
            #expect(viewer.string("viewer.fullName") == "Ana Lima", "\(viewer)")
            #expect(viewer.string("viewer.studentProfile.id") != nil)

            let signedIn = try await server.logIn(email: "ANA.LIMA@example.com", password: Self.password)
            let firstRefresh = try #require(signedIn.string("login.refreshToken"), "\(signedIn)")

            let rotated = try await server.refresh(firstRefresh)
            let secondRefresh = try #require(rotated.string("refreshToken.refreshToken"), "\(rotated)")
            #expect(secondRefresh != firstRefresh)
            #expect(rotated.string("refreshToken.accessToken") != nil)

            let loggedOut = try await server.graphQL(
                "mutation Out($input: LogoutInput!) { logout(input: $input) { success } }",
                variables: ["input": .object(["refreshToken": .string(secondRefresh)])])
            #expect(loggedOut.value("logout.success") == .bool(true), "\(loggedOut)")
            #expect(try await server.refresh(secondRefresh).onlyErrorCode == "UNAUTHENTICATED")
            #expect(try await server.refresh(firstRefresh).onlyErrorCode == "UNAUTHENTICATED")

            let forged = try await server.graphQL("{ viewer { email } }", token: accessToken + "x")
            #expect(forged.status == .unauthorized)
            #expect(forged.onlyErrorCode == "UNAUTHENTICATED")
        }
    }

    @Test("edit the profile and preferences, change the password, reset it from the e-mailed link")
    func profileAndPasswords() async throws {
        try await MarketplaceServer.run { server in
            let student = try await server.seedUser(.student, password: Self.password)
            let token = student.token

            let profile = try await server.graphQL(
                """
                mutation Edit($input: UpdateProfileInput!) {
                  updateProfile(input: $input) {
                    user { firstName timezone profile { about } studentProfile { gradeLevel learningGoals } }
                  }
                }
                """,
                variables: [
                    "input": .object([
                        "firstName": .string("Bo"), "timezone": .string("Europe/Lisbon"), "about": .string("Night owl."),
                        "gradeLevel": .string("UNIVERSITY"), "learningGoals": .string("Pass calculus."),
                    ])
                ], token: token)
            #expect(profile.string("updateProfile.user.timezone") == "Europe/Lisbon", "\(profile)")
            #expect(profile.string("updateProfile.user.profile.about") == "Night owl.")
            #expect(profile.string("updateProfile.user.studentProfile.gradeLevel") == "UNIVERSITY")

            let preferences = try await server.graphQL(
                """
                mutation Prefs($input: UpdateNotificationPreferencesInput!) {
                  updateNotificationPreferences(input: $input) { preferences { channel category isEnabled } }
                }
                """,
                variables: [
                    "input": .object([
                        "preferences": .list([
                            .object([
                                "channel": .string("EMAIL"), "category": .string("MARKETING"), "isEnabled": .bool(false),
                            ])
                        ])
                    ])
                ], token: token)
            let marketing = preferences.value("updateNotificationPreferences.preferences")?.listValue?.first {
                $0["channel"] == .string("EMAIL") && $0["category"] == .string("MARKETING")
            }
            #expect(marketing?["isEnabled"] == .bool(false), "\(preferences)")

            let changed = try await server.graphQL(
                "mutation Change($input: ChangePasswordInput!) { changePassword(input: $input) { user { email } } }",
                variables: [
                    "input": .object([
                        "currentPassword": .string(Self.password), "newPassword": .string("a brand new passphrase"),
                    ])
                ], token: token)
            #expect(changed.string("changePassword.user.email") == student.email, "\(changed)")
            #expect(try await server.logIn(email: student.email, password: Self.password).onlyErrorCode == "UNAUTHENTICATED")

            let requested = try await server.graphQL(
                "mutation Forgot($input: RequestPasswordResetInput!) { requestPasswordReset(input: $input) { success } }",
                variables: ["input": .object(["email": .string(student.email)])])
            #expect(requested.value("requestPasswordReset.success") == .bool(true), "\(requested)")
            let resetToken = try await server.scalar(
                "SELECT payload->>'token' FROM outbox WHERE topic = 'account.password_reset_requested'", as: String.self)

            let reset = try await server.graphQL(
                "mutation Reset($input: ResetPasswordInput!) { resetPassword(input: $input) { user { fullName } } }",
                variables: [
                    "input": .object(["token": .string(resetToken), "newPassword": .string("the reset passphrase")])
                ])
            // Signed out, the caller sees the account but not its e-mail address.
            #expect(reset.string("resetPassword.user.fullName") == "Bo Student", "\(reset)")
            let signedIn = try await server.logIn(email: student.email, password: "the reset passphrase")
            #expect(signedIn.string("login.user.email") == student.email, "\(signedIn)")
        }
    }
}

/// The sign-in mutations as a client sends them.
extension MarketplaceServer {
    /// `register` a student with `email` and `password`, named Ana Lima, echoing `sign-up`.
    func register(email: String, password: String, role: String = "STUDENT") async throws -> MarketplaceResponse {
        try await graphQL(
            """
            mutation SignUp($input: RegisterInput!) {
              register(input: $input) { accessToken refreshToken user { id email role } clientMutationId }
            }
            """,
            variables: [
                "input": .object([
                    "email": .string(email), "password": .string(password), "firstName": .string("Ana"),
                    "lastName": .string("Lima"), "role": .string(role), "clientMutationId": .string("sign-up"),
                ])
            ])
    }

    /// `login` with `email` and `password`.
    func logIn(email: String, password: String) async throws -> MarketplaceResponse {
        try await graphQL(
            """
            mutation SignIn($input: LoginInput!) { login(input: $input) { accessToken refreshToken user { email } } }
            """,
            variables: ["input": .object(["email": .string(email), "password": .string(password)])])
    }

    /// `refreshToken` trading `refreshToken` for a new pair.
    func refresh(_ refreshToken: String) async throws -> MarketplaceResponse {
        try await graphQL(
            "mutation Refresh($input: RefreshTokenInput!) { refreshToken(input: $input) { accessToken refreshToken } }",
            variables: ["input": .object(["refreshToken": .string(refreshToken)])])
    }
}
