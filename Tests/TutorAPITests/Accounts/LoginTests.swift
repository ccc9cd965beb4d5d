import Foundation
import GraphQLEngine
import PostgresNIO
import Testing
import TutorStore

@Suite("API: login")
struct LoginTests {
    @Test("signs in with any case of the address, records the attempt and last login")
    func signsIn() async throws {
        try await APITestHarness.withHarness { harness in
            let user = try await harness.createUser(email: "ada@example.com")
            let response = try await harness.login("ADA@Example.com ")
            #expect(response.result.errors.isEmpty, "\(response.json) \(response.internalErrors)")
            #expect(response.string("login.user.id") == user.globalID)
            #expect(response.value("login.user.lastLoginAt") != .null)
            let token = try #require(response.string("login.accessToken"))
            let viewer = try await harness.execute("{ viewer { id } }", token: token)
            #expect(viewer.string("viewer.id") == user.globalID)
            #expect(
                try await harness.scalar(
                    "SELECT count(*)::int8 FROM login_attempts WHERE email = 'ada@example.com' AND succeeded", as: Int64.self)
                    == 1)
        }
    }

    @Test("a wrong password, an unknown address, a deleted or disabled account all read the same")
    func refusals() async throws {
        try await APITestHarness.withHarness { harness in
            _ = try await harness.createUser(email: "ada@example.com")
            _ = try await harness.createUser(email: "gone@example.com", deleted: true)
            _ = try await harness.createUser(email: "off@example.com", isActive: false)
            let attempts = [
                ("ada@example.com", "wrong password!"), ("nobody@example.com", APITestHarness.password),
                ("gone@example.com", APITestHarness.password), ("off@example.com", APITestHarness.password),
                ("ada@example.com", APITestHarness.password + String(repeating: "x", count: 60)),
            ]
            for (email, password) in attempts {
                let response = try await harness.login(email, password: password)
                #expect(response.onlyErrorCode == .unauthenticated, "\(email): \(response.json)")
                #expect(response.result.errors.first?.message == "Invalid email or password.")
            }
            #expect(
                try await harness.scalar("SELECT count(*)::int8 FROM login_attempts WHERE NOT succeeded", as: Int64.self)
                    == Int64(attempts.count))
            #expect(try await harness.scalar("SELECT count(*)::int8 FROM refresh_tokens", as: Int64.self) == 0)
        }
    }
}
