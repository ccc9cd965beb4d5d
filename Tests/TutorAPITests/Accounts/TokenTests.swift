import Foundation
import GraphQLEngine
import PostgresNIO
import Testing
import TutorAPI
import TutorStore

@Suite("API: refreshToken and logout")
struct TokenTests {
    @Test("refreshing rotates: new tokens work, the old refresh token is spent")
    func rotation() async throws {
        try await APITestHarness.withHarness { harness in
            let user = try await harness.createUser()
            let first = try #require(try await harness.login(user.email).string("login.refreshToken"))
            let refreshed = try await harness.refresh(first)
            #expect(refreshed.result.errors.isEmpty, "\(refreshed.json)")
            #expect(refreshed.string("refreshToken.user.id") == user.globalID)
            let second = try #require(refreshed.string("refreshToken.refreshToken"))
            #expect(second != first)
            let access = try #require(refreshed.string("refreshToken.accessToken"))
            #expect(try await harness.execute("{ viewer { id } }", token: access).string("viewer.id") == user.globalID)
            #expect(try await harness.refresh(second).result.errors.isEmpty)
        }
    }

    @Test("replaying a spent refresh token signs out its whole sign-in, but not other devices")
    func reuseDetection() async throws {
        try await APITestHarness.withHarness { harness in
            let user = try await harness.createUser()
            let stolen = try #require(try await harness.login(user.email).string("login.refreshToken"))
            let otherDevice = try #require(try await harness.login(user.email).string("login.refreshToken"))
            let current = try #require(try await harness.refresh(stolen).string("refreshToken.refreshToken"))

            let replay = try await harness.refresh(stolen)
            #expect(replay.onlyErrorCode == .unauthenticated)
            #expect(replay.result.errors.first?.message.contains("already used") == true)
            #expect(try await harness.refresh(current).onlyErrorCode == .unauthenticated)
            #expect(try await harness.refresh(otherDevice).result.errors.isEmpty)
        }
    }

    @Test("unknown and expired refresh tokens are refused")
    func refusals() async throws {
        try await APITestHarness.withHarness { harness in
            #expect(try await harness.refresh("made-up").onlyErrorCode == .unauthenticated)
            let user = try await harness.createUser()
            let token = try #require(try await harness.login(user.email).string("login.refreshToken"))
            harness.clock.advance(by: 31 * 86_400)
            #expect(try await harness.refresh(token).onlyErrorCode == .unauthenticated)
        }
    }

    @Test("a deleted account cannot refresh")
    func deletedAccount() async throws {
        try await APITestHarness.withHarness { harness in
            let user = try await harness.createUser()
            let token = try #require(try await harness.login(user.email).string("login.refreshToken"))
            _ = try await harness.client.query("UPDATE users SET deleted_at = now() WHERE id = \(user.id)", logger: APITestHarness.logger)
            #expect(try await harness.refresh(token).onlyErrorCode == .unauthenticated)
        }
    }

    @Test("logout revokes the token; unknown tokens are no error")
    func logout() async throws {
        try await APITestHarness.withHarness { harness in
            let user = try await harness.createUser()
            let token = try #require(try await harness.login(user.email).string("login.refreshToken"))
            let response = try await harness.execute(
                AccountDocuments.logout, variables: AccountDocuments.input(["refreshToken": token, "clientMutationId": "bye"]))
            #expect(response.value("logout.success") == .bool(true))
            #expect(response.string("logout.clientMutationId") == "bye")
            #expect(try await harness.refresh(token).onlyErrorCode == .unauthenticated)
            let unknown = try await harness.execute(
                AccountDocuments.logout, variables: AccountDocuments.input(["refreshToken": "nothing"]))
            #expect(unknown.value("logout.success") == .bool(true))
        }
    }

    @Test("access tokens expire after 15 minutes")
    func accessTokenExpiry() async throws {
        try await APITestHarness.withHarness { harness in
            let user = try await harness.createUser()
            let token = harness.token(for: user)
            harness.clock.advance(by: 15 * 60 + 1)
            await #expect(throws: APIError.self) { _ = try await harness.execute("{ viewer { id } }", token: token) }
        }
    }
}
