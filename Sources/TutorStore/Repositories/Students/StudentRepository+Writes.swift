import Foundation
import PostgresNIO

extension StudentRepository {
    /// Marks a listed tutor as a favorite of the student whose user is `studentUserID`; marking it again
    /// changes nothing. One transaction.
    ///
    /// Throws `StudentWriteError.noStudentProfile` or `.tutorNotListed`.
    public func addFavorite(studentUserID: Int64, tutorID: Int64) async throws {
        try await database.withTransaction { transaction in
            let studentID = try await Self.studentProfileID(userID: studentUserID, in: transaction)
            let inserted = try await transaction.query(
                """
                INSERT INTO favorite_tutors (student_profile_id, tutor_profile_id)
                SELECT \(studentID), tp.id FROM tutor_profiles tp
                WHERE tp.id = \(tutorID) AND tp.is_approved AND tp.deleted_at IS NULL
                ON CONFLICT (student_profile_id, tutor_profile_id) DO UPDATE SET updated_at = favorite_tutors.updated_at
                RETURNING id
                """
            )
            guard !inserted.isEmpty else { throw StudentWriteError.tutorNotListed }
        }
    }

    /// Removes a tutor from the student's favorites; harmless when it was not one. One transaction.
    ///
    /// Throws `StudentWriteError.noStudentProfile`.
    public func removeFavorite(studentUserID: Int64, tutorID: Int64) async throws {
        try await database.withTransaction { transaction in
            let studentID = try await Self.studentProfileID(userID: studentUserID, in: transaction)
            try await transaction.query(
                "DELETE FROM favorite_tutors WHERE student_profile_id = \(studentID) AND tutor_profile_id = \(tutorID)"
            )
        }
    }

    /// Writes the private note of the tutor whose user is `tutorUserID` about a student they have a booking
    /// with, replacing the previous one; an empty `body` removes it (nil returned). One transaction.
    ///
    /// Throws `StudentWriteError.noTutorProfile` or `.noBookingWithStudent`.
    public func setNote(tutorUserID: Int64, studentID: Int64, body: String) async throws -> StudentNoteRow? {
        try await database.withTransaction { transaction in
            let tutors = try await transaction.query(
                "SELECT id FROM tutor_profiles WHERE user_id = \(tutorUserID) AND deleted_at IS NULL"
            )
            guard let tutorID = try tutors.first?.decode(Int64.self) else { throw StudentWriteError.noTutorProfile }
            let bookings = try await transaction.query(
                """
                SELECT 1 FROM bookings
                WHERE tutor_profile_id = \(tutorID) AND student_profile_id = \(studentID) AND deleted_at IS NULL
                LIMIT 1
                """
            )
            guard !bookings.isEmpty else { throw StudentWriteError.noBookingWithStudent }
            if body.isEmpty {
                try await transaction.query(
                    "DELETE FROM student_notes WHERE tutor_profile_id = \(tutorID) AND student_profile_id = \(studentID)")
                return nil
            }
            let rows = try await transaction.query(
                """
                INSERT INTO student_notes AS n (tutor_profile_id, student_profile_id, body)
                VALUES (\(tutorID), \(studentID), \(body))
                ON CONFLICT (tutor_profile_id, student_profile_id) DO UPDATE SET body = EXCLUDED.body
                RETURNING \(unescaped: StudentNoteRow.columns)
                """
            )
            return try rows.first.map(StudentNoteRow.init(decoding:))
        }
    }

    /// The not deleted student profile of the user `userID`, or `StudentWriteError.noStudentProfile`.
    private static func studentProfileID(userID: Int64, in transaction: Transaction) async throws -> Int64 {
        let rows = try await transaction.query(
            "SELECT id FROM student_profiles WHERE user_id = \(userID) AND deleted_at IS NULL"
        )
        guard let id = try rows.first?.decode(Int64.self) else { throw StudentWriteError.noStudentProfile }
        return id
    }
}
