import Foundation
import PostgresNIO
import TutorStore
import TutorTestSupport

/// A store over a fresh database, with SQL shortcuts for the users, tutor profiles, reports, bookings and refresh
/// tokens the staff actions and review writes are tested on, and counters for what a write left behind.
struct AdministrationStoreFixture {
    let client: PostgresClient
    let store: Store
    /// One instant for every write, so stored timestamps can be compared exactly.
    let now = Date(timeIntervalSince1970: 1_800_000_000)

    /// Runs `body` with a fixture over a fresh database.
    static func run(_ body: (AdministrationStoreFixture) async throws -> Void) async throws {
        try await TestDatabase.withFreshDatabase { client, _ in
            try await body(
                AdministrationStoreFixture(client: client, store: Store(database: Database(client: client, logger: testLogger))))
        }
    }

    /// A user of `role`, with a student or tutor profile for those roles; returns the user ID and the profile ID
    /// (the user ID again for staff).
    func person(_ role: String, deleted: Bool = false) async throws -> (userID: Int64, profileID: Int64) {
        let userID = try await value(
            """
            INSERT INTO users (email, hashed_password, first_name, role, deleted_at)
            VALUES (\(UUID().uuidString + "@example.com"), 'secret-hash', 'Test', \(role),
                    CASE WHEN \(deleted) THEN now() END)
            RETURNING id
            """)
        switch role {
        case "student": return (userID, try await value("INSERT INTO student_profiles (user_id) VALUES (\(userID)) RETURNING id"))
        case "tutor": return (userID, try await value("INSERT INTO tutor_profiles (user_id) VALUES (\(userID)) RETURNING id"))
        default: return (userID, userID)
        }
    }

    /// A tutor whose profile waits for approval, with its pending approval request; returns the profile ID.
    func pendingTutor() async throws -> Int64 {
        let profileID = try await person("tutor").profileID
        try await execute(
            """
            UPDATE tutor_profiles SET profile_status = 'pending_approval', title = 'Algebra coach' WHERE id = \(profileID)
            """)
        try await execute("INSERT INTO tutor_approval_requests (tutor_profile_id) VALUES (\(profileID))")
        return profileID
    }

    /// An open report by a new student about user `targetUserID`.
    func report(about targetUserID: Int64) async throws -> Int64 {
        let reporter = try await person("student").userID
        return try await value(
            """
            INSERT INTO reports (reporter_user_id, target_type, target_id, reason, details)
            VALUES (\(reporter), 'user', \(targetUserID), 'spam', 'Sends links') RETURNING id
            """)
    }

    /// A one-hour booking that ended as `outcome` (state ENDED when COMPLETED, else as given).
    func booking(
        tutorProfile: Int64, studentProfile: Int64, hour: Int = 0, state: String = "ENDED", outcome: String? = "COMPLETED"
    ) async throws -> Int64 {
        let start = now.addingTimeInterval(Double(hour - 1_000) * 3_600)
        return try await value(
            """
            INSERT INTO bookings (
                tutor_profile_id, student_profile_id, start_time, end_time, session_state, session_outcome,
                payment_state, hourly_rate_cents, price_cents, platform_fee_pct, platform_fee_cents,
                tutor_earnings_cents, tutor_name, student_name
            ) VALUES (
                \(tutorProfile), \(studentProfile), \(start), \(start.addingTimeInterval(3_600)), \(state), \(outcome),
                'CAPTURED', 5000, 5000, 20, 1000, 4000, 'Tutor', 'Student'
            ) RETURNING id
            """)
    }

    /// A live refresh token of `userID`.
    func refreshToken(of userID: Int64) async throws {
        let hash = String(repeating: "0", count: 48) + String(format: "%016llx", UInt64.random(in: 0...UInt64.max))
        try await execute(
            """
            INSERT INTO refresh_tokens (user_id, token_hash, expires_at) VALUES (\(userID), \(hash), now() + interval '30 days')
            """)
    }

    /// How many rows `table` holds (a table name chosen by the test).
    func count(_ table: String, where condition: String = "true") async throws -> Int64 {
        try await value("SELECT count(*)::int8 FROM \(unescaped: table) WHERE \(unescaped: condition)")
    }

    /// The only value of a one-row, one-column query.
    func value<Value: PostgresDecodable & Sendable>(_ query: PostgresQuery, as type: Value.Type = Int64.self) async throws -> Value {
        try await client.query(query, logger: testLogger).singleValue(Value.self)
    }

    /// Runs a statement for its effect.
    func execute(_ query: PostgresQuery) async throws {
        _ = try await client.query(query, logger: testLogger).collect()
    }
}
