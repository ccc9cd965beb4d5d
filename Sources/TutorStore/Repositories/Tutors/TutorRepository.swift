import Foundation
import PostgresNIO

/// Reads of tutor profiles and everything hanging off them, batched for DataLoaders.
///
/// Every `…(forTutorIDs:)` function answers many parents with one statement and returns every requested key
/// (an empty list when a tutor has none), so a level of a GraphQL result costs one query per relation.
public struct TutorRepository: Sendable {
    let database: Database

    /// Batch: profiles by ID, deleted and unapproved ones included.
    public func profiles(ids: [Int64]) async throws -> [Int64: TutorProfileRow] {
        let rows = try await database.query(
            "SELECT \(unescaped: TutorProfileRow.columns) FROM tutor_profiles tp WHERE tp.id = ANY(\(ids))"
        ).map(TutorProfileRow.init(decoding:))
        return Dictionary(uniqueKeysWithValues: rows.map { ($0.id, $0) })
    }

    /// Batch: profiles by their user's ID (`User.tutorProfile`); users without one are missing.
    public func profiles(forUserIDs ids: [Int64]) async throws -> [Int64: TutorProfileRow] {
        let rows = try await database.query(
            "SELECT \(unescaped: TutorProfileRow.columns) FROM tutor_profiles tp WHERE tp.user_id = ANY(\(ids))"
        ).map(TutorProfileRow.init(decoding:))
        return Dictionary(uniqueKeysWithValues: rows.map { ($0.userID, $0) })
    }

    /// Batch: subjects taught, primary first, then by subject ID.
    public func subjects(forTutorIDs ids: [Int64]) async throws -> [Int64: [TutorSubjectRow]] {
        try await grouped(ids, TutorSubjectRow.init(decoding:), \.tutorID) {
            """
            SELECT \(unescaped: TutorSubjectRow.columns) FROM tutor_subjects ts
            WHERE ts.tutor_profile_id = ANY(\(ids))
            ORDER BY ts.is_primary DESC, ts.subject_id
            """
        }
    }

    /// Batch: certifications not removed, newest first.
    public func certifications(forTutorIDs ids: [Int64]) async throws -> [Int64: [CertificationRow]] {
        try await grouped(ids, CertificationRow.init(decoding:), \.tutorID) {
            """
            SELECT \(unescaped: CertificationRow.columns) FROM tutor_certifications c
            WHERE c.tutor_profile_id = ANY(\(ids)) AND c.deleted_at IS NULL
            ORDER BY c.issued_on DESC NULLS LAST, c.id DESC
            """
        }
    }

    /// Batch: education entries not removed, most recent first.
    public func education(forTutorIDs ids: [Int64]) async throws -> [Int64: [EducationRow]] {
        try await grouped(ids, EducationRow.init(decoding:), \.tutorID) {
            """
            SELECT \(unescaped: EducationRow.columns) FROM tutor_education e
            WHERE e.tutor_profile_id = ANY(\(ids)) AND e.deleted_at IS NULL
            ORDER BY e.end_year DESC NULLS FIRST, e.start_year DESC NULLS LAST, e.id DESC
            """
        }
    }

    /// Batch: weekly availability, by weekday and start time.
    public func availability(forTutorIDs ids: [Int64]) async throws -> [Int64: [AvailabilitySlotRow]] {
        try await grouped(ids, AvailabilitySlotRow.init(decoding:), \.tutorID) {
            """
            SELECT \(unescaped: AvailabilitySlotRow.columns) FROM tutor_availabilities a
            WHERE a.tutor_profile_id = ANY(\(ids))
            ORDER BY a.day_of_week, a.start_time
            """
        }
    }

    /// Batch: blackouts that have not ended by `now`, soonest first.
    public func upcomingBlackouts(forTutorIDs ids: [Int64], now: Date) async throws -> [Int64: [BlackoutRow]] {
        try await grouped(ids, BlackoutRow.init(decoding:), \.tutorID) {
            """
            SELECT \(unescaped: BlackoutRow.columns) FROM tutor_blackouts b
            WHERE b.tutor_profile_id = ANY(\(ids)) AND b.end_at > \(now)
            ORDER BY b.start_at
            """
        }
    }

