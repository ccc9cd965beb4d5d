import Foundation
import PostgresNIO
import TutorStore
import TutorTestSupport

/// A store over a fresh database, and SQL shortcuts for the tutors, students, bookings and reviews the read
/// repositories are tested against.
struct BookingStoreFixture {
    let client: PostgresClient
    let store: Store

    /// Runs `body` with a fixture over a fresh database.
    static func run(_ body: (BookingStoreFixture) async throws -> Void) async throws {
        try await TestDatabase.withFreshDatabase { client, _ in
            try await body(BookingStoreFixture(client: client, store: Store(database: Database(client: client, logger: testLogger))))
        }
    }

    /// A user of `role` with that role's profile; returns the user ID and the profile ID.
    func person(_ role: String) async throws -> (userID: Int64, profileID: Int64) {
        let table = role == "tutor" ? "tutor_profiles" : "student_profiles"
        let userID = try await client.query(
            """
            INSERT INTO users (email, hashed_password, first_name, role)
            VALUES (\(UUID().uuidString + "@example.com"), 'not-a-real-hash', 'Test', \(role)) RETURNING id
            """,
            logger: testLogger
        ).singleValue(Int64.self)
        let profileID = try await client.query(
            "INSERT INTO \(unescaped: table) (user_id) VALUES (\(userID)) RETURNING id", logger: testLogger
        ).singleValue(Int64.self)
        return (userID, profileID)
    }

    /// A completed one-hour booking at `start` priced 5,000 cents with a 20 % fee.
    func booking(tutorProfile: Int64, studentProfile: Int64, start: Date) async throws -> Int64 {
        try await client.query(
            """
            INSERT INTO bookings (
                tutor_profile_id, student_profile_id, start_time, end_time, session_state, session_outcome,
                payment_state, hourly_rate_cents, price_cents, platform_fee_pct, platform_fee_cents,
                tutor_earnings_cents, tutor_name, student_name
            ) VALUES (
                \(tutorProfile), \(studentProfile), \(start), \(start.addingTimeInterval(3_600)), 'ENDED', 'COMPLETED',
                'CAPTURED', 5000, 5000, 20, 1000, 4000, 'Tutor', 'Student'
            ) RETURNING id
            """,
            logger: testLogger
        ).singleValue(Int64.self)
    }

    /// A review of `booking`, written at `createdAt` (an SQL timestamp expression chosen by the test).
    @discardableResult
    func review(booking: Int64, createdAt: String, isPublic: Bool = true, deleted: Bool = false) async throws -> Int64 {
        try await client.query(
            """
            INSERT INTO reviews (booking_id, tutor_profile_id, student_profile_id, rating, is_public, created_at, deleted_at)
            SELECT id, tutor_profile_id, student_profile_id, 5, \(isPublic), \(unescaped: createdAt),
                   CASE WHEN \(deleted) THEN now() END
            FROM bookings WHERE id = \(booking) RETURNING id
            """,
            logger: testLogger
        ).singleValue(Int64.self)
    }
}
