import Foundation
import PostgresNIO
import TutorStore

/// Inserts tutors, students and what hangs off them for the tutor repository tests; every call makes new rows.
struct TutorFixtures {
    let client: PostgresClient

    var store: Store { Store(database: Database(client: client, logger: testLogger)) }

    /// A tutor user with a profile; approved unless `status` says otherwise.
    @discardableResult
    func tutor(
        title: String = "", headline: String = "", bio: String = "", description: String = "", rateCents: Int = 5_000,
        rating: Double = 0, languages: [String] = ["en"], status: String = "approved", deleted: Bool = false,
        createdAt: Date = Date()
    ) async throws -> Int64 {
        let email = "tutor-\(UUID().uuidString.prefix(12))@example.com"
        let deletedAt: Date? = deleted ? Date() : nil
        return try await client.query(
            """
            WITH account AS (
                INSERT INTO users (email, hashed_password, first_name, role) VALUES (\(email), 'x', 'Tutor', 'tutor')
                RETURNING id
            )
            INSERT INTO tutor_profiles (user_id, title, headline, bio, description, hourly_rate_cents, average_rating,
                                        languages, profile_status, is_approved, created_at, deleted_at)
            SELECT id, \(title), \(headline), \(bio), \(description), \(rateCents), \(rating)::numeric, \(languages),
                   \(status), \(status == "approved"), \(createdAt), \(deletedAt)
            FROM account RETURNING id
            """,
            logger: testLogger
        ).singleValue(Int64.self)
    }

    /// The user ID behind a tutor profile.
    func userID(ofTutor tutorID: Int64) async throws -> Int64 {
        try await client.query("SELECT user_id FROM tutor_profiles WHERE id = \(tutorID)", logger: testLogger)
            .singleValue(Int64.self)
    }

    /// A student user with a profile; returns the student profile ID.
    func student(firstName: String = "Student") async throws -> Int64 {
        let email = "student-\(UUID().uuidString.prefix(12))@example.com"
        return try await client.query(
            """
            WITH account AS (
                INSERT INTO users (email, hashed_password, first_name, role) VALUES (\(email), 'x', \(firstName), 'student')
                RETURNING id
            )
            INSERT INTO student_profiles (user_id) SELECT id FROM account RETURNING id
            """,
            logger: testLogger
        ).singleValue(Int64.self)
    }

    /// The ID of a seeded subject.
    func subjectID(_ slug: String) async throws -> Int64 {
        try await client.query("SELECT id FROM subjects WHERE slug = \(slug)", logger: testLogger).singleValue(Int64.self)
    }

    /// Makes the tutor teach the subject with `slug`.
    func teach(_ tutorID: Int64, _ slug: String) async throws {
        try await client.query(
            """
            INSERT INTO tutor_subjects (tutor_profile_id, subject_id, proficiency)
            SELECT \(tutorID), id, 'C1' FROM subjects WHERE slug = \(slug)
            """,
            logger: testLogger)
    }

    /// A weekly window on `day`, 09:00–12:00.
    func available(_ tutorID: Int64, on day: Int) async throws {
        try await client.query(
            """
            INSERT INTO tutor_availabilities (tutor_profile_id, day_of_week, start_time, end_time)
            VALUES (\(tutorID), \(day), '09:00', '12:00')
            """,
            logger: testLogger)
    }

    /// A single-session pricing option.
    func pricing(_ tutorID: Int64, priceCents: Int, sortOrder: Int = 0, active: Bool = true) async throws {
        try await client.query(
            """
            INSERT INTO tutor_pricing_options (tutor_profile_id, title, pricing_type, duration_minutes, price_cents,
                                               sort_order, is_active)
            VALUES (\(tutorID), 'One hour', 'single', 60, \(priceCents), \(sortOrder), \(active))
            """,
            logger: testLogger)
    }

    /// A completed booking of `student` with `tutor`, `daysAgo` days back, and its public review.
    @discardableResult
    func review(_ tutorID: Int64, by studentID: Int64, rating: Int, daysAgo: Int, subject: String = "mathematics") async throws -> Int64 {
        let start = Date().addingTimeInterval(-Double(daysAgo) * 86_400)
        return try await client.query(
            """
            WITH booking AS (
                INSERT INTO bookings (tutor_profile_id, student_profile_id, subject_id, start_time, end_time,
                                      session_state, session_outcome, payment_state, hourly_rate_cents, price_cents,
                                      platform_fee_pct, platform_fee_cents, tutor_earnings_cents, tutor_name, student_name)
                SELECT \(tutorID), \(studentID), id, \(start), \(start.addingTimeInterval(3_600)), 'ENDED', 'COMPLETED',
                       'CAPTURED', 5000, 5000, 20, 1000, 4000, 'Tutor', 'Student'
                FROM subjects WHERE slug = \(subject)
                RETURNING id
            )
            INSERT INTO reviews (booking_id, tutor_profile_id, student_profile_id, rating, comment, created_at)
            SELECT id, \(tutorID), \(studentID), \(rating), 'Helpful', \(start.addingTimeInterval(7_200)) FROM booking
            RETURNING id
            """,
            logger: testLogger
        ).singleValue(Int64.self)
    }
}
