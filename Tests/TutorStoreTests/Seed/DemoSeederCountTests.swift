import Foundation
import PostgresNIO
import Testing
import TutorStore

/// The demo data has the size and variety the README promises.
@Suite struct DemoSeederCountTests {
    @Test func insertsTheDemoAccountsAndProfiles() async throws {
        try await SeededDatabase.reading { database, summary in
            #expect(summary.alreadySeeded == false)
            #expect(summary.insertedRows["users"] == 252)
            #expect(summary.insertedRows["bookings"] == 1_000)
            let roles = try await database.strings("SELECT role || ':' || count(*) FROM users GROUP BY role ORDER BY role")
            #expect(roles == ["admin:1", "owner:1", "student:200", "tutor:50"])
            #expect(try await database.integer("SELECT count(*) FROM tutor_profiles") == 50)
            #expect(try await database.integer("SELECT count(*) FROM student_profiles") == 200)
            #expect(try await database.integer("SELECT count(*) FROM subjects") >= 8)
            let emails = try await database.strings(
                """
                SELECT email FROM users
                WHERE email IN ('admin@example.com', 'owner@example.com', 'tutor50@example.com', 'student200@example.com')
                ORDER BY email
                """
            )
            #expect(emails == ["admin@example.com", "owner@example.com", "student200@example.com", "tutor50@example.com"])
            #expect(try await database.integer("SELECT count(DISTINCT hashed_password) FROM users") == 1)
        }
    }
}