    /// Batch: active, not withdrawn pricing options in the tutor's order.
    public func activePricingOptions(forTutorIDs ids: [Int64]) async throws -> [Int64: [PricingOptionRow]] {
        try await grouped(ids, PricingOptionRow.init(decoding:), \.tutorID) {
            """
            SELECT \(unescaped: PricingOptionRow.columns) FROM tutor_pricing_options po
            WHERE po.tutor_profile_id = ANY(\(ids)) AND po.is_active AND po.deleted_at IS NULL
            ORDER BY po.sort_order, po.id
            """
        }
    }

    /// Batch: pricing options by ID, withdrawn ones included (bookings and packages still name them).
    public func pricingOptions(ids: [Int64]) async throws -> [Int64: PricingOptionRow] {
        let rows = try await database.query(
            "SELECT \(unescaped: PricingOptionRow.columns) FROM tutor_pricing_options po WHERE po.id = ANY(\(ids))"
        ).map(PricingOptionRow.init(decoding:))
        return Dictionary(uniqueKeysWithValues: rows.map { ($0.id, $0) })
    }

    /// Batch: activity figures from completed bookings and public reviews (zeros for a tutor without any).
    public func stats(forTutorIDs ids: [Int64]) async throws -> [Int64: TutorStatsRow] {
        let rows = try await database.query(
            """
            SELECT tp.id, sessions.completed, sessions.students, reviews.total, reviews.average, reviews.distribution
            FROM tutor_profiles tp
            CROSS JOIN LATERAL (
                SELECT count(*)::int8 AS completed, count(DISTINCT b.student_profile_id)::int8 AS students
                FROM bookings b
                WHERE b.tutor_profile_id = tp.id AND b.session_outcome = 'COMPLETED' AND b.deleted_at IS NULL
            ) sessions
            CROSS JOIN LATERAL (
                SELECT count(*)::int8 AS total, coalesce(round(avg(r.rating), 2), 0)::float8 AS average,
                       ARRAY[count(*) FILTER (WHERE r.rating = 5), count(*) FILTER (WHERE r.rating = 4),
                             count(*) FILTER (WHERE r.rating = 3), count(*) FILTER (WHERE r.rating = 2),
                             count(*) FILTER (WHERE r.rating = 1)]::int8[] AS distribution
                FROM reviews r
                WHERE r.tutor_profile_id = tp.id AND r.is_public AND r.deleted_at IS NULL
            ) reviews
            WHERE tp.id = ANY(\(ids))
            """
        )
        var stats: [Int64: TutorStatsRow] = [:]
        for row in rows {
            let (id, completed, students, total, average, distribution) =
                try row.decode((Int64, Int64, Int64, Int64, Double, [Int64]).self)
            stats[id] = TutorStatsRow(
                tutorID: id, completedSessions: Int(completed), totalStudents: Int(students), totalReviews: Int(total),
                averageRating: average, ratingDistribution: distribution.map(Int.init))
        }
        return stats
    }

    /// Runs a one-to-many batch statement and groups its rows by parent, every requested parent present.
    private func grouped<Row>(
        _ ids: [Int64], _ decode: (PostgresRow) throws -> Row, _ parent: KeyPath<Row, Int64>,
        _ statement: () -> PostgresQuery
    ) async throws -> [Int64: [Row]] {
        var groups = Dictionary(uniqueKeysWithValues: Set(ids).map { ($0, [Row]()) })
        for row in try await database.query(statement()) {
            let decoded = try decode(row)
            groups[decoded[keyPath: parent], default: []].append(decoded)
        }
        return groups
    }
}

extension Store {
    /// Tutor profiles: reads, search and the tutor's own edits.
    public var tutors: TutorRepository { TutorRepository(database: database) }
}
