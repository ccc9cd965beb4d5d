import Foundation
import PostgresNIO
import TutorDomain

@testable import TutorAPI

/// Tutor profiles and their parts, inserted straight into the harness's database for the tutor API tests.
struct TutorAPIFixture {
    let harness: APITestHarness

    /// A tutor user whose profile is filled in and in `status` (approved by default), optionally deleted.
    func tutor(
        title: String = "Mathematics tutor", bio: String = "Patient exam preparation.", rateCents: Int = 4_500,
        status: String = "approved", deleted: Bool = false, firstName: String = "Tess"
    ) async throws -> TestUser {
        let user = try await harness.createUser(.tutor, firstName: firstName)
        try await harness.client.query(
            """
            UPDATE tutor_profiles SET title = \(title), bio = \(bio), hourly_rate_cents = \(rateCents),
                   languages = '{en,fr}', badges = '{verified}', profile_status = \(status),
                   is_approved = \(status == "approved"), deleted_at = \(deleted ? harness.clock.now() : nil)
            WHERE user_id = \(user.id)
            """,
            logger: APITestHarness.logger)
        return user
    }

    /// The tutor profile ID of a tutor user.
    func tutorID(_ user: TestUser) async throws -> Int64 {
        try requireValue(try await harness.scalar("SELECT id FROM tutor_profiles WHERE user_id = \(user.id)", as: Int64.self))
    }

    /// The student profile ID of a student user.
    func studentID(_ user: TestUser) async throws -> Int64 {
        try requireValue(try await harness.scalar("SELECT id FROM student_profiles WHERE user_id = \(user.id)", as: Int64.self))
    }

    /// The global ID of a tutor user's profile.
    func tutorGlobalID(_ user: TestUser) async throws -> String {
        GlobalID(.tutor, try await tutorID(user)).description
    }

    /// Makes the tutor teach the subject with `slug`.
    func teach(_ tutor: TestUser, _ slug: String, primary: Bool = false) async throws {
        try await harness.client.query(
            """
            INSERT INTO tutor_subjects (tutor_profile_id, subject_id, proficiency, is_primary)
            SELECT tp.id, s.id, 'Native', \(primary) FROM tutor_profiles tp, subjects s
            WHERE tp.user_id = \(tutor.id) AND s.slug = \(slug)
            """,
            logger: APITestHarness.logger)
    }

    /// A single-session pricing option of the tutor.
    func pricing(_ tutor: TestUser, priceCents: Int) async throws {
        try await harness.client.query(
            """
            INSERT INTO tutor_pricing_options (tutor_profile_id, title, pricing_type, duration_minutes, price_cents)
            SELECT id, 'One hour', 'single', 60, \(priceCents) FROM tutor_profiles WHERE user_id = \(tutor.id)
            """,
            logger: APITestHarness.logger)
    }

    /// The global ID of the global `Subject` with `slug`.
    func subjectGlobalID(_ slug: String) async throws -> String {
        let id = try requireValue(try await harness.scalar("SELECT id FROM subjects WHERE slug = \(slug)", as: Int64.self))
        return GlobalID(.subject, id).description
    }
}

/// `#require` for a value fetched in a helper, where a missing row is a broken fixture.
func requireValue<Value>(_ value: Value?, _ what: String = "fixture row") throws -> Value {
    guard let value else { throw FixtureError(statement: what) }
    return value
}
