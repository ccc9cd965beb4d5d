import Foundation
import PostgresNIO

/// Inserts the smallest valid rows the schema tests build on; every call makes new, unrelated rows.
struct SchemaFixtures {
    let client: PostgresClient

    /// A user with a unique address unless `email` is given.
    func user(email: String? = nil, role: String = "student") async throws -> Int {
        let email = email ?? "user-\(UUID().uuidString.prefix(8))@example.com"
        return try await client.query(
            """
            INSERT INTO users (email, hashed_password, first_name, role)
            VALUES (\(email), 'not-a-real-hash', 'Test', \(role)) RETURNING id
            """,
            logger: testLogger
        ).singleValue(Int.self)
    }

    func tutorProfile(rateCents: Int = 5_000, title: String = "", bio: String = "") async throws -> Int {
        let userID = try await user(role: "tutor")
        return try await client.query(
            """
            INSERT INTO tutor_profiles (user_id, hourly_rate_cents, title, bio)
            VALUES (\(userID), \(rateCents), \(title), \(bio)) RETURNING id
            """,
            logger: testLogger
        ).singleValue(Int.self)
    }

    func studentProfile() async throws -> Int {
        let userID = try await user()
        return try await client.query(
            "INSERT INTO student_profiles (user_id) VALUES (\(userID)) RETURNING id", logger: testLogger
        ).singleValue(Int.self)
    }

    /// A one-lesson booking priced at $50 with the 20 % fee; terminal states get the NOT_HELD outcome they require.
    func booking(
        tutor: Int, student: Int, start: Date, end: Date, sessionState: String = "REQUESTED"
    ) async throws -> Int {
        let isTerminal = ["ENDED", "CANCELLED", "EXPIRED"].contains(sessionState)
        let outcome: String? = isTerminal ? "NOT_HELD" : nil
        return try await client.query(
            """
            INSERT INTO bookings (
                tutor_profile_id, student_profile_id, start_time, end_time, session_state, session_outcome,
                hourly_rate_cents, price_cents, platform_fee_pct, platform_fee_cents, tutor_earnings_cents,
                tutor_name, student_name
            ) VALUES (
                \(tutor), \(student), \(start), \(end), \(sessionState), \(outcome),
                5000, 5000, 20, 1000, 4000, 'Tutor', 'Student'
            ) RETURNING id
            """,
            logger: testLogger
        ).singleValue(Int.self)
    }
}
