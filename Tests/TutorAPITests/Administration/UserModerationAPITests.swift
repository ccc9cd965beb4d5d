import Foundation
import GraphQLEngine
import PostgresNIO
import Testing
import TutorDomain

@testable import TutorAPI

@Suite("deleteUser and restoreUser")
struct UserModerationAPITests {
    static let delete = """
        mutation($input: UserActionInput!) { deleteUser(input: $input) { user { id email deletedAt } clientMutationId } }
        """
    static let restore = """
        mutation($input: UserActionInput!) { restoreUser(input: $input) { user { id deletedAt } } }
        """

    @Test("deleting soft-deletes the user and signs them out everywhere; restoring brings them back; both audited")
    func deleteAndRestore() async throws {
        try await APITestHarness.withHarness { harness in
            let admin = try await harness.createUser(.admin)
            let student = try await harness.createUser(.student)
            let login = try await harness.execute(
                "mutation($input: LoginInput!) { login(input: $input) { refreshToken } }",
                variables: ["input": .object(["email": .string(student.email), "password": .string(APITestHarness.password)])])
            let refreshToken = try #require(login.string("login.refreshToken"), "\(login.json)")

            let deleted = try await harness.execute(
                Self.delete,
                variables: ["input": .object(["userId": .string(student.globalID), "reason": .string("Fake account")])],
                as: admin.viewer)
            #expect(deleted.succeeded, "\(deleted.json)")
            #expect(deleted.string("deleteUser.user.email") == student.email)
            #expect(deleted.string("deleteUser.user.deletedAt") != nil)
            #expect(try await harness.scalar(
                "SELECT count(*)::int8 FROM refresh_tokens WHERE user_id = \(student.id) AND revoked_at IS NULL", as: Int64.self) == 0)
            let refreshed = try await harness.execute(
                "mutation($input: RefreshTokenInput!) { refreshToken(input: $input) { accessToken } }",
                variables: ["input": .object(["refreshToken": .string(refreshToken)])])
            #expect(refreshed.onlyErrorCode != nil, "a deleted user's refresh token must stop working: \(refreshed.json)")
            #expect(try await harness.auditEntries(
                where: "action = 'SOFT_DELETE' AND record_id = \(student.id) AND new_values->>'audit_reason' = 'Fake account'") == 1)

            let restored = try await harness.execute(
                Self.restore, variables: ["input": .object(["userId": .string(student.globalID)])], as: admin.viewer)
            #expect(restored.succeeded, "\(restored.json)")
            #expect(restored.isNull("restoreUser.user.deletedAt"))
            #expect(try await harness.auditEntries(where: "action = 'RESTORE' AND record_id = \(student.id)") == 1)
        }
    }

    @Test("staff cannot delete themselves, an owner, or a deleted user, nor restore a live one; nothing is audited")
    func refusals() async throws {
        try await APITestHarness.withHarness { harness in
            let admin = try await harness.createUser(.admin)
            let owner = try await harness.createUser(.owner)
            let gone = try await harness.createUser(.student, deleted: true)
            let live = try await harness.createUser(.tutor)
            func run(_ document: String, _ user: TestUser, as viewer: TestUser = admin) async throws -> APIResponse {
                try await harness.execute(
                    document, variables: ["input": .object(["userId": .string(user.globalID)])], as: viewer.viewer)
            }

            let own = try await run(Self.delete, admin)
            #expect(own.onlyErrorCode == .badUserInput && own.errorField == "input.userId", "\(own.json)")
            #expect(try await run(Self.delete, owner).onlyErrorCode == .forbidden)
            #expect(try await run(Self.delete, owner, as: owner).onlyErrorCode == .badUserInput)
            #expect(try await run(Self.delete, gone).onlyErrorCode == .conflict)
            #expect(try await run(Self.restore, live).onlyErrorCode == .conflict)

            let badID = try await harness.execute(
                Self.delete, variables: ["input": .object(["userId": .string("not-an-id")])], as: admin.viewer)
            #expect(badID.onlyErrorCode == .badUserInput && badID.errorField == "input.userId")
            let unknown = try await harness.execute(
                Self.delete, variables: ["input": .object(["userId": .string(GlobalID(.user, 999_999).description)])],
                as: admin.viewer)
            #expect(unknown.onlyErrorCode == .notFound)
            #expect(try await harness.auditEntries() == 0)
        }
    }
}
