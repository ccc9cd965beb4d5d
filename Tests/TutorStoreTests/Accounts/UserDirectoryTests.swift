import Foundation
import PostgresNIO
import Testing
import TutorDomain
import TutorStore

@Suite("Accounts store: batches and the staff directory")
struct UserDirectoryTests {
    @Test("batches return every known key once and leave unknown keys out")
    func batches() async throws {
        try await AccountStoreFixture.run { fixture in
            let (student, _) = try await fixture.register(role: .student)
            let (tutor, _) = try await fixture.register(role: .tutor)
            let users = fixture.store.users
            #expect(try await users.users(ids: [student.id, tutor.id, 999]).keys.sorted() == [student.id, tutor.id])
            #expect(try await users.profiles(forUserIDs: [student.id, 999]).keys.sorted() == [student.id])
            let switches = try await users.notificationPreferences(forUserIDs: [tutor.id, 999])
            #expect(switches[tutor.id]?.count == 24 && switches[999] == [])
        }
    }

    @Test("pages run newest first without gaps or repeats, forward and backward, ties broken by ID")
    func keysetPages() async throws {
        try await AccountStoreFixture.run { fixture in
            var created: [UserRow] = []
            for index in 0..<7 {
                // Two users share each instant, so the ID must break ties.
                let instant = fixture.now.addingTimeInterval(Double(index / 2) * 60)
                created.append(try await fixture.register(at: instant).user)
            }
            let newestFirst = created.sorted { ($0.createdAt, $0.id) > ($1.createdAt, $1.id) }.map(\.id)
            let users = fixture.store.users
            var forward: [Int64] = []
            var position: InstantPosition?
            repeat {
                let rows = try await users.list(
                    filter: UserListFilter(), page: KeysetPage(direction: .forward, limit: 3), after: position)
                forward += rows.prefix(3).map(\.id)
                position = rows.count > 3 ? rows[2].position : nil
            } while position != nil
            #expect(forward == newestFirst)

            let oldestPage = try await users.list(
                filter: UserListFilter(), page: KeysetPage(direction: .backward, limit: 3), after: nil)
            #expect(oldestPage.prefix(3).map(\.id) == newestFirst.reversed().prefix(3).map { $0 })
            let beforeOldest = try await users.list(
                filter: UserListFilter(), page: KeysetPage(direction: .backward, limit: 3),
                after: oldestPage[2].position)
            #expect(beforeOldest.prefix(3).map(\.id) == Array(newestFirst.reversed().dropFirst(3).prefix(3)))
        }
    }

    @Test("filters by name or e-mail substring, role and deletion, and counts the same rows")
    func filters() async throws {
        try await AccountStoreFixture.run { fixture in
            _ = try await fixture.register("ada@example.com", role: .student, firstName: "Ada")
            _ = try await fixture.register("grace@example.com", role: .tutor, firstName: "Grace")
            let (gone, _) = try await fixture.register("gone_100%@example.com", role: .tutor, firstName: "Gone")
            _ = try await fixture.client.query("UPDATE users SET deleted_at = now() WHERE id = \(gone.id)", logger: testLogger)
            let users = fixture.store.users
            let page = KeysetPage(direction: .forward, limit: 10)
            func names(_ filter: UserListFilter) async throws -> [String] {
                let rows = try await users.list(filter: filter, page: page, after: nil)
                #expect(try await users.count(filter: filter) == rows.count)
                return rows.map(\.firstName).sorted()
            }
            #expect(try await names(UserListFilter()) == ["Ada", "Grace"])
            #expect(try await names(UserListFilter(includeDeleted: true)) == ["Ada", "Gone", "Grace"])
            #expect(try await names(UserListFilter(role: .tutor, includeDeleted: true)) == ["Gone", "Grace"])
            #expect(try await names(UserListFilter(search: "GRA")) == ["Grace"])
            #expect(try await names(UserListFilter(search: "a@example")) == ["Ada"])
            #expect(try await names(UserListFilter(search: "_100%", includeDeleted: true)) == ["Gone"])
            #expect(try await names(UserListFilter(search: "%")) == [])
        }
    }
}
