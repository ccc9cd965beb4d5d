import Foundation
import PostgresNIO
import TutorAPI
import TutorDomain

/// A user inserted straight into the database, with a valid access token for the server.
struct SeededUser: Sendable {
    let id: Int64
    let email: String
    let role: Role
    let token: String

    /// The user's global ID, as clients see it.
    var globalID: String { GlobalID(.user, id).description }
}

/// An approved tutor teaching one subject around the clock (UTC), bookable at once.
struct SeededTutor: Sendable {
    let user: SeededUser
    let profileID: Int64
    let subjectID: Int64

    var globalID: String { GlobalID(.tutor, profileID).description }
    var subjectGlobalID: String { GlobalID(.subject, subjectID).description }
}

/// Arranging the marketplace with SQL, for the tests whose subject is what happens next (races), not sign-up.
/// The scenario tests build theirs through the API instead.
extension MarketplaceServer {
    /// A student account with its profiles, signed in.
    func seedStudent() async throws -> SeededUser {
        try await seedUser(.student)
    }

    /// `count` student accounts, signed in.
    func seedStudents(_ count: Int) async throws -> [SeededUser] {
        var students: [SeededUser] = []
        for _ in 0..<count { students.append(try await seedStudent()) }
        return students
    }

    /// An admin account, signed in.
    func seedAdmin() async throws -> SeededUser {
        try await seedUser(.admin)
    }

    /// An approved tutor charging `rateCents` an hour, available every day around the clock, signed in.
    func seedTutor(rateCents: Int = 6_000, autoConfirm: Bool = false) async throws -> SeededTutor {
        let user = try await seedUser(.tutor)
        let profileID = try await scalar(
            """
            UPDATE tutor_profiles SET hourly_rate_cents = \(rateCents), profile_status = 'approved', is_approved = true,
                auto_confirm = \(autoConfirm)
            WHERE user_id = \(user.id) RETURNING id
            """, as: Int64.self)
        let subjectID = try await scalar(
            """
            WITH subject AS (SELECT id FROM subjects ORDER BY id LIMIT 1), taught AS (
                INSERT INTO tutor_subjects (tutor_profile_id, subject_id, proficiency)
                SELECT \(profileID), id, 'C2' FROM subject
            ), available AS (
                INSERT INTO tutor_availabilities (tutor_profile_id, day_of_week, start_time, end_time)
                SELECT \(profileID), day, '00:00', '24:00' FROM generate_series(0, 6) AS day
            )
            SELECT id FROM subject
            """, as: Int64.self)
        return SeededTutor(user: user, profileID: profileID, subjectID: subjectID)
    }

    /// A paid-for package of `sessions` credits with `tutor`, valid for 60 days; returns its global ID.
    func seedPackage(for student: SeededUser, with tutor: SeededTutor, sessions: Int) async throws -> String {
        let packageID = try await scalar(
            """
            INSERT INTO student_packages (
                student_profile_id, tutor_profile_id, sessions_purchased, sessions_remaining, price_paid_cents,
                purchased_at, expires_at
            )
            SELECT id, \(tutor.profileID), \(sessions), \(sessions), \(sessions * 5_000), now(), now() + interval '60 days'
            FROM student_profiles WHERE user_id = \(student.id)
            RETURNING id
            """, as: Int64.self)
        return GlobalID(.studentPackage, packageID).description
    }

    /// Inserts an active user of `role` with an empty profile and, for students and tutors, their role's (empty,
    /// incomplete) profile; signed in. With `password` the account can also log in: it is hashed at bcrypt's lowest
    /// cost, which `login` honours, so only the test that asks pays for a real hash.
    func seedUser(_ role: Role, password: String? = nil) async throws -> SeededUser {
        let email = "\(role.rawValue)-\(UUID().uuidString.prefix(12).lowercased())@example.com"
        var hash = "not-a-bcrypt-hash"
        if let password { hash = try await PasswordHasher(cost: 4).hash(password) }
        let id = try await scalar(
            """
            WITH account AS (
                INSERT INTO users (email, hashed_password, first_name, last_name, role)
                VALUES (\(email), \(hash), 'Seeded', \(role.rawValue.capitalized), \(role.rawValue))
                RETURNING id, role
            ), profile AS (
                INSERT INTO user_profiles (user_id) SELECT id FROM account
            ), student AS (
                INSERT INTO student_profiles (user_id) SELECT id FROM account WHERE role = 'student'
            ), tutor AS (
                INSERT INTO tutor_profiles (user_id) SELECT id FROM account WHERE role = 'tutor'
            )
            SELECT id FROM account
            """, as: Int64.self)
        return SeededUser(id: id, email: email, role: role, token: tokens.issue(for: Viewer(userID: id, role: role)).token)
    }
}
