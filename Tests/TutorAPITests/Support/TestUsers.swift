import Foundation
import PostgresNIO
import TutorDomain
import TutorStore

@testable import TutorAPI

/// A user the harness inserted, with what a test needs to act as them or refer to them.
struct TestUser: Sendable, Hashable {
    let id: Int64
    let email: String
    let role: Role

    /// The viewer a valid access token of this user stands for.
    var viewer: Viewer { Viewer(userID: id, role: role) }
    /// The user's global ID, as clients see it.
    var globalID: String { GlobalID(.user, id).description }
}

extension APITestHarness {
    /// Inserts a user straight into the database, with an empty profile and, for students and tutors,
    /// their role's (incomplete) profile; signs in with `APITestHarness.password`.
    ///
    /// Fast (one statement, bcrypt at cost 4), so tests can make dozens of users.
    func createUser(
        _ role: Role = .student, email: String? = nil, firstName: String = "Test", lastName: String = "User",
        isActive: Bool = true, deleted: Bool = false, createdAt: Date? = nil
    ) async throws -> TestUser {
        let email = email ?? "\(role.rawValue)-\(UUID().uuidString.prefix(12).lowercased())@example.com"
        let hash = try await dependencies.passwords.hash(Self.password)
        let createdAt = createdAt ?? clock.now()
        let deletedAt = deleted ? clock.now() : nil
        let rows = try await client.query(
            """
            WITH account AS (
                INSERT INTO users (email, hashed_password, first_name, last_name, role, is_active, created_at, deleted_at)
                VALUES (\(email), \(hash), \(firstName), \(lastName), \(role.rawValue), \(isActive), \(createdAt), \(deletedAt))
                RETURNING id, role
            ), profile AS (
                INSERT INTO user_profiles (user_id) SELECT id FROM account
            ), student AS (
                INSERT INTO student_profiles (user_id) SELECT id FROM account WHERE role = 'student'
            ), tutor AS (
                INSERT INTO tutor_profiles (user_id) SELECT id FROM account WHERE role = 'tutor'
            )
            SELECT id FROM account
            """,
            logger: Self.logger
        )
        var id: Int64 = 0
        for try await value in rows.decode(Int64.self) { id = value }
        return TestUser(id: id, email: email, role: role)
    }

    /// A signed access token for `user`, valid for 15 minutes of harness time.
    func token(for user: TestUser) -> String {
        dependencies.tokens.issue(for: user.viewer).token
    }

    /// The single value of a one-row, one-column query, for checking what a mutation wrote.
    func scalar<Value: PostgresDecodable & Sendable>(_ query: PostgresQuery, as type: Value.Type) async throws -> Value? {
        var value: Value?
        for try await row in try await client.query(query, logger: Self.logger).decode(Value.self) { value = row }
        return value
    }
}
