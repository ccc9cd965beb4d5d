import Foundation
import GraphQLEngine
import PostgresNIO
import Testing
import TutorDomain
import TutorStore

@Suite("API: users, the staff directory")
struct UserDirectoryQueryTests {
    static let page = """
        query($first: Int, $after: String, $last: Int, $before: String, $filter: UserFilter) {
          users(first: $first, after: $after, last: $last, before: $before, filter: $filter) {
            totalCount
            pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
            edges { cursor node { id firstName } }
          }
        }
        """

    @Test("pages forward and backward, newest first, without gaps or repeats while users sign up in between")
    func pagination() async throws {
        try await APITestHarness.withHarness { harness in
            let admin = try await harness.createUser(.admin, firstName: "Admin", createdAt: harness.clock.now().addingTimeInterval(-3600))
            var users: [TestUser] = []
            for index in 0..<7 {
                users.append(
                    try await harness.createUser(
                        firstName: "User\(index)", createdAt: harness.clock.now().addingTimeInterval(Double(index))))
            }
            let newestFirst = (users.reversed() + [admin]).map(\.globalID)

            var seen: [String] = []
            var after: Value = .null
            while true {
                let response = try await harness.execute(
                    Self.page, variables: ["first": .int(3), "after": after], as: admin.viewer)
                #expect(response.result.errors.isEmpty, "\(response.json) \(response.internalErrors)")
                seen += response.value("users.edges")?.listValue?.compactMap { $0["node"]?["id"]?.stringValue } ?? []
                // A newer sign-up between pages must not shift the pages that follow.
                _ = try await harness.createUser(firstName: "Late", createdAt: harness.clock.now().addingTimeInterval(100))
                guard response.value("users.pageInfo.hasNextPage") == .bool(true) else { break }
                after = response.value("users.pageInfo.endCursor") ?? .null
            }
            #expect(seen == newestFirst)

            let last = try await harness.execute(
                Self.page, variables: ["last": .int(3), "filter": .object(["role": .string("STUDENT")])], as: admin.viewer)
            let lastIDs = last.value("users.edges")?.listValue?.compactMap { $0["node"]?["id"]?.stringValue }
            #expect(lastIDs == users.prefix(3).reversed().map(\.globalID))
            #expect(last.value("users.pageInfo.hasPreviousPage") == .bool(true))
            let before = try await harness.execute(
                Self.page,
                variables: [
                    "last": .int(3), "before": last.value("users.pageInfo.startCursor") ?? .null,
                    "filter": .object(["role": .string("STUDENT")]),
                ],
                as: admin.viewer)
            let beforeIDs = before.value("users.edges")?.listValue?.compactMap { $0["node"]?["id"]?.stringValue }
            #expect(beforeIDs == users.dropFirst(3).prefix(3).reversed().map(\.globalID))
        }
    }

    @Test("filters by search, role and deletion; totalCount follows the filter")
    func filters() async throws {
        try await APITestHarness.withHarness { harness in
            let admin = try await harness.createUser(.admin, firstName: "Admin")
            _ = try await harness.createUser(.tutor, email: "grace@example.com", firstName: "Grace")
            _ = try await harness.createUser(.tutor, firstName: "Gone", deleted: true)
            _ = try await harness.createUser(.student, firstName: "Ada")
            func names(_ filter: ObjectValue) async throws -> ([String], Int?) {
                let response = try await harness.execute(Self.page, variables: ["filter": .object(filter)], as: admin.viewer)
                let names = response.value("users.edges")?.listValue?.compactMap { $0["node"]?["firstName"]?.stringValue }
                return ((names ?? []).sorted(), response.value("users.totalCount")?.intValue)
            }
            #expect(try await names([:]) == (["Ada", "Admin", "Grace"], 3))
            #expect(try await names(["role": .string("TUTOR")]) == (["Grace"], 1))
            #expect(try await names(["role": .string("TUTOR"), "includeDeleted": .bool(true)]) == (["Gone", "Grace"], 2))
            #expect(try await names(["search": .string("GRACE@")]) == (["Grace"], 1))
        }
    }

    @Test("page sizes above 100 and foreign cursors are BAD_USER_INPUT")
    func badArguments() async throws {
        try await APITestHarness.withHarness { harness in
            let admin = try await harness.createUser(.admin)
            let tooMany = try await harness.execute(Self.page, variables: ["first": .int(101)], as: admin.viewer)
            #expect(tooMany.onlyErrorCode == .badUserInput && tooMany.errorField == "first")
            let foreign = try await harness.execute(Self.page, variables: ["after": .string("Zm9v")], as: admin.viewer)
            #expect(foreign.onlyErrorCode == .badUserInput && foreign.errorField == "after")
        }
    }

    @Test("nested profiles and languages cost the same statements for 5 users as for 50")
    func statementCount() async throws {
        try await APITestHarness.withHarness { harness in
            let admin = try await harness.createUser(.admin)
            let query = """
                query($first: Int) {
                  users(first: $first) {
                    edges { node { email profile { about preferredLanguage { name } } notificationPreferences { channel } } }
                  }
                }
                """
            for index in 0..<50 { _ = try await harness.createUser(firstName: "User\(index)") }
            _ = try await harness.client.query("UPDATE user_profiles SET preferred_language = 'en'", logger: APITestHarness.logger)
            let five = try await harness.execute(query, variables: ["first": .int(5)], as: admin.viewer)
            let fifty = try await harness.execute(query, variables: ["first": .int(50)], as: admin.viewer)
            #expect(five.result.errors.isEmpty && fifty.result.errors.isEmpty, "\(fifty.json)")
            #expect(fifty.value("users.edges")?.listValue?.count == 50)
            // The page, then one batch per level: profiles, then their languages (switches are hidden from staff).
            #expect(five.statements == 3)
            #expect(fifty.statements == five.statements)
        }
    }
}
