import Foundation
import PostgresNIO
import Testing
import TutorStore

/// Tutor profiles are varied, searchable and carry statistics that match their reviews and sessions.
@Suite struct DemoSeederProfileTests {
    @Test func tutorsSpanTheApprovalWorkflow() async throws {
        try await SeededDatabase.reading { database, _ in
            let statuses = try await database.strings(
                "SELECT profile_status || ':' || count(*) FROM tutor_profiles GROUP BY profile_status ORDER BY 1"
            )
            #expect(statuses == ["approved:44", "archived:1", "incomplete:1", "pending_approval:3", "rejected:1"])
            #expect(try await database.integer("SELECT count(*) FROM tutor_profiles WHERE deleted_at IS NOT NULL") == 1)
            let incompleteSetups = try await database.integer(
                """
                SELECT count(*) FROM tutor_profiles t WHERE
                    (SELECT count(*) FROM tutor_subjects s WHERE s.tutor_profile_id = t.id) NOT BETWEEN 1 AND 4
                    OR (SELECT count(*) FROM tutor_subjects s WHERE s.tutor_profile_id = t.id AND s.is_primary) <> 1
                    OR (SELECT count(*) FROM tutor_pricing_options o WHERE o.tutor_profile_id = t.id) NOT BETWEEN 2 AND 4
                    OR NOT EXISTS (SELECT 1 FROM tutor_availabilities a WHERE a.tutor_profile_id = t.id)
                    OR NOT EXISTS (SELECT 1 FROM tutor_blackouts b WHERE b.tutor_profile_id = t.id)
                    OR NOT EXISTS (SELECT 1 FROM tutor_education e WHERE e.tutor_profile_id = t.id)
                    OR NOT EXISTS (SELECT 1 FROM tutor_certifications c WHERE c.tutor_profile_id = t.id)
                """
            )
            #expect(incompleteSetups == 0)
            let pricingTypes = try await database.strings("SELECT DISTINCT pricing_type FROM tutor_pricing_options ORDER BY 1")
            #expect(pricingTypes == ["package", "single", "trial"])
        }
    }

    @Test func ratingsMatchPublicReviews() async throws {
        try await SeededDatabase.reading { database, _ in
            #expect(try await database.integer("SELECT count(*) FROM reviews") > 300)
            let mismatched = try await database.integer(
                """
                SELECT count(*) FROM tutor_profiles t
                LEFT JOIN (SELECT tutor_profile_id, round(avg(rating), 2) AS average, count(*) AS total
                           FROM reviews WHERE is_public AND deleted_at IS NULL GROUP BY tutor_profile_id) r
                    ON r.tutor_profile_id = t.id
                WHERE t.average_rating <> coalesce(r.average, 0) OR t.total_reviews <> coalesce(r.total, 0)
                   OR t.total_sessions <> (SELECT count(*) FROM bookings b WHERE b.tutor_profile_id = t.id
                                           AND b.session_state = 'ENDED' AND b.session_outcome = 'COMPLETED')
                """
            )
            #expect(mismatched == 0)
            let reviewedUnfinished = try await database.integer(
                "SELECT count(*) FROM reviews r JOIN bookings b ON b.id = r.booking_id WHERE b.session_outcome <> 'COMPLETED'"
            )
            #expect(reviewedUnfinished == 0)
        }
    }

    @Test func fullTextSearchFindsTutorsBySubject() async throws {
        try await SeededDatabase.reading { database, _ in
            let physicsTeachers = try await database.integer(
                """
                SELECT count(*) FROM tutor_profiles t
                WHERE t.is_approved AND t.deleted_at IS NULL AND EXISTS (
                    SELECT 1 FROM tutor_subjects ts JOIN subjects s ON s.id = ts.subject_id
                    WHERE ts.tutor_profile_id = t.id AND s.slug = 'physics')
                """
            )
            let found = try await database.query(
                """
                SELECT t.id, EXISTS (SELECT 1 FROM tutor_subjects ts JOIN subjects s ON s.id = ts.subject_id
                                     WHERE ts.tutor_profile_id = t.id AND s.slug = 'physics')
                FROM tutor_profiles t
                WHERE t.is_approved AND t.deleted_at IS NULL
                  AND t.search_vector @@ websearch_to_tsquery('english', 'physics')
                """
            ).map { try $0.decode((Int64, Bool).self) }
            #expect(physicsTeachers > 0)
            #expect(found.count == physicsTeachers)
            #expect(found.allSatisfy { $0.1 })
        }
    }
}
