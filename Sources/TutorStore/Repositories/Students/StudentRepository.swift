import Foundation
import PostgresNIO

/// Reads of student profiles, their interests, favorites and the notes tutors keep about them.
public struct StudentRepository: Sendable {
    let database: Database

    /// Batch: profiles by ID, deleted ones included.
    public func profiles(ids: [Int64]) async throws -> [Int64: StudentProfileRow] {
        try await database.batchKeyed(
            """
            SELECT \(unescaped: StudentProfileRow.columns) FROM student_profiles sp JOIN users u ON u.id = sp.user_id
            WHERE sp.id = ANY(\(ids))
            """,
            decode: StudentProfileRow.init(decoding:), key: \.id)
    }

    /// Batch: profiles by their user's ID (`User.studentProfile`); users without one are missing.
    public func profiles(forUserIDs ids: [Int64]) async throws -> [Int64: StudentProfileRow] {
        try await database.batchKeyed(
            """
            SELECT \(unescaped: StudentProfileRow.columns) FROM student_profiles sp JOIN users u ON u.id = sp.user_id
            WHERE sp.user_id = ANY(\(ids))
            """,
            decode: StudentProfileRow.init(decoding:), key: \.userID)
    }

    /// Batch: the subjects each student is interested in, by name.
    public func subjectInterests(forStudentIDs ids: [Int64]) async throws -> [Int64: [SubjectRow]] {
        let interests = try await database.batchGrouped(
            """
            SELECT i.student_profile_id, s.id, s.slug, s.name, s.category, s.description
            FROM student_subject_interests i JOIN subjects s ON s.id = i.subject_id
            WHERE i.student_profile_id = ANY(\(ids))
            ORDER BY s.name, s.id
            """,
            parents: ids,
            decode: { row in
                let (studentID, id, slug, name, category, description) =
                    try row.decode((Int64, Int64, String, String, String, String).self)
                return (studentID, SubjectRow(id: id, slug: slug, name: name, category: category, description: description))
            },
            parent: { $0.0 })
        return interests.mapValues { $0.map(\.1) }
    }

    /// Batch: the note the tutor whose user is `tutorUserID` keeps about each student (missing when none).
    public func notes(byTutorUserID tutorUserID: Int64, aboutStudentIDs ids: [Int64]) async throws -> [Int64: StudentNoteRow] {
        try await database.batchKeyed(
            """
            SELECT \(unescaped: StudentNoteRow.columns) FROM student_notes n
            JOIN tutor_profiles tp ON tp.id = n.tutor_profile_id
            WHERE tp.user_id = \(tutorUserID) AND n.student_profile_id = ANY(\(ids))
            """,
            decode: StudentNoteRow.init(decoding:), key: \.studentID)
    }

    /// Batch: which of `studentIDs` have a booking (in any state) with the tutor whose user is `tutorUserID`.
    public func studentsWithBookings(tutorUserID: Int64, among studentIDs: [Int64]) async throws -> [Int64: Bool] {
        var flags = Dictionary(uniqueKeysWithValues: Set(studentIDs).map { ($0, false) })
        for row in try await database.query(
            """
            SELECT DISTINCT b.student_profile_id FROM bookings b JOIN tutor_profiles tp ON tp.id = b.tutor_profile_id
            WHERE tp.user_id = \(tutorUserID) AND b.student_profile_id = ANY(\(studentIDs)) AND b.deleted_at IS NULL
            """
        ) {
            flags[try row.decode(Int64.self)] = true
        }
        return flags
    }

    /// Batch: whether the student whose user is `studentUserID` marked each tutor as a favorite.
    public func favoriteFlags(studentUserID: Int64, tutorIDs: [Int64]) async throws -> [Int64: Bool] {
        var flags = Dictionary(uniqueKeysWithValues: Set(tutorIDs).map { ($0, false) })
        for row in try await database.query(
            """
            SELECT f.tutor_profile_id FROM favorite_tutors f JOIN student_profiles sp ON sp.id = f.student_profile_id
            WHERE sp.user_id = \(studentUserID) AND f.tutor_profile_id = ANY(\(tutorIDs))
            """
        ) {
            flags[try row.decode(Int64.self)] = true
        }
        return flags
    }

    /// One page of the listed tutors the student whose user is `studentUserID` marked, most recent first.
    public func favorites(
        studentUserID: Int64, page: KeysetPage, after position: TutorListingPosition?
    ) async throws -> [TutorListingRow] {
        let walk = TutorListingWalk(descending: true, page: page)
        return try await database.query(
            """
            SELECT * FROM (
                SELECT \(unescaped: TutorProfileRow.columns), NULL::float8 AS rank,
                       (extract(epoch FROM f.created_at) * 1000000)::float8 AS sort_key
                FROM favorite_tutors f
                JOIN student_profiles sp ON sp.id = f.student_profile_id
                JOIN tutor_profiles tp ON tp.id = f.tutor_profile_id
                WHERE sp.user_id = \(studentUserID) AND tp.is_approved AND tp.deleted_at IS NULL
            ) favorites
            WHERE \(position?.sortKey)::float8 IS NULL
               OR (favorites.sort_key, favorites.id) \(unescaped: walk.comparison) (\(position?.sortKey), \(position?.tutorID))
            ORDER BY favorites.sort_key \(unescaped: walk.sqlDirection), favorites.id \(unescaped: walk.sqlDirection)
            LIMIT \(page.fetchLimit)
            """
        ).map(TutorRepository.listing)
    }

    /// How many listed tutors the student whose user is `studentUserID` marked.
    public func favoriteCount(studentUserID: Int64) async throws -> Int {
        let rows = try await database.query(
            """
            SELECT count(*)::int8 FROM favorite_tutors f
            JOIN student_profiles sp ON sp.id = f.student_profile_id
            JOIN tutor_profiles tp ON tp.id = f.tutor_profile_id
            WHERE sp.user_id = \(studentUserID) AND tp.is_approved AND tp.deleted_at IS NULL
            """
        )
        return Int(try rows.first?.decode(Int64.self) ?? 0)
    }
}

extension Store {
    /// Student profiles, favorites and tutors' notes about students.
    public var students: StudentRepository { StudentRepository(database: database) }
}
