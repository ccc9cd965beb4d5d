import Foundation
import PostgresNIO
import Testing
import TutorStore
import TutorTestSupport

/// Seeding is idempotent and deterministic.
@Suite struct DemoSeederRunTests {
    @Test func secondRunInsertsNothing() async throws {
        try await SeededDatabase.fresh { database, first in
            let before = try await rowCounts(database)
            let second = try await DemoSeeder(database: database, now: SeededDatabase.now.addingTimeInterval(3_600))
                .seed(passwordHash: SeededDatabase.passwordHash)
            #expect(second == .alreadySeeded)
            #expect(second.totalRows == 0)
            #expect(try await rowCounts(database) == before)
            #expect(first.totalRows == before.values.reduce(0, +) - referenceRows(before))
        }
    }

    @Test func sameInstantGivesTheSameData() async throws {
        let first = try await SeededDatabase.fresh { database, _ in try await fingerprint(database) }
        let second = try await SeededDatabase.fresh { database, _ in try await fingerprint(database) }
        #expect(first == second)
    }

    /// Rows in the tables the seed fills (plus the migrations' reference tables).
    private func rowCounts(_ database: Database) async throws -> [String: Int] {
        var counts: [String: Int] = [:]
        for table in Self.tables {
            counts[table] = try await database.integer(PostgresQuery(unsafeSQL: "SELECT count(*) FROM \(table)"))
        }
        return counts
    }

    /// Rows the migrations put in the counted tables, which the seed did not insert.
    private func referenceRows(_ counts: [String: Int]) -> Int {
        counts["subjects", default: 0]
    }

    /// A digest of the generated content, independent of ids.
    private func fingerprint(_ database: Database) async throws -> [String] {
        try await database.strings(
            """
            SELECT md5(string_agg(concat_ws('|', u.email, b.start_time, b.session_state, b.session_outcome,
                                            b.payment_state, b.dispute_state, b.price_cents, b.tutor_name), ','
                                  ORDER BY b.start_time, u.email))
            FROM bookings b JOIN tutor_profiles t ON t.id = b.tutor_profile_id JOIN users u ON u.id = t.user_id
            UNION ALL
            SELECT md5(string_agg(concat_ws('|', u.email, t.title, t.bio, t.hourly_rate_cents), ',' ORDER BY u.email))
            FROM tutor_profiles t JOIN users u ON u.id = t.user_id
            """
        )
    }

    private static let tables = [
        "users", "user_profiles", "user_notification_preferences", "subjects", "tutor_profiles", "tutor_subjects",
        "tutor_certifications", "tutor_education", "tutor_availabilities", "tutor_blackouts", "tutor_pricing_options",
        "tutor_approval_requests", "student_profiles", "student_subject_interests", "favorite_tutors", "student_notes",
        "student_packages", "bookings", "booking_events", "session_materials", "payments", "refunds", "payouts",
        "payout_items", "reviews", "conversations", "messages", "message_attachments", "notifications", "reports",
        "audit_log",
    ]
}
